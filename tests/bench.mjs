// The bench: what the start page transfers before it is usable (gzip and
// brotli, as the build's pre-compressed copies a server sends), the largest
// wasm part, the whole app, and two load times in headless Chromium (median
// of several runs in fresh contexts): the start page cold, and a deep link
// straight to step 8 of a stored case. Budgets are reported, not asserted:
// timed tests would be flaky; the numbers are for people to read and
// compare (README, "Prestanda").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { starta } from './server.mjs';
import { startaWebblasare } from './browser/hjalp.mjs';

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(rot, 'dist');
const KORNINGAR = Number(process.env.BENCH_KORNINGAR ?? 7);
const SLAG = ['wasm', 'js', 'css', 'html'];

function median(varden) {
  const s = [...varden].sort((a, b) => a - b);
  const mitt = Math.floor(s.length / 2);
  return s.length % 2 ? s[mitt] : (s[mitt - 1] + s[mitt]) / 2;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
/** The compressed size of a dist file (scripts/forkomprimera.mjs). */
const komprimerad = (fil, andelse) => fs.statSync(path.join(dist, fil + andelse)).size;

const { server, url } = await starta();
const browser = await startaWebblasare();

// 1. The start page's transfer: every file the page fetches until it is
// shown and the network is quiet, compressed as the server sends it.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const filer = new Set();
  page.on('request', (r) => {
    const namn = new URL(r.url()).pathname.replace(/^\/forstudie\//, '') || 'index.html';
    if (fs.existsSync(path.join(dist, namn))) filer.add(namn);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Förstudier' }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  for (const [kodning, andelse] of [['gzip', '.gz'], ['brotli', '.br']]) {
    const storlekar = Object.fromEntries(SLAG.map((s) => [s, 0]));
    for (const fil of filer) storlekar[path.extname(fil).slice(1)] += komprimerad(fil, andelse);
    const totalt = Object.values(storlekar).reduce((a, b) => a + b, 0);
    console.log(`start_page_${kodning}_kb=${kb(totalt)} (${SLAG.map((s) => `${s} ${kb(storlekar[s])}`).join(', ')})`);
  }
  console.log(`start_page_wasm_files=${[...filer].filter((f) => f.endsWith('.wasm')).join(',')}`);
}

// 2. The largest wasm part besides the main module, and the whole app: every
// wasm, JS and CSS file of the build.
{
  const wasm = fs.readdirSync(dist).filter((f) => f.endsWith('.wasm'));
  const delar = wasm.filter((f) => !f.endsWith('_bg.wasm'))
    .map((f) => [f, komprimerad(f, '.gz'), komprimerad(f, '.br')])
    .sort((a, b) => b[1] - a[1]);
  const huvud = wasm.find((f) => f.endsWith('_bg.wasm'));
  console.log(`main_wasm_gzip_kb=${kb(komprimerad(huvud, '.gz'))} (brotli ${kb(komprimerad(huvud, '.br'))})`);
  console.log(`wasm_parts=${delar.length}`);
  if (delar.length) {
    const [namn, gz, br] = delar[0];
    console.log(`largest_part_gzip_kb=${kb(gz)} (${namn}, brotli ${kb(br)})`);
  }
  for (const [kodning, andelse] of [['gzip', '.gz'], ['brotli', '.br']]) {
    const storlekar = { wasm: 0, js: 0, css: 0 };
    for (const fil of fs.readdirSync(dist)) {
      const slag = path.extname(fil).slice(1);
      if (slag in storlekar) storlekar[slag] += komprimerad(fil, andelse);
    }
    const totalt = storlekar.wasm + storlekar.js + storlekar.css;
    console.log(`whole_app_${kodning}_kb=${kb(totalt)} (wasm ${kb(storlekar.wasm)}, js ${kb(storlekar.js)}, css ${kb(storlekar.css)})`);
  }
}

// 3. Load times, each in a fresh context (empty cache), taken in the page:
// the start page until its heading is there, and a deep link to step 8 of
// a stored case until the step's heading is there.
const fallId = '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a';
const fil = {
  schema_version: 1, app_version: '0.1.0', exporterad: '2026-11-26T12:00:00Z',
  forstudie: {
    id: fallId, skapad: '2026-11-26T12:00:00Z', andrad: '2026-11-26T12:00:00Z',
    utvecklingsbehov: { titel: 'Mätfall' },
  },
};
async function laddning(sokvag, valjare) {
  const tider = [];
  for (let i = 0; i < KORNINGAR; i++) {
    const context = await browser.newContext();
    await context.addInitScript(([nyckel, varde, valjare]) => {
      localStorage.setItem(nyckel, varde);
      new MutationObserver((_, observer) => {
        if (document.querySelector(valjare)) {
          window.__klar = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, [`forstudie.fall.${fallId}`, JSON.stringify(fil), valjare]);
    const page = await context.newPage();
    await page.goto(`${url}${sokvag}`);
    await page.waitForFunction(() => window.__klar !== undefined);
    tider.push(await page.evaluate(() => window.__klar));
    await context.close();
  }
  return tider;
}
for (const [nyckel, sokvag, valjare] of [
  ['cold_load_start_page', '', 'main h1'],
  ['deep_link_step8', `fall/${fallId}/kostnader-och-effekter`, '#stegrubrik'],
]) {
  const tider = await laddning(sokvag, valjare);
  console.log(`${nyckel}_ms_runs=${tider.map((t) => t.toFixed(0)).join(',')}`);
  console.log(`${nyckel}_median_ms=${median(tider).toFixed(0)} (budget 400)`);
}
await browser.close();
server.close();
