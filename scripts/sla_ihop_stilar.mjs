// Part of Trunk's post-build hook (efterbygge.mjs): the stylesheets, one per
// page or component in style/ and named in index.html in the cascade's
// order, become one file in that order. Eighteen stylesheets took eighteen
// of the six connections a browser opens to one server over HTTP/1.1 before
// the app's JS and wasm could follow; one file also compresses better.
// Loading all of them on every page was already so: only the request count
// changes. The stylesheets have no @import, @charset or url(), so nothing in
// them depends on the file they were in.
import fs from 'node:fs';
import path from 'node:path';
import { innehallshash, integritet } from './dela_wasm.mjs';

const LANK = /<link rel="stylesheet" href="([^"]*\/)([a-z]+-[0-9a-f]+\.css)" integrity="[^"]*"\s*\/?>\n?\s*/g;

export function slaIhopStilar(katalog) {
  const html = path.join(katalog, 'index.html');
  const text = fs.readFileSync(html, 'utf8');
  const lankar = [...text.matchAll(LANK)];
  if (lankar.length < 2) throw new Error(`index.html länkar ${lankar.length} stilmallar, väntade flera`);
  const stil = lankar.map(([, , fil]) => fs.readFileSync(path.join(katalog, fil), 'utf8').trimEnd()).join('\n') + '\n';
  for (const [innehall] of [/@import/, /@charset/, /url\(/].map((m) => stil.match(m)).filter(Boolean)) {
    throw new Error(`stilmallarna innehåller ${innehall}, som beror på filen den står i`);
  }
  const namn = `stil-${innehallshash(stil)}.css`;
  fs.writeFileSync(path.join(katalog, namn), stil);
  const ny = `<link rel="stylesheet" href="${lankar[0][1]}${namn}" integrity="${integritet(path.join(katalog, namn))}"/>\n    `;
  let forsta = true;
  const nytext = text.replace(LANK, () => {
    if (!forsta) return '';
    forsta = false;
    return ny;
  });
  fs.writeFileSync(html, nytext);
  for (const [, , fil] of lankar) fs.rmSync(path.join(katalog, fil));
  console.log(`Stilmallar sammanslagna: ${lankar.length} till ${namn}`);
}
