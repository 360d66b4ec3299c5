// The team's shared folder and the browser's database: a folder read (a
// subfolder and a non-JSON file in it), read again with one file changed,
// one added and one removed, the team's assessment kept; the portfolio and
// the assessment kept across a reload and a browser restart (IndexedDB);
// a database that refuses to write loses nothing on the page; and the
// table shown 50 rows a page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { miljo, portfoljposter, CHROMIUM_FLAGGOR } from './hjalp.mjs';
import { FILER, FEM_FILER } from './portfoljfiler.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const tabell = (page) => page.locator('#portfoljtabell');
const titlar = (page) => tabell(page).locator('tbody tr .titel').allTextContents();
const mappknapp = (page) => page.getByLabel('Läs in teamets mapp …');

/** A folder with a.json, b.json and sub/c.json (and a note that is no case). */
function forstaMappen() {
  const katalog = fs.mkdtempSync(path.join(os.tmpdir(), 'teamets-mapp-'));
  fs.writeFileSync(path.join(katalog, 'a.json'), FILER.a);
  fs.writeFileSync(path.join(katalog, 'b.json'), FILER.b);
  fs.mkdirSync(path.join(katalog, 'sub'));
  fs.writeFileSync(path.join(katalog, 'sub', 'c.json'), FILER.c);
  fs.writeFileSync(path.join(katalog, 'anteckningar.txt'), 'ingen förstudie');
  return katalog;
}

/** The team confirms B's proposal as its assessment, made by Eva Ek. */
async function bedomB(page, titel = 'B Arkiv') {
  await page.getByRole('button', { name: `Bedöm ${titel}` }).click();
  const dialog = page.getByRole('dialog', { name: `Bedöm ”${titel}”` });
  await dialog.getByLabel('Bedömd av (ditt namn)').fill('Eva Ek');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const radFor = (page, titel) => tabell(page).locator('tbody tr').filter({ has: page.locator('.titel', { hasText: titel }) });

test('a folder read again: one changed, one added, one removed; the assessment is kept', async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  const katalog = forstaMappen();
  await mappknapp(page).setInputFiles(katalog);
  await page.getByRole('status').filter({ hasText: 'Mappen lästes: 3 nya, 0 uppdaterade, 0 oförändrade.' }).waitFor();
  assert.deepEqual((await titlar(page)).sort(), ['A Bokning', 'B Arkiv', 'C Lagkrav']);
  await bedomB(page);
  await radFor(page, 'B Arkiv').getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();

  // B changed by its förvaltning (later `andrad`, a new title, no team
  // assessment in the file), C gone, D new.
  const b = JSON.parse(FILER.b);
  b.forstudie.andrad = '2026-12-01T08:00:00Z';
  b.forstudie.utvecklingsbehov.titel = 'B Arkiv, reviderad';
  fs.writeFileSync(path.join(katalog, 'b.json'), JSON.stringify(b, null, 2));
  fs.rmSync(path.join(katalog, 'sub', 'c.json'));
  fs.writeFileSync(path.join(katalog, 'd.json'), FILER.d);
  await mappknapp(page).setInputFiles(katalog);
  await page.getByRole('status').filter({
    hasText: 'Mappen lästes: 1 ny, 1 uppdaterad, 1 oförändrad. 1 finns inte längre i mappen; se listan.',
  }).waitFor();
  // C is listed, not removed.
  const saknas = page.getByRole('region', { name: 'Förstudier som inte längre finns i mappen' });
  assert.match(await saknas.textContent(), /Finns inte längre i mappen: ”\u2068C Lagkrav\u2069”/);
  assert.deepEqual((await titlar(page)).sort(), ['A Bokning', 'B Arkiv, reviderad', 'C Lagkrav', 'D Ofärdig']);
  const radB = radFor(page, 'B Arkiv, reviderad');
  await radB.getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  await radB.getByText('Bedömningen ändrad här').waitFor();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), [], 'the page with the missing list');
  // The user removes it.
  await saknas.getByRole('button', { name: 'Ta bort C Lagkrav ur portföljen' }).click();
  await saknas.waitFor({ state: 'detached' });
  assert.deepEqual((await titlar(page)).sort(), ['A Bokning', 'B Arkiv, reviderad', 'D Ofärdig']);
  assert.deepEqual(m.konsolfel, []);
  fs.rmSync(katalog, { recursive: true, force: true });
});

