// Writes a .br (brotli, quality 11) and a .gz (gzip -9) beside every text
// and wasm file of a built dist, so a web server can send the compressed
// file as it is (nginx gzip_static/brotli_static, Apache rewrite rules:
// README, "Publicera"). Brotli makes the wasm about a quarter smaller than
// gzip.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const KOMPRIMERAS = ['.html', '.js', '.wasm', '.css', '.json', '.svg'];

export function forkomprimera(katalog) {
  let antal = 0;
  for (const namn of fs.readdirSync(katalog)) {
    const fil = path.join(katalog, namn);
    if (!KOMPRIMERAS.includes(path.extname(namn)) || !fs.statSync(fil).isFile()) continue;
    const data = fs.readFileSync(fil);
    fs.writeFileSync(`${fil}.gz`, zlib.gzipSync(data, { level: 9 }));
    fs.writeFileSync(`${fil}.br`, zlib.brotliCompressSync(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }));
    antal += 1;
  }
  return antal;
}
