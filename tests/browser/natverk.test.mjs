// A case never leaves the browser: every request during a walkthrough goes
// to the app's own origin, and there are only the app's own files (with the
// deployment's värderingsmodell, vardermodell.json beside index.html).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';
import { fyllSteg1 } from './hjalp_steg1.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

test("a full walkthrough requests nothing outside the app's origin", async () => {
  const { page, url, context } = m;
  const forfragningar = [];
  context.on('request', (r) => forfragningar.push(r.url()));
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await fyllSteg1(page);
  await vantaPaSparat(page);
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = await nedladdning.path();
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByLabel('Importera förstudie (.json)').setInputFiles(fil);
  await page.getByRole('dialog').getByRole('button', { name: 'Behåll båda' }).click();
  await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse', level: 1 }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse', level: 1 }).waitFor();

  const ursprung = new URL(url).origin;
  const utanfor = forfragningar.filter((u) => !u.startsWith(`${ursprung}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(utanfor, []);
  const sokvagar = forfragningar.filter((u) => u.startsWith(ursprung)).map((u) => new URL(u).pathname);
  // The wasm parts the pages fetched when first shown (scripts/dela_wasm.mjs):
  // each a file of the build.
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
  const delar = sokvagar.filter((s) => s.endsWith('.wasm') && !s.endsWith('_bg.wasm'));
  assert.ok(delar.length > 0, 'the case and the import come in parts of their own');
  for (const del of delar) assert.ok(fs.existsSync(path.join(dist, path.basename(del))), del);
  const egna = new Set(sokvagar.filter((s) => !delar.includes(s)).map((s) => s.replace(/-[0-9a-f]{12,16}(?=[._])/, '-<hash>')));
  // The stylesheets index.html names (style/, one per page or component)
  // come as one file (scripts/sla_ihop_stilar.mjs).
  const html = fs.readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  assert.ok([...html.matchAll(/href="style\/([a-z]+)\.css"/g)].length > 1, 'the stylesheets index.html names');
  assert.deepEqual([...egna].sort(), [
    '/forstudie/', '/forstudie/forstudie-<hash>.js', '/forstudie/forstudie-<hash>_bg.wasm',
    '/forstudie/__wasm_split-<hash>.js', '/forstudie/stil-<hash>.css', '/forstudie/tillganglighet',
    '/forstudie/vardermodell.json',
  ].sort());
});

test("the Content-Security-Policy allows only the app's own files and refuses other origins", async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  assert.match(policy, /connect-src 'self'/);
  // Another origin (loopback, so nothing could leave the machine even if the
  // policy failed) is refused by the browser before any request is made.
  const svar = await page.evaluate(() => fetch('http://127.0.0.2:9/').then(() => 'hämtad', () => 'nekad'));
  assert.equal(svar, 'nekad');
  const brott = await page.evaluate(() => window.__cspBrott.splice(0));
  assert.equal(brott.length, 1);
  assert.match(brott[0], /^connect-src: http:\/\/127\.0\.0\.2:9/);
  // An injected inline script does not run.
  const kordes = await page.evaluate(() => {
    window.__injicerat = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injicerat = true';
    document.body.append(s);
    return window.__injicerat;
  });
  assert.equal(kordes, false);
  assert.equal((await page.evaluate(() => window.__cspBrott.splice(0))).length, 1);
});

test('the build has a .br and a .gz copy of every file, and the server sends them compressed', async () => {
  const { page, url, context } = m;
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
  const filer = fs.readdirSync(dist).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  assert.ok(filer.some((f) => f.endsWith('.wasm')), filer.join(', '));
  for (const fil of filer) {
    const original = fs.readFileSync(path.join(dist, fil));
    assert.deepEqual(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, `${fil}.br`))), original, `${fil}.br`);
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(path.join(dist, `${fil}.gz`))), original, `${fil}.gz`);
  }
  const wasm = filer.find((f) => f.endsWith('.wasm'));
  assert.ok(fs.statSync(path.join(dist, `${wasm}.br`)).size < fs.statSync(path.join(dist, `${wasm}.gz`)).size);
  // The browser gets the wasm compressed and runs the app from it.
  const kodningar = new Map();
  const lyssnare = async (svar) => { kodningar.set(new URL(svar.url()).pathname, (await svar.allHeaders())['content-encoding']); };
  context.on('response', lyssnare);
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).waitFor();
  context.off('response', lyssnare);
  const wasmKodning = [...kodningar].find(([sokvag]) => sokvag.endsWith('.wasm'))?.[1];
  assert.ok(['br', 'gzip'].includes(wasmKodning), `wasm sent as ${wasmKodning}`);
});
