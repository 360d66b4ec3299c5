// Part of Trunk's post-build hook (efterbygge.mjs): splits the app's wasm
// into the start page's part and one part per lazily loaded page (the
// `Lazy` routes in src/ui/app.rs), because Trunk 0.21 cannot. Trunk has
// already run wasm-bindgen on the whole wasm;
// this throws that away and redoes the chain on cargo's linked wasm, which
// keeps its relocations (.cargo/config.toml, --emit-relocs):
//   1. wasm-split-cli cuts it at the split points, writing the main module,
//      one .wasm per part and __wasm_split.js, which loads a part when its
//      page is first shown; the small chunks of code that parts share are
//      merged into one (sla_ihop_delar.mjs);
//   2. wasm-bindgen on the main module, keeping the linker's exports that
//      the parts import (--keep-lld-exports);
//   3. wasm-opt -Oz on the main module and each part (release only; Trunk
//      runs none, index.html data-wasm-opt="0", as it would only optimise
//      the unsplit wasm this replaces);
//   4. everything into the staging directory, the main module under
//      Trunk's file names;
//   5. the parts and their loader renamed by their content, and Trunk's
//      integrity hashes in index.html rewritten for the new files (or the
//      browser refuses them).
// Every build runs this, debug too: the main module alone cannot run
// without its parts' loader.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { slaIhopSmaDelar } from './sla_ihop_delar.mjs';

function kor(program, argument) {
  execFileSync(program, argument, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** `text` with every `fran` replaced; fails if there is none, so a changed
 * output of the tools is noticed rather than shipped half rewritten. */
function ersattAlla(text, fran, till) {
  if (!text.includes(fran)) throw new Error(`${fran} finns inte att byta`);
  return text.split(fran).join(till);
}

/** A name part that changes with `text`, as Trunk's file names do. */
export function innehallshash(text) {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The `integrity` value index.html gives the file. */
export function integritet(fil) {
  return `sha384-${crypto.createHash('sha384').update(fs.readFileSync(fil)).digest('base64')}`;
}

export function delaWasm(katalog, { rot, profil }) {
  const bg = fs.readdirSync(katalog).find((f) => f.endsWith('_bg.wasm'));
  if (!bg) throw new Error(`ingen _bg.wasm i ${katalog}`);
  const namn = bg.slice(0, -'_bg.wasm'.length); // forstudie-<hash>
  const malkatalog = process.env.CARGO_TARGET_DIR ?? path.join(rot, 'target');
  const lankad = path.join(malkatalog, 'wasm32-unknown-unknown', profil, 'forstudie.wasm');
  const arbete = path.join(malkatalog, 'dela_wasm', profil);
  fs.rmSync(arbete, { recursive: true, force: true });
  const delat = path.join(arbete, 'delat');
  const bindgen = path.join(arbete, 'bindgen');
  fs.mkdirSync(delat, { recursive: true });

  // 1. The split. The link module imports `initSync` from `./<namn>.js`,
  // the file wasm-bindgen writes next.
  kor('wasm-split-cli', ['--target', 'web', '--out-name', namn, lankad, delat]);
  // 1b. The small shared chunks into one module (sla_ihop_delar.mjs), and
  // a part's own file fetched before its chunks: it is the largest, so it
  // should not wait behind them for one of the browser's connections.
  slaIhopSmaDelar(delat);
  const laddarfil = path.join(delat, '__wasm_split.js');
  fs.writeFileSync(laddarfil, ersattAlla(fs.readFileSync(laddarfil, 'utf8'),
    '        const parallelStuff = deps.map(d => d());\n        const instantiate = fetcher();\n',
    '        const instantiate = fetcher();\n        const parallelStuff = deps.map(d => d());\n'));
  // 2. wasm-bindgen on the main module.
  kor('wasm-bindgen', [
    '--target=web', '--keep-lld-exports', '--no-typescript',
    `--out-dir=${bindgen}`, `--out-name=${namn}`, path.join(delat, `${namn}.wasm`),
  ]);

  const delar = fs.readdirSync(delat).filter((f) => f.endsWith('.wasm') && f !== `${namn}.wasm`);
  const kopiera = (fran, till) => {
    // 3. wasm-opt -Oz on each wasm file of a release build (Trunk runs none:
    // index.html, data-wasm-opt="0"; it would only optimise the unsplit wasm).
    if (profil === 'release' && till.endsWith('.wasm')) {
      kor('wasm-opt', [`--output=${till}`, '-Oz', fran]);
    } else {
      fs.copyFileSync(fran, till);
    }
  };
  // 4. Into staging: the main module and its JS over Trunk's, the parts and
  // their loader beside them. The JS snippets wasm-bindgen may write
  // (snippets/) are the same as Trunk's.
  kopiera(path.join(bindgen, `${namn}_bg.wasm`), path.join(katalog, `${namn}_bg.wasm`));
  kopiera(path.join(bindgen, `${namn}.js`), path.join(katalog, `${namn}.js`));
  for (const fil of fs.readdirSync(delat)) {
    if (fil === `${namn}.wasm`) continue;
    kopiera(path.join(delat, fil), path.join(katalog, fil));
  }

  // 5. Names that change with the content, as Trunk's: a browser that
  // cached an older part under the same name would otherwise pair it with
  // a newer main module. The loader names the parts, the main JS the loader.
  const laddare = path.join(katalog, '__wasm_split.js');
  let laddartext = fs.readFileSync(laddare, 'utf8');
  for (const del of delar) {
    const nytt = `${del.slice(0, -'.wasm'.length)}-${innehallshash(fs.readFileSync(path.join(katalog, del)))}.wasm`;
    fs.renameSync(path.join(katalog, del), path.join(katalog, nytt));
    laddartext = ersattAlla(laddartext, `"./${del}"`, `"./${nytt}"`);
  }
  const laddarnamn = `__wasm_split-${innehallshash(laddartext)}.js`;
  fs.writeFileSync(path.join(katalog, laddarnamn), laddartext);
  fs.rmSync(laddare);
  const huvudjs = path.join(katalog, `${namn}.js`);
  // Only the imports: the wasm's import module keeps its name.
  fs.writeFileSync(huvudjs, ersattAlla(fs.readFileSync(huvudjs, 'utf8'), 'from "./__wasm_split.js"', `from "./${laddarnamn}"`));

  const html = path.join(katalog, 'index.html');
  let text = fs.readFileSync(html, 'utf8');
  for (const fil of [`${namn}.js`, `${namn}_bg.wasm`]) {
    const monster = new RegExp(`(href="[^"]*/${fil}"[^>]*integrity=")[^"]*(")`);
    if (!monster.test(text)) throw new Error(`index.html länkar inte ${fil} med integrity`);
    text = text.replace(monster, `$1${integritet(path.join(katalog, fil))}$2`);
  }
  // The loader is imported by the main JS; named beside it, it is fetched
  // at the same time instead of after it.
  const forladdning = new RegExp(`(<link rel="modulepreload" href="([^"]*/)${namn}\\.js"[^>]*>)`);
  const traff = text.match(forladdning);
  if (!traff) throw new Error(`index.html förladdar inte ${namn}.js`);
  text = text.replace(forladdning, `$1\n<link rel="modulepreload" href="${traff[2]}${laddarnamn}" crossorigin="anonymous" `
    + `integrity="${integritet(path.join(katalog, laddarnamn))}">`);
  fs.writeFileSync(html, text);
  console.log(`Wasm delad: ${delar.length} delar (${delar.join(', ')})`);
}
