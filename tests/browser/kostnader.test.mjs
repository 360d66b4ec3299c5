// Step 8, Kostnader och effekter: a known case typed into the grid, its
// figures read from the screen, then reload and export.
//
// The case (kalkylperiod 2027–2029, T = 3, discount rate 3 %):
// - Timkostnad "Handläggare": 35 000 kr × 1,54 / 142 h = 379,577… → 379,58 kr/h.
// - Cost, Kommunstyrelsen, "Systemlicens": 100 000 / 50 000 / 50 000 kr
//   (pasted as one tab-separated row).
// - Ramjustering, Socialnämnden, "Minskad övertid": – / 60 000 / 60 000 kr.
// - Frigjort ramutrymme, Socialnämnden, "Sparad handläggartid":
//   200 h a year × 379,58 kr, realised p(t) = 50 / 100 / 100 %:
//   200 × 379,58 × 0,5 = 37 958,00; then 75 916,00 and 75 916,00.
//
// Net per year: 2027: 37 958 − 100 000 = −62 042; 2028: 60 000 + 75 916 − 50 000
// = 85 916; 2029: 85 916. Cumulative −62 042, 23 874, 109 790: the first year
// with cumulative net ≥ 0 is 2028 (payback year).
//
// Present values, d(t) = 1/1,03^t, each rounded to öre per nämnd and year:
//   KS cost: 100 000,00; 50 000/1,03 = 48 543,69; 50 000/1,0609 = 47 129,80 → 195 673,49
//   SN ram:  0; 60 000/1,03 = 58 252,43; 60 000/1,0609 = 56 555,75        → 114 808,18
//   SN fri:  37 958,00; 75 916/1,03 = 73 704,85; 75 916/1,0609 = 71 558,11 → 183 220,96
// NNV = 114 808,18 + 183 220,96 − 195 673,49 = 102 355,65 kr.
// Per nämnd over the years: Socialnämnden ramjustering 120 000,00, frigjort
// 189 790,00, NNV 298 029,14; Kommunstyrelsen kostnader 200 000,00, NNV −195 673,49.
// tests/kostnader_webbfall.rs checks the engine gives the same figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaFokus, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

// Figures are shown with non-breaking spaces and a typographic minus.
const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const varde = async (loc) => (await loc.inputValue()).replace(/\u00a0/g, ' ');
const cell = (page, namn) => m.page.getByLabel(namn, { exact: true });

async function klistra(loc, innehall) {
  await loc.focus();
  await loc.evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, innehall);
}

