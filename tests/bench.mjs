// The bench: gzipped size of the release bundle, and the cold-load time to
// the first rendered step in headless Chromium (median of several runs).
// Budgets are reported, not asserted: timed tests would be flaky; the numbers
// are for people to read and compare (README, "Prestanda").
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { starta } from './server.mjs';
import { startaWebblasare } from './browser/hjalp.mjs';

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(rot, 'dist');
const KORNINGAR = Number(process.env.BENCH_KORNINGAR ?? 7);

function median(varden) {
  const s = [...varden].sort((a, b) => a - b);
  const mitt = Math.floor(s.length / 2);
  return s.length % 2 ? s[mitt] : (s[mitt - 1] + s[mitt]) / 2;
}

// 1. Bundle size as the server sends it: the build's gzip -9 and brotli
// (quality 11) copies (scripts/forkomprimera.mjs).
for (const [kodning, andelse] of [['gzip', '.gz'], ['brotli', '.br']]) {
  const storlekar = { wasm: 0, js: 0, css: 0 };
  for (const fil of fs.readdirSync(dist)) {
    const slag = path.extname(fil).slice(1);
    if (slag in storlekar) {
      storlekar[slag] += fs.statSync(path.join(dist, fil + andelse)).size;
    }
  }
  const totalt = storlekar.wasm + storlekar.js + storlekar.css;
  for (const [slag, bytes] of Object.entries(storlekar)) {
    console.log(`bundle_${kodning}_${slag}_kb=${(bytes / 1024).toFixed(1)}`);
  }
  console.log(`bundle_${kodning}_total_kb=${(totalt / 1024).toFixed(1)} (budget 250)`);
}

// 2. Cold load: a fresh context (empty cache) opens a stored case's first
// step; the time is taken in the page when the step's heading appears.
const { server, url } = await starta();
const browser = await startaWebblasare();
const fallId = '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a';
const fil = {
  schema_version: 1, app_version: '0.1.0', exporterad: '2026-11-26T12:00:00Z',
  forstudie: {
    id: fallId, skapad: '2026-11-26T12:00:00Z', andrad: '2026-11-26T12:00:00Z',
    utvecklingsbehov: { titel: 'Mätfall' },
  },
};
const tider = [];
for (let i = 0; i < KORNINGAR; i++) {
  const context = await browser.newContext();
  await context.addInitScript(([nyckel, varde]) => {
    localStorage.setItem(nyckel, varde);
    new MutationObserver((_, observer) => {
      if (document.getElementById('stegrubrik')) {
        window.__forstaSteg = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, [`forstudie.fall.${fallId}`, JSON.stringify(fil)]);
  const page = await context.newPage();
  await page.goto(`${url}fall/${fallId}/utvecklingsbehov`);
  await page.waitForFunction(() => window.__forstaSteg !== undefined);
  tider.push(await page.evaluate(() => window.__forstaSteg));
  await context.close();
}
console.log(`cold_load_first_step_ms_runs=${tider.map((t) => t.toFixed(0)).join(',')}`);
console.log(`cold_load_first_step_median_ms=${median(tider).toFixed(0)} (budget 400)`);
await browser.close();
server.close();
