// Reads the pages and their text out of a PDF that Chromium (Skia) wrote,
// with node's zlib only: enough to check a printed page, not a general
// PDF reader. Skia writes plain objects (no object streams); page content
// is FlateDecode-compressed, and text is drawn in Type0 fonts with
// Identity-H glyph ids that each font's ToUnicode CMap maps to Unicode.
import { inflateSync } from 'node:zlib';

/** Every `n 0 obj … endobj`: its dictionary text and its stream's bytes. */
function objekt(buffer) {
  const text = buffer.toString('latin1');
  const ut = new Map();
  const re = /(\d+) 0 obj\b/g;
  let m;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const slut = text.indexOf('endobj', start);
    if (slut < 0) break;
    const kropp = text.slice(start, slut);
    const s = kropp.search(/\bstream\r?\n/);
    let dict = kropp;
    let strom = null;
    if (s >= 0) {
      dict = kropp.slice(0, s);
      const langd = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const data = start + s + /\bstream\r?\n/.exec(kropp.slice(s))[0].length;
      strom = buffer.subarray(data, data + langd);
      if (/\/Filter\s*\/FlateDecode/.test(dict)) strom = inflateSync(strom);
    }
    ut.set(Number(m[1]), { dict, strom });
    re.lastIndex = slut;
  }
  return ut;
}

const hexTillText = (hex) => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

/** A ToUnicode CMap as glyph id → text. */
function cmap(text) {
  const karta = new Map();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, fran, till] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      karta.set(parseInt(fran, 16), hexTillText(till));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, a, b, till, lista] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const fran = parseInt(a, 16);
      const sista = parseInt(b, 16);
      const poster = lista ? [...lista.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => hexTillText(x[1])) : null;
      for (let g = fran; g <= sista; g++) {
        if (poster) karta.set(g, poster[g - fran] ?? '');
        else {
          const bas = parseInt(till, 16);
          karta.set(g, String.fromCharCode(bas + g - fran));
        }
      }
    }
  }
  return karta;
}

/** The text a content stream draws, with its fonts by resource name. */
function strommensText(innehall, fonter) {
  const tokens = innehall.match(/\/[^\s/<>[\]()]+|<[0-9A-Fa-f\s]*>|\[|\]|\((?:\\.|[^\\)])*\)|-?[\d.]+|[A-Za-z'"*]+/g) ?? [];
  let font = null;
  let ut = '';
  const stack = [];
  const glyfer = (hex) => {
    const h = hex.replace(/[<>\s]/g, '');
    for (let i = 0; i + 4 <= h.length; i += 4) ut += font?.get(parseInt(h.slice(i, i + 4), 16)) ?? '';
  };
  for (const t of tokens) {
    if (t === 'Tf') {
      font = fonter.get(stack[stack.length - 2]) ?? null;
      stack.length = 0;
    } else if (t === 'Tj' || t === 'TJ' || t === "'" || t === '"') {
      for (const x of stack) if (x.startsWith('<')) glyfer(x);
      stack.length = 0;
    } else if (t === 'ET') {
      ut += '\n';
      stack.length = 0;
    } else if (/^[A-Za-z*]+$/.test(t)) {
      // Skia places glyph runs one by one; spaces are glyphs of their own.
      stack.length = 0;
    } else {
      stack.push(t);
    }
  }
  return ut;
}

/** The PDF's pages in order, each with the text it draws (ligatures such
 * as ﬁ unfolded), and how many page objects the file has. */
export function lasPdf(buffer) {
  const obj = objekt(buffer);
  const ref = (text, namn) => Number(new RegExp(`/${namn}\\s+(\\d+) 0 R`).exec(text)?.[1]);
  const katalog = [...obj.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const rot = obj.get(ref(katalog?.dict ?? '', 'Pages'));
  const sidnummer = [];
  const samla = (o) => {
    for (const [, n] of (/\/Kids\s*\[([^\]]*)\]/.exec(o.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) {
      const barn = obj.get(Number(n));
      if (/\/Type\s*\/Pages\b/.test(barn.dict)) samla(barn);
      else sidnummer.push(Number(n));
    }
  };
  if (rot) samla(rot);
  const fontcache = new Map();
  const fontkarta = (n) => {
    if (!fontcache.has(n)) {
      const tu = obj.get(ref(obj.get(n)?.dict ?? '', 'ToUnicode'));
      fontcache.set(n, tu?.strom ? cmap(tu.strom.toString('latin1')) : new Map());
    }
    return fontcache.get(n);
  };
  const sidor = sidnummer.map((n) => {
    const dict = obj.get(n).dict;
    const fonter = new Map();
    const fontdict = /\/Font\s*<<([^>]*)>>/.exec(dict)?.[1] ?? '';
    for (const [, namn, nr] of fontdict.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) fonter.set(`/${namn}`, fontkarta(Number(nr)));
    const innehall = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const text = [...innehall.matchAll(/(\d+) 0 R/g)]
      .map(([, nr]) => obj.get(Number(nr))?.strom?.toString('latin1') ?? '')
      .map((s) => strommensText(s, fonter))
      .join('\n');
    return { text: text.normalize('NFKC') };
  });
  return { sidor, antalPageObjekt: [...obj.values()].filter((o) => /\/Type\s*\/Page(?!s)\b/.test(o.dict)).length };
}