test('a reload keeps the portfolio and the assessment (IndexedDB), not session storage', async () => {
  const { page } = m;
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await tabell(page).locator('tbody tr').nth(2).waitFor();
  assert.deepEqual((await titlar(page)).sort(), ['A Bokning', 'B Arkiv, reviderad', 'D Ofärdig']);
  await radFor(page, 'B Arkiv, reviderad').getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  const poster = await portfoljposter(page);
  assert.equal(poster, 3, 'one record per case');
});

test('a browser restart keeps the portfolio and the assessment', async () => {
  const katalog = fs.mkdtempSync(path.join(os.tmpdir(), 'portfolj-profil-'));
  const oppna = () => chromium.launchPersistentContext(katalog, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGGOR, locale: 'sv-SE',
  });
  let context = await oppna();
  let page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${m.url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  await page.getByLabel('Välj JSON-filer …').setInputFiles(FEM_FILER);
  await page.getByRole('status').filter({ hasText: 'Läste in 4 av 5 filer.' }).waitFor();
  await bedomB(page);
  await radFor(page, 'B Arkiv').getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  // Let the write finish before the browser closes.
  await page.waitForTimeout(500);
  await context.close();

  context = await oppna();
  page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${m.url}portfolj`);
  await tabell(page).locator('tbody tr').nth(3).waitFor();
  assert.deepEqual((await titlar(page)).sort(), ['A Bokning', 'B Arkiv', 'C Lagkrav', 'D Ofärdig']);
  await radFor(page, 'B Arkiv').getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  await context.close();
  fs.rmSync(katalog, { recursive: true, force: true });
});

test('a database that refuses to write is reported in Swedish and loses nothing on the page', async () => {
  const context = await m.browser.newContext({ locale: 'sv-SE' });
  await context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('Kvoten är slut', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  await page.goto(`${m.url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  await page.getByLabel('Välj JSON-filer …').setInputFiles(FEM_FILER);
  await page.getByRole('status').filter({ hasText: 'Läste in 4 av 5 filer.' }).waitFor();
  const larm = page.getByRole('alert').filter({ hasText: 'Webbläsarens lagringsutrymme är fullt, så portföljen kunde inte sparas.' });
  await larm.waitFor();
  assert.match(await larm.textContent(), /Allt som visas finns kvar tills fliken stängs; exportera de bedömda fallen \(JSON\)/);
  // Everything read is on the page, and an assessment still works.
  assert.equal(await tabell(page).locator('tbody tr').count(), 4);
  await bedomB(page);
  await radFor(page, 'B Arkiv').getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  assert.equal(await tabell(page).locator('tbody tr').count(), 4);
  await context.close();
});

test('the table shows 50 rows a page; sorting orders the whole portfolio', async () => {
  const context = await m.browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${m.url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  // 60 copies of A with their own ids and titles "Fall 01" … "Fall 60".
  const filer = Array.from({ length: 60 }, (_, i) => {
    const f = JSON.parse(FILER.a);
    const n = String(i + 1).padStart(2, '0');
    f.forstudie.id = `00000000-0000-4000-8000-0000000000${n}`;
    f.forstudie.utvecklingsbehov.titel = `Fall ${n}`;
    return { name: `fall-${n}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(f)) };
  });
  await page.getByLabel('Välj JSON-filer …').setInputFiles(filer);
  await page.getByRole('status').filter({ hasText: 'Läste in 60 av 60 filer.' }).waitFor();
  await page.getByText('Visar rad 1–50 av 60 (sida 1 av 2)').waitFor();
  assert.equal(await tabell(page).locator('tbody tr').count(), 50);
  const sidor = page.getByRole('navigation', { name: 'Sidor med förstudier' });
  await tabell(page).locator('thead').getByRole('button', { name: 'Förstudie', exact: true }).click();
  await tabell(page).locator('thead').getByRole('button', { name: 'Förstudie', exact: true }).click();
  // Descending by title: page 1 starts with the last case read.
  await page.waitForFunction(() => document.querySelector('#portfoljtabell tbody tr .titel')?.textContent === 'Fall 60');
  await sidor.getByRole('button', { name: 'Nästa sida' }).click();
  await page.getByText('Visar rad 51–60 av 60 (sida 2 av 2)').waitFor();
  assert.equal(await tabell(page).locator('tbody tr').count(), 10);
  assert.deepEqual((await titlar(page)).slice(-1), ['Fall 01']);
  await context.close();
});
