// A case never leaves the browser: every request during a walkthrough goes
// to the app's own origin, and there are only the app's own files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
  const egna = new Set(forfragningar.filter((u) => u.startsWith(ursprung)).map((u) => new URL(u).pathname.replace(/-[0-9a-f]{12,16}(?=[._])/, '-<hash>')));
  assert.deepEqual([...egna].sort(), [
    '/forstudie/', '/forstudie/forstudie-<hash>.js', '/forstudie/forstudie-<hash>_bg.wasm',
    '/forstudie/main-<hash>.css', '/forstudie/tillganglighet',
  ]);
});