test('a case typed into the grid gives the hand-worked figures', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Kostnader och effekter/ }).click();
  await page.waitForURL(/\/kostnader-och-effekter$/);
  // What p(t) takes, and what an empty cell counts as, is written at the grid.
  const ledtext = page.locator('p.hjalptext', { hasText: 'Realiseringen p(t)' });
  assert.match(await text(ledtext), /\(0–100 %, tom ruta = 100 %\)/);
  assert.ok(await ledtext.isVisible());

  await falt(page, 'Kalkylperiod (antal år)').fill('3');
  await page.getByRole('button', { name: 'Lägg till timkostnad' }).click();
  await falt(page, 'Namn på timkostnaden').fill('Handläggare');
  await falt(page, 'Månadslön (kr)').fill('35 000');
  await page.locator('.framraknad').filter({ hasText: '379,58' }).waitFor();
  assert.equal(await text(page.locator('.framraknad')), 'Timkostnad: 379,58 kr per timme');

  // The cost line: a row pasted from a spreadsheet fills 2027 onwards.
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  const kostnad = page.locator('#kostnadsrutnat tbody tr').last();
  await kostnad.getByLabel('Beskrivning').fill('Systemlicens');
  await kostnad.getByLabel('Nämnd').fill('Kommunstyrelsen');
  await kostnad.getByLabel('Kostnadstyp').selectOption({ label: 'Licenser' });
  await klistra(cell(page, 'Systemlicens 2027'), '100 000\t50000\t50 000,00\r\n');
  assert.equal(await varde(cell(page, 'Systemlicens 2028')), '50 000');
  assert.equal(await varde(cell(page, 'Systemlicens 2029')), '50 000');
  await page.waitForFunction(() => document.querySelector('#nyckel-nnv')?.textContent.includes('195'));

  // The ramjustering: Swedish form, point form, and an invalid cell.
  await page.getByRole('button', { name: 'Lägg till effekt' }).click();
  let effekt = page.locator('#effektrutnat tbody.effektrad').last();
  await effekt.getByLabel('Beskrivning').fill('Minskad övertid');
  await effekt.getByLabel('Nämnd').fill('Socialnämnden');
  await effekt.getByLabel('Kategori').selectOption({ label: 'Ramjustering' });
  await cell(page, 'Minskad övertid 2028').fill('60 000');
  // −195 673,49 + 60 000/1,03 (58 252,43) = −137 421,06 so far.
  const nnvAr = (v) => page.waitForFunction((v) => document.querySelector('#nyckel-nnv')?.textContent
    .replace(/\u00a0/g, ' ').replace(/\u2212/g, '-') === v, v);
  await nnvAr('-137 421,06 kr');
  const fore = await text(page.locator('#nyckel-nnv'));
  const fel = cell(page, 'Minskad övertid 2029');
  await fel.fill('60 000 kr');
  await fel.press('Tab');
  assert.equal(await fel.getAttribute('aria-invalid'), 'true');
  const felId = await fel.getAttribute('aria-describedby');
  assert.match(await text(page.locator(`[id="${felId}"]`)), /^Skriv ett tal med siffror, till exempel 1 234,50/);
  // The cell says which value counts meanwhile: the year was empty, so 0 kr.
  assert.match(await text(page.locator(`[id="${felId}"]`)), /Räknas som 0 kr\.$/);
  assert.equal(await fel.inputValue(), '60 000 kr', 'the typed text stays for mending');
  assert.equal(await text(page.locator('#nyckel-nnv')), fore, 'nothing invalid reaches the figures');
  await fel.fill('60000.00');
  await fel.press('Tab');
  assert.equal(await fel.getAttribute('aria-invalid'), null);
  assert.equal(await varde(fel), '60 000');

  // The frigjort line in hours, typed with Tab across the years.
  await page.getByRole('button', { name: 'Lägg till effekt' }).click();
  effekt = page.locator('#effektrutnat tbody.effektrad').last();
  await effekt.getByLabel('Beskrivning').fill('Sparad handläggartid');
  await effekt.getByLabel('Nämnd').fill('Socialnämnden');
  await effekt.getByLabel('Enhet').selectOption({ label: 'Timmar × Handläggare' });
  await cell(page, 'Sparad handläggartid 2027').focus();
  for (const _ of [2027, 2028, 2029]) {
    await page.keyboard.type('200');
    await page.keyboard.press('Tab');
  }
  assert.equal(await varde(cell(page, 'Sparad handläggartid 2029')), '200');
  await cell(page, 'Realisering Sparad handläggartid 2027 (%)').fill('50');

  await nnvAr('102 355,65 kr');
  assert.equal(await text(page.locator('#nyckel-nnv')), '102 355,65 kr');
  assert.equal(await text(page.locator('#nyckel-aterbetalning')), '2028');
  const namnd = (n) => page.locator('#per-namnd tbody tr').filter({ has: page.getByRole('rowheader', { name: n }) }).getByRole('cell');
  const sn = await Promise.all((await namnd('Socialnämnden').all()).map(text));
  assert.deepEqual(sn, ['120 000,00 kr', '189 790,00 kr', '0,00 kr', '298 029,14 kr']);
  const ks = await Promise.all((await namnd('Kommunstyrelsen').all()).map(text));
  assert.deepEqual(ks, ['0,00 kr', '0,00 kr', '200 000,00 kr', '-195 673,49 kr']);
  const ackumulerat = await Promise.all((await page.locator('#netto-per-ar tbody tr td:last-child').all()).map(text));
  assert.deepEqual(ackumulerat, ['-62 042,00 kr', '23 874,00 kr', '109 790,00 kr']);
  // The chart says the same in text.
  assert.match((await page.locator('#diagram-beskrivning').textContent()).replace(/\u00a0/g, ' '), /2028: netto 85 916,00 kr, ackumulerat 23 874,00 kr/);

  // Explanations open at the figure.
  const nnv = page.locator('details', { has: page.getByText('Förklara nettonuvärdet') });
  await nnv.getByText('Förklara nettonuvärdet').click();
  await nnv.getByText('Summa = NNV').waitFor();
  assert.equal(await nnv.getAttribute('open'), '');
  const nnvText = await text(nnv);
  assert.match(nnvText, /d\(t\) = 1 \/ \(1 \+ r\)\^t, där r är diskonteringsräntan 3 %/);
  assert.match(nnvText, /Summa = NNV102 355,65 kr/);
  const snForklaring = page.locator('details', { has: page.getByText('Förklara siffrorna för Socialnämnden') });
  await snForklaring.getByText('Förklara siffrorna för Socialnämnden').click();
  await snForklaring.getByRole('listitem').first().waitFor();
  const snText = await text(snForklaring);
  assert.match(snText, /Minskad övertid: 120 000,00 kr/);
  assert.match(snText, /Sparad handläggartid: 189 790,00 kr/);

  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Kostnader och effekter/ })
    .getByText('✓ Klar').waitFor();
  await vantaPaSparat(page);
  assert.deepEqual(m.konsolfel, []);
});

