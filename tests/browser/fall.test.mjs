// A user's whole round: create, fill step 1, reload, export, delete, import.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';
import { BEHOV, STRATEGI, fyllSteg1, kontrolleraSteg1 } from './hjalp_steg1.mjs';

let m;
let exportfil;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const rader = () => m.page.locator('table.fallista tbody tr');

test('a new case is filled in, saved automatically and found again after a reload', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByText('Det finns inga förstudier').waitFor();
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/forstudie\/fall\/[0-9a-f-]{36}\/utvecklingsbehov$/);
  // Step 1's entry: the stepper lists more than one step.
  const steg = page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Utvecklingsbehov/ });
  await assert.doesNotReject(steg.getByText('○ Ej klar').waitFor());

  await fyllSteg1(page);
  await vantaPaSparat(page);
  await steg.getByText('✓ Klar').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), BEHOV['Titel på initiativet']);

  // What the status says is really in local storage.
  const lagrat = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('forstudie.fall.')).map((k) => JSON.parse(localStorage.getItem(k))));
  assert.equal(lagrat.length, 1);
  assert.equal(lagrat[0].forstudie.utvecklingsbehov.titel, BEHOV['Titel på initiativet']);

  const adress = page.url();
  await page.reload();
  assert.equal(page.url(), adress, 'the reload returns to the same case and step');
  await falt(page, 'Titel på initiativet').waitFor();
  await kontrolleraSteg1(page, assert);
  await steg.getByText('✓ Klar').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('the start page lists the case with title, förvaltning and last change', async () => {
  const { page } = m;
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await rader().first().waitFor();
  assert.equal(await rader().count(), 1);
  const rad = rader().first();
  assert.equal(await rad.getByRole('rowheader').textContent(), BEHOV['Titel på initiativet']);
  assert.equal(await rad.getByRole('cell').nth(0).textContent(), 'Socialförvaltningen');
  assert.match(await rad.getByRole('cell').nth(1).textContent(), /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  // Back and forward move between the list and the case.
  await page.goBack();
  await falt(page, 'Titel på initiativet').waitFor();
  await page.goForward();
  await rader().first().waitFor();
});

test('the export is a versioned JSON file holding what was entered', async () => {
  const { page } = m;
  await rader().first().getByRole('link').click();
  await falt(page, 'Titel på initiativet').waitFor();
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  assert.match(nedladdning.suggestedFilename(), /^digital-ansokan-om-fardtjanst-\d{4}-\d\d-\d\d\.json$/);
  exportfil = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'forstudie-')), nedladdning.suggestedFilename());
  await nedladdning.saveAs(exportfil);
  const text = await fs.readFile(exportfil, 'utf8');
  assert.ok(text.includes('\n  "schema_version": 1'), 'pretty-printed');
  const fil = JSON.parse(text);
  assert.equal(fil.schema_version, 1);
  assert.match(fil.app_version, /^\d+\.\d+\.\d+$/);
  const behov = fil.forstudie.utvecklingsbehov;
  assert.equal(behov.titel, BEHOV['Titel på initiativet']);
  assert.equal(behov.problem, BEHOV['Problem eller möjlighet']);
  assert.equal(behov.datum, '2026-03-15');
  assert.deepEqual(behov.strategier, [STRATEGI]);
  assert.match(fil.forstudie.id, /^[0-9a-f-]{36}$/);
  assert.equal(fil.forstudie.parametrar.diskonteringsranta_procent, '3.0');
});

test('rename and duplicate work from the start page', async () => {
  const { page } = m;
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('button', { name: `Byt namn på ${BEHOV['Titel på initiativet']}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Ny titel').fill('Färdtjänst digitalt');
  await dialog.getByRole('button', { name: 'Spara namnet' }).click();
  await page.getByRole('rowheader', { name: 'Färdtjänst digitalt' }).waitFor();
  await page.getByRole('button', { name: 'Duplicera Färdtjänst digitalt' }).click();
  await page.getByRole('rowheader', { name: 'Kopia av Färdtjänst digitalt' }).waitFor();
  assert.equal(await rader().count(), 2);
});

test('deleting asks first, and the exported file imports back with the same values', async () => {
  const { page } = m;
  // Cancel keeps the case.
  await page.getByRole('button', { name: 'Ta bort Kopia av Färdtjänst digitalt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
  assert.equal(await rader().count(), 2);
  for (const titel of ['Kopia av Färdtjänst digitalt', 'Färdtjänst digitalt']) {
    await page.getByRole('button', { name: `Ta bort ${titel}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByRole('status').filter({ hasText: `Tog bort ”\u2068${titel}\u2069”` }).waitFor();
  }
  await page.getByText('Det finns inga förstudier').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  await page.getByLabel('Importera förstudie (.json)').setInputFiles(exportfil);
  await page.getByRole('status').filter({ hasText: 'Importerade ”\u2068Digital ansökan om färdtjänst\u2069”.' }).waitFor();
  await page.getByRole('link', { name: BEHOV['Titel på initiativet'] }).click();
  await falt(page, 'Titel på initiativet').waitFor();
  await kontrolleraSteg1(page, assert);
});

test('importing a case that is already here asks to replace or keep both', async () => {
  const { page } = m;
  await falt(page, 'Titel på initiativet').fill('Ändrad titel');
  await vantaPaSparat(page);
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByLabel('Importera förstudie (.json)').setInputFiles(exportfil);
  const dialog = page.getByRole('dialog', { name: 'Förstudien finns redan' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /finns redan här som ”\u2068Ändrad titel\u2069”/);
  await dialog.getByRole('button', { name: 'Behåll båda' }).click();
  await page.getByRole('rowheader', { name: BEHOV['Titel på initiativet'] }).waitFor();
  assert.equal(await rader().count(), 2);

  await page.getByLabel('Importera förstudie (.json)').setInputFiles(exportfil);
  await dialog.getByRole('button', { name: 'Ersätt den befintliga' }).click();
  await page.getByRole('status').filter({ hasText: 'Ersatte' }).waitFor();
  const titlar = await page.getByRole('rowheader').allTextContents();
  assert.deepEqual(titlar.sort(), [BEHOV['Titel på initiativet'], BEHOV['Titel på initiativet']]);
});

test('a broken or unknown file is refused with a Swedish message and nothing changes', async () => {
  const { page } = m;
  const fore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const text = await fs.readFile(exportfil, 'utf8');
  const fall = [
    ['avkortad.json', text.slice(0, text.length / 2), /inte giltig JSON/],
    ['framtid.json', text.replace('"schema_version": 1', '"schema_version": 7'), /schemaversion 7.*läser version 1/],
    ['annat.json', '{"namn": "inte en förstudie"}', /inte en förstudie från den här appen/],
    ['fel-belopp.json', text.replace('"id": "', '"id": "x'), /innehållet stämmer inte med formatet/],
  ];
  for (const [namn, innehall, meddelande] of fall) {
    await page.getByLabel('Importera förstudie (.json)').setInputFiles({
      name: namn, mimeType: 'application/json', buffer: Buffer.from(innehall),
    });
    const fel = page.getByRole('alert').filter({ hasText: `Importen av \u2068${namn}\u2069 misslyckades` });
    await fel.waitFor();
    const felText = await fel.textContent();
    assert.match(felText, meddelande);
    assert.match(felText, /Inget har ändrats\.$/);
  }
  const efter = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  assert.equal(efter, fore);
  assert.equal(await rader().count(), 2);
});
