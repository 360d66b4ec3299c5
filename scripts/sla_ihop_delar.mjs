// Part of the split (dela_wasm.mjs): wasm-split-cli writes one shared chunk
// for every set of parts that share code, some sixty of them under a kilobyte
// or two. A page's part waits for all of its chunks, and a browser fetches
// only six files at a time from one server over HTTP/1.1, so a deep link to
// a step queued some sixty requests before the step's own part. This merges
// every small chunk into one module (binaryen's wasm-merge), loaded when any
// of them would be: a little more code for some pages, far fewer requests.
//
// Sound because a chunk has no exports and imports only the main module's
// memory, table and stack pointer: its functions reach the others through
// the table slots its element segments fill, and its data segments hold
// constants at addresses of their own. Loading such code early changes
// nothing; the loader still loads each module once.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/** A chunk below this many bytes of code and data (before wasm-opt) is
 * merged; about 5 kB gzipped after it. */
const GRANS = 12 * 1024;
const DELADE = ['memory', '__indirect_function_table', '__wasm_split_shared0'];

function leb(b, i) {
  let varde = 0;
  let skift = 0;
  for (;;) {
    const x = b[i++];
    varde += (x & 0x7f) * 2 ** skift;
    skift += 7;
    if (x < 0x80) return [varde, i];
  }
}

function skrivLeb(n) {
  const ut = [];
  do {
    let x = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) x |= 0x80;
    ut.push(x);
  } while (n > 0);
  return Buffer.from(ut);
}

/** The module's sections: id, start and end of the content. */
function sektioner(b) {
  const ut = [];
  let i = 8;
  while (i < b.length) {
    const id = b[i];
    const [langd, borjan] = leb(b, i + 1);
    ut.push({ id, huvud: i, borjan, slut: borjan + langd });
    i = borjan + langd;
  }
  return ut;
}

function namn(b, i) {
  const [langd, borjan] = leb(b, i);
  return [b.subarray(borjan, borjan + langd).toString('utf8'), borjan + langd];
}

function granser(b, i) {
  const flagga = b[i];
  let [min, j] = leb(b, i + 1);
  if (flagga & 1) [, j] = leb(b, j);
  return [min, j];
}

/** The chunk's imports with their least sizes, or null when it imports
 * anything but the three shared items (then it is left as it is). */
function importer(b) {
  const sektion = sektioner(b).find((s) => s.id === 2);
  if (!sektion) return null;
  let [antal, i] = leb(b, sektion.borjan);
  const ut = {};
  while (antal-- > 0) {
    let modul;
    let falt;
    [modul, i] = namn(b, i);
    [falt, i] = namn(b, i);
    const typ = b[i++];
    if (modul !== '__wasm_split' || !DELADE.includes(falt)) return null;
    if (typ === 1) [ut.tabell, i] = granser(b, i + 1);
    else if (typ === 2) [ut.minne, i] = granser(b, i);
    else if (typ === 3) i += 2;
    else return null;
  }
  return ut;
}

/** Bytes of everything but custom sections (names, producers). */
function storlek(b) {
  return sektioner(b).filter((s) => s.id !== 0).reduce((summa, s) => summa + s.slut - s.huvud, 0);
}

/** The merged module imports from "env" (the stand-in's own imports, see
 * below) and re-exports the three items: the imports are renamed to the
 * loader's "__wasm_split" and the exports dropped. */
function rattaSammanslagen(b) {
  const delar = [b.subarray(0, 8)];
  for (const s of sektioner(b)) {
    if (s.id === 7) continue;
    if (s.id !== 2) {
      delar.push(b.subarray(s.huvud, s.slut));
      continue;
    }
    const env = Buffer.from([3, ...Buffer.from('env')]);
    const ny = Buffer.from([12, ...Buffer.from('__wasm_split')]);
    const innehall = b.subarray(s.borjan, s.slut);
    const bitar = [];
    let i = 0;
    let byten = 0;
    for (let j = innehall.indexOf(env); j >= 0; j = innehall.indexOf(env, i)) {
      bitar.push(innehall.subarray(i, j), ny);
      i = j + env.length;
      byten++;
    }
    bitar.push(innehall.subarray(i));
    if (byten !== DELADE.length) throw new Error(`sammanslagen del: ${byten} importer från env, väntade ${DELADE.length}`);
    const nytt = Buffer.concat(bitar);
    delar.push(Buffer.from([2]), skrivLeb(nytt.length), nytt);
  }
  return Buffer.concat(delar);
}

/** Merges the small chunks in `delat` (wasm-split-cli's output directory)
 * and points the loader's entries for them at the merged one. */
export function slaIhopSmaDelar(delat) {
  const laddare = path.join(delat, '__wasm_split.js');
  let js = fs.readFileSync(laddare, 'utf8');
  // A chunk's loader: no dependencies of its own.
  const monster = /const (__chunk_\d+) = makeLoad\(\(\) => \{\n[^\n]*"\.\/(chunk_\d+\.wasm)"[^\n]*\n[^\n]*\n[^\n]*\n\}\n, \[\]\);/g;
  const sma = [];
  for (const [block, variabel, fil] of js.matchAll(monster)) {
    const b = fs.readFileSync(path.join(delat, fil));
    const imp = importer(b);
    if (imp && storlek(b) < GRANS) sma.push({ block, variabel, fil, imp });
  }
  if (sma.length < 2) return;

  // A stand-in for the loader's imports, named as the module they come
  // from, so that wasm-merge joins every chunk's imports into one.
  const minne = Math.max(...sma.map((d) => d.imp.minne ?? 0));
  const tabell = Math.max(...sma.map((d) => d.imp.tabell ?? 0));
  const standin = path.join(delat, 'delat_standin.wat');
  fs.writeFileSync(standin, `(module
 (import "env" "memory" (memory $m ${minne}))
 (import "env" "__indirect_function_table" (table $t ${tabell} funcref))
 (import "env" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`);
  const ut = path.join(delat, 'sammanslagen.wasm');
  // The features Rust's wasm32 target uses; the chunks name them in a
  // section wasm-merge does not keep, so it is written again for wasm-opt.
  const egenskaper = ['--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-mutable-globals',
    '--enable-sign-ext', '--enable-nontrapping-float-to-int', '--enable-reference-types', '--enable-multivalue'];
  const tyst = { stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('wasm-merge', [
    standin, '__wasm_split', ...sma.flatMap((d, i) => [path.join(delat, d.fil), `del${i}`]),
    '-o', ut, ...egenskaper,
  ], tyst);
  execFileSync('wasm-opt', [ut, '-o', ut, ...egenskaper, '--emit-target-features'], tyst);
  const [forsta, ...ovriga] = sma;
  fs.writeFileSync(path.join(delat, forsta.fil), rattaSammanslagen(fs.readFileSync(ut)));
  fs.rmSync(ut);
  fs.rmSync(standin);
  // The other chunks' loaders become the first's: it is memoised, so the
  // merged module is fetched and instantiated once.
  for (const d of ovriga) {
    fs.rmSync(path.join(delat, d.fil));
    js = js.replace(d.block, `const ${d.variabel} = ${forsta.variabel};`);
  }
  fs.writeFileSync(laddare, js);
  console.log(`Små delade delar sammanslagna: ${sma.length} till ${forsta.fil}`);
}