test('after a reload the grid holds the values, and the export holds inputs and results', async () => {
  const { page } = m;
  await page.reload();
  await cell(page, 'Systemlicens 2027').waitFor();
  assert.equal(await varde(cell(page, 'Systemlicens 2027')), '100 000');
  assert.equal(await varde(cell(page, 'Minskad övertid 2029')), '60 000');
  assert.equal(await varde(cell(page, 'Sparad handläggartid 2028')), '200');
  assert.equal(await varde(cell(page, 'Realisering Sparad handläggartid 2027 (%)')), '50');
  assert.equal(await varde(falt(page, 'Månadslön (kr)')), '35 000');
  assert.equal(await text(page.locator('#nyckel-nnv')), '102 355,65 kr');

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8'));
  const ek = fil.forstudie.ekonomi;
  assert.deepEqual(ek.kalkylperiod, { startar: 2027, ar: 3 });
  assert.equal(ek.timkostnader[0].namn, 'Handläggare');
  assert.equal(ek.timkostnader[0].sats.manadslon, '35000.00');
  assert.deepEqual(ek.kostnader[0].fordelning.varden.map(Number), [100000, 50000, 50000]);
  assert.equal(ek.kostnader[0].kostnadstyp, 'licenser');
  assert.equal(ek.effekter[0].kategori, 'ramjustering');
  assert.deepEqual(ek.effekter[0].fordelning.varden.map(Number), [0, 60000, 60000]);
  assert.equal(ek.effekter[1].enhet.enhet, 'timmar');
  assert.deepEqual(ek.effekter[1].realisering_procent.map(Number), [50]);
  assert.equal(fil.vardering.bas.nnv, '102355.65');
  assert.equal(fil.vardering.bas.aterbetalningsar, 1);
  assert.equal(fil.vardering.timkostnader[0].timkostnad, '379.58');
  assert.deepEqual(m.konsolfel, []);
});

test('a line can be added and removed again without touching the others', async () => {
  const { page } = m;
  const fore = await text(page.locator('#nyckel-nnv'));
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  const rad = page.locator('#kostnadsrutnat tbody tr').last();
  await rad.getByLabel('Beskrivning').fill('Tillfällig');
  await cell(page, 'Tillfällig 2027').fill('1000');
  // 1 000 kr more cost in year 0 (d(0) = 1): 102 355,65 − 1 000,00.
  await page.waitForFunction(() => document.querySelector('#nyckel-nnv')?.textContent.replace(/\u00a0/g, ' ') === '101 355,65 kr');
  // Removing it leaves the figures and the other rows as they were.
  await rad.getByRole('button', { name: 'Ta bort' }).click();
  await page.locator('#kostnadsrutnat tbody tr').nth(1).waitFor({ state: 'detached' });
  assert.equal(await text(page.locator('#nyckel-nnv')), fore);
  assert.equal(await varde(cell(page, 'Systemlicens 2027')), '100 000');
  assert.deepEqual(m.konsolfel, []);
});

test('a removed line comes back with Ångra, where it stood, with its values', async () => {
  const { page } = m;
  const fore = await text(page.locator('#nyckel-nnv'));
  const rader = page.locator('#kostnadsrutnat tbody tr');
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  await rader.nth(1).getByLabel('Beskrivning').fill('Utbildning');
  await cell(page, 'Utbildning 2027').fill('2 000');
  await page.waitForFunction(() => document.querySelector('#nyckel-nnv')?.textContent.replace(/\u00a0/g, ' ') === '100 355,65 kr');
  // Each year cell shows its unit.
  assert.equal(await text(rader.nth(1).locator('.cellenhet').first()), 'kr');
  // The first line is removed: the status says so and the focus is on Ångra.
  await rader.first().getByRole('button', { name: 'Ta bort' }).click();
  await page.getByRole('status').filter({ hasText: 'Tog bort kostnaden ”Systemlicens”.' }).waitFor();
  assert.equal(await rader.count(), 1);
  await vantaPaFokus(page, (e) => e?.id, 'kostnad-angra');
  await page.keyboard.press('Enter');
  // Back as the first line, with its values, and the figures as before.
  await page.waitForFunction(() => document.querySelectorAll('#kostnadsrutnat tbody tr').length === 2);
  assert.equal(await rader.first().getByLabel('Beskrivning').inputValue(), 'Systemlicens');
  assert.equal(await varde(cell(page, 'Systemlicens 2027')), '100 000');
  assert.equal(await text(page.locator('#nyckel-nnv')), '100 355,65 kr');
  // Remove the added line for good: the figures are those from before it.
  await rader.nth(1).getByRole('button', { name: 'Ta bort' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#kostnadsrutnat tbody tr').length === 1);
  assert.equal(await text(page.locator('#nyckel-nnv')), fore);
  assert.deepEqual(m.konsolfel, []);
});

test('a year beyond the limit is said at its cell, with the value that counts', async () => {
  const { page } = m;
  const fore = await text(page.locator('#nyckel-nnv'));
  const c = cell(page, 'Systemlicens 2029');
  await c.fill('99 999 999 999 999 999 999 999');
  await c.press('Tab');
  // Stored (it is a number) but counted as 0, and the cell says so.
  assert.equal(await c.getAttribute('aria-invalid'), 'true');
  const felId = await c.getAttribute('aria-describedby');
  assert.equal(await text(page.locator(`[id="${felId}"]`)), 'Större än 1 000 000 000 000 kr; året räknas som 0.');
  // 2029's 50 000 kr (present value 47 129,80) no longer counts: NNV rises by it.
  await page.waitForFunction(() => document.querySelector('#nyckel-nnv')?.textContent.replace(/\u00a0/g, ' ') === '149 485,45 kr');
  await c.fill('50 000');
  await c.press('Tab');
  assert.equal(await c.getAttribute('aria-invalid'), null);
  await page.waitForFunction((v) => document.querySelector('#nyckel-nnv')?.textContent.replace(/\u00a0/g, ' ') === v, fore);
  assert.deepEqual(m.konsolfel, []);
});
