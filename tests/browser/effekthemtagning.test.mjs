// Step 12, Effekthemtagningsplan, as a user does it on the shipped example:
// approve the case, fill the plan of every effect, record two follow-ups,
// read the realised shares, statuses and money, export, delete, re-import
// and find the plan and follow-ups unchanged.
//
// The example's economic effects (src/model/exempel.rs), kalkylperiod
// 2027–2031, ramp-up p(t) = 0, 60, 90, 100, 100 %:
//   e-porto (RAM)    60 000 kr/år  → 0; 36 000; 54 000; 60 000; 60 000
//   e-skanning (RAM) 90 000 kr/år  → 0; 54 000; 81 000; 90 000; 90 000
//   e-tid (FRI)      1 200 h × 390,42 kr = 468 504 kr/år
//                                  → 0; 281 102,40; 421 653,60; 468 504; 468 504
// Planned RAM per year: 0; 90 000; 135 000; 150 000; 150 000 (Σ 525 000).
// Planned FRI: Σ = 281 102,40 + 421 653,60 + 2 × 468 504 = 1 639 764,00.
//
// Today is 2029-03-01 (a fixed clock). Both follow-ups are dated 2028-07-01; baseline date 2027-01-01 and target
// date 2029-01-01 are 365 + 366 = 731 days apart, 2028-07-01 is day 547:
// time gone 547 / 731 = 0,748290… → 74,83 %; on track from 64,83 %.
//   e-tid:   baseline 2,5 h, target 1,5 h, measured 2,0 →
//            (2,0 − 2,5) / (1,5 − 2,5) = 50,00 % < 64,83 % → Efter plan.
//   e-porto: baseline 10 000 kr, target 5 000 kr, measured 6 000 →
//            (6 000 − 10 000) / (5 000 − 10 000) = 80,00 % → I rätt takt.
// Money for 2028: e-tid 150 000 realised of 281 102,40 planned (FRI),
// difference −131 102,40, share 150 000 / 281 102,40 = 0,53361… → 53,36 %;
// e-porto 40 000 realised (RAM); e-skanning nothing reported. RAM 2028:
// planned 90 000, realised 40 000; totals 371 102,40 planned, 190 000 realised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { falt, miljo, vantaPaFokus, vantaPaSparat } from './hjalp.mjs';

let m;
let exportfil;
let exporterat;
before(async () => {
  m = await miljo();
  // Follow-ups cannot be dated after today: the case is followed up in 2029.
  await m.context.clock.setFixedTime(new Date('2029-03-01T12:00:00Z'));
});
after(async () => { await m?.stang(); });

const TITEL = 'Exempel: Digital ansökan om färdtjänst';
const TID = 'Frigjord handläggartid (från arbetsflödet)';
const PORTO = 'Minskat porto och tryck: beslut och kompletteringar digitalt';
const SKANNING = 'Avslutat avtal om skanning av pappersansökningar';
const KVALITATIVA = [
  'Sökande får besked snabbare och kan följa sitt ärende',
  'Mindre stress och färre avbrott för handläggarna',
  'Färre samtal om ärendestatus till kontaktcentret',
  'Sökande utan e-legitimation kan uppleva sig sämre bemötta',
];
const ALLA = [PORTO, SKANNING, TID, ...KVALITATIVA];

const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
// innerText: what the user reads, with the breaks between blocks.
const las = async (loc) => (await loc.innerText()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const stegen = (page) => page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link');
const steg12 = (page) => stegen(page).filter({ hasText: 'Effekthemtagningsplan' });
const plan = (page, namn) => page.getByRole('region', { name: namn, exact: true });
const cells = async (rad) => Promise.all((await rad.locator('th, td').all()).map(text));
const rad = (tabell, rubrik) => tabell.locator('tr').filter({ has: tabell.page().getByRole('rowheader', { name: rubrik, exact: true }) });

// Plan values per effect: [nollvärde, nollvärdets datum, målvärde, måldatum].
const VARDEN = {
  [TID]: ['2,5', '2027-01-01', '1,5', '2029-01-01'],
  [PORTO]: ['10 000', '2027-01-01', '5 000', '2029-01-01'],
};

async function fyllPlan(page, namn, i) {
  const p = plan(page, namn);
  const [noll, nolldatum, mal, maldatum] = VARDEN[namn] ?? ['100', '2027-01-01', '50', '2029-12-31'];
  await falt(p, 'Ansvarig för effekten').fill(`Ansvarig ${i + 1}`);
  await falt(p, 'Nollvärde').fill(noll);
  await falt(p, 'Nollvärdets datum').fill(nolldatum);
  await falt(p, 'Målvärde').fill(mal);
  await falt(p, 'Måldatum').fill(maldatum);
  await falt(p, 'Mätmetod').fill('Uttag ur verksamhetssystemet varje halvår');
  await p.getByRole('button', { name: '+ Lägg till uppföljningsdatum' }).click();
  // The new date field has focus: typed from the keyboard.
  // (waited for: the field gets focus once it is rendered)
  await page.waitForFunction(() => document.activeElement?.type === 'date');
  await falt(p, 'Uppföljningsdatum 1').fill('2028-06-30');
}

async function laggTillUppfoljning(page, namn, { datum, varde, belopp, ar, kommentar }) {
  const p = plan(page, namn);
  await falt(p, 'Datum för uppföljningen').fill(datum);
  await falt(p, 'Uppmätt värde').fill(varde);
  await falt(p, 'Realiserat belopp (kr)').fill(belopp);
  await falt(p, 'Beloppet avser år').selectOption(ar);
  await falt(p, 'Kommentar').fill(kommentar);
  await p.getByRole('button', { name: 'Lägg till uppföljningen' }).click();
  await p.getByRole('status').filter({ hasText: `Uppföljningen ${datum} är inlagd.` }).waitFor();
}

// What the effect's own part of the step says.
async function lasPlankort(page) {
  assert.equal(await text(plan(page, TID).locator('.effektstatus')), 'Status: Efter plan');
  assert.match(await las(plan(page, TID).locator('.lagetext')),
    /^Senaste mätning: 2 \(2028-07-01\)\. Andel realiserad: 50,00 %\. Andel av tiden till måldatum: 74,83 %\./);
  assert.equal(await text(plan(page, PORTO).locator('.effektstatus')), 'Status: I rätt takt');
}

async function lasResultat(page) {
  const status = page.locator('#status-per-effekt');
  await status.waitFor();
  // Effect | latest measurement | realised share | share of time | status
  assert.deepEqual(await cells(rad(status, TID)), [TID, '2 (2028-07-01)', '50,00 %', '74,83 %', 'Efter plan']);
  assert.deepEqual(await cells(rad(status, PORTO)), [PORTO, '6 000 (2028-07-01)', '80,00 %', '74,83 %', 'I rätt takt']);
  for (const namn of [SKANNING, ...KVALITATIVA]) {
    assert.deepEqual(await cells(rad(status, namn)), [namn, '–', '–', '–', 'Ej uppföljd']);
  }

  const perAr = page.locator('#pengar-per-ar');
  // År | planned RAM | realised RAM | planned FRI | realised FRI | planned total | realised total
  assert.deepEqual(await cells(rad(perAr, '2027')), ['2027', '0,00 kr', '–', '0,00 kr', '–', '0,00 kr', '–']);
  assert.deepEqual(await cells(rad(perAr, '2028')),
    ['2028', '90 000,00 kr', '40 000,00 kr', '281 102,40 kr', '150 000,00 kr', '371 102,40 kr', '190 000,00 kr']);
  assert.deepEqual(await cells(rad(perAr, 'Summa')),
    ['Summa', '525 000,00 kr', '40 000,00 kr', '1 639 764,00 kr', '150 000,00 kr', '2 164 764,00 kr', '190 000,00 kr']);
  const tid = page.locator('#pengar-e-tid');
  assert.deepEqual(await cells(rad(tid, '2028')), ['2028', '281 102,40 kr', '150 000,00 kr', '-131 102,40 kr']);
  assert.deepEqual(await cells(rad(tid, '2029')), ['2029', '421 653,60 kr', '–', '–']);
  // The sentence after the table (which scrolls in its own box on a phone).
  assert.equal(await text(page.locator('.tabellram:has(#pengar-e-tid) + p')),
    'Realiserat under de uppföljda åren: 150 000,00 kr av planerade 281 102,40 kr (53,36 %).');
  // The chart says the same in its text alternative.
  assert.match(await text(page.locator('#uppfoljningsdiagram-beskrivning')),
    /2028: planerat 371 102,40 kr, realiserat 190 000,00 kr\. 2029: planerat 556 653,60 kr, realiserat inget rapporterat\./);
}

test('the plan opens only after the decision, with one part per effect', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await steg12(page).getByText('Efter beslut').waitFor();
  await steg12(page).click();
  await page.waitForURL(/\/effekthemtagningsplan$/);
  await page.getByRole('button', { name: 'Markera som beslutad' }).waitFor();
  assert.equal(await page.locator('.effektplan').count(), 0, 'no plan before the decision');

  // Without a date and a reference nothing is marked.
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  await page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2028-06-30.').waitFor();
  await page.getByText('Ange beslutets referens, till exempel diarienummer och paragraf.').waitFor();
  await vantaPaFokus(page, (e) => e?.id, 'beslut-datum');
  await falt(page, 'Beslutsdatum').fill('2027-01-10');
  await falt(page, 'Beslutsreferens').fill('SN 2027/12 § 4');
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  assert.equal(await text(page.locator('#beslut-status')), 'Beslutad 2027-01-10, SN 2027/12 § 4.');
  await page.locator('.effektplan').nth(6).waitFor();
  assert.equal(await page.locator('.effektplan').count(), 7, 'three economic and four qualitative effects');
  for (const namn of ALLA) await plan(page, namn).waitFor();
  assert.equal(await steg12(page).locator('.stegstatus').textContent(), '○ Ej klar');
  // Indicators are prefilled: the qualitative effect's own, or the one of
  // the logic-model outcome an economic effect belongs to.
  assert.equal(await falt(plan(page, TID), 'Indikator').inputValue(), 'Handläggartimmar per ansökan');
  assert.equal(await falt(plan(page, KVALITATIVA[0]), 'Indikator').inputValue(), 'Dagar från ansökan till beslut (median)');
  assert.equal(await text(plan(page, TID).locator('.effektslag')), 'Ekonomisk effekt: frigjort ramutrymme');
  assert.equal(await text(plan(page, PORTO).locator('.effektslag')), 'Ekonomisk effekt: ramjustering');
  assert.deepEqual(m.konsolfel, []);
});

test('the plan is filled for every effect and the step is complete', async () => {
  const { page } = m;
  await falt(page, 'Effekthemtagningsansvarig').fill('Eva Lind');
  for (const [i, namn] of ALLA.entries()) await fyllPlan(page, namn, i);
  await steg12(page).getByText('✓ Klar').waitFor();
  await vantaPaSparat(page);
  // A value that is not a number is kept and explained at its field.
  const porto = plan(page, PORTO);
  await falt(porto, 'Målvärde').fill('hälften');
  await falt(porto, 'Måldatum').focus();
  assert.equal(await text(porto.locator('#plan-e-porto-malvarde-fel')),
    'Skriv ett tal med siffror, till exempel 1 234,50 (komma före decimalerna).');
  await steg12(page).getByText('○ Ej klar').waitFor();
  await falt(porto, 'Målvärde').fill('5 000');
  await steg12(page).getByText('✓ Klar').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('two follow-ups give the realised share, the status and the money', async () => {
  const { page } = m;
  // A follow-up without a date is refused at its field, and nothing is added.
  const tid = plan(page, TID);
  await falt(tid, 'Uppmätt värde').fill('2,0');
  await tid.getByRole('button', { name: 'Lägg till uppföljningen' }).click();
  await tid.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2028-06-30.').waitFor();
  assert.equal(await tid.locator('table.uppfoljningar').count(), 0);

  await laggTillUppfoljning(page, TID, { datum: '2028-07-01', varde: '2,0', belopp: '150 000', ar: '2028', kommentar: 'Halvårsuppföljning' });
  await laggTillUppfoljning(page, PORTO, { datum: '2028-07-01', varde: '6 000', belopp: '40 000', ar: '2028', kommentar: 'Fakturor jan–jun' });
  assert.deepEqual(await cells(tid.locator('table.uppfoljningar tbody tr')),
    ['2028-07-01', '2', '150 000,00 kr', '2028', 'Halvårsuppföljning', 'Ta bort']);
  await lasPlankort(page);
  await lasResultat(page);
  await vantaPaSparat(page);
  assert.deepEqual(m.konsolfel, []);
});

test('the printable plan shows the decision, the plans and the results', async () => {
  const { page } = m;
  await page.getByRole('link', { name: 'Utskriftsvy av planen' }).click();
  await page.waitForURL(/\/effekthemtagningsplan\/utskrift$/);
  await page.getByRole('heading', { level: 1, name: `Effekthemtagningsplan: ${TITEL}` }).waitFor();
  const sida = await las(page.locator('main'));
  assert.match(sida, /Beslut 2027-01-10, SN 2027\/12 § 4/);
  assert.match(sida, /Effekthemtagningsansvarig Eva Lind/);
  assert.match(sida, /Nollvärde 2,5 \(2027-01-01\) Målvärde 1,5 \(2029-01-01\)/);
  await lasResultat(page);
  assert.equal(await page.getByRole('button', { name: 'Skriv ut' }).count(), 1);
  await page.getByRole('link', { name: 'Tillbaka till planen' }).click();
  await page.waitForURL(/\/effekthemtagningsplan$/);
  await plan(page, TID).waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('the follow-up and the export file are dated by the local date, not the UTC date', async () => {
  // 23:30 UTC on 27 November is 00:30 on the 28th in Stockholm.
  const { page, browser } = m;
  const context = await browser.newContext({
    storageState: await page.context().storageState(), timezoneId: 'Europe/Stockholm', locale: 'sv-SE',
    acceptDownloads: true,
  });
  try {
    await context.clock.setFixedTime(new Date('2026-11-27T23:30:00Z'));
    const sida = await context.newPage();
    await sida.goto(page.url().replace(/\/fall\/([^/]+)\/.*$/, '/fall/$1/effekthemtagningsplan/utskrift'));
    const fakta = sida.locator('dl.utskrift-fakta').first();
    await fakta.waitFor();
    assert.match(await las(fakta), /Uppföljningen räknad per 2026-11-28/);
    await sida.getByRole('link', { name: 'Tillbaka till planen' }).click();
    const [nedladdning] = await Promise.all([
      sida.waitForEvent('download'),
      sida.getByRole('button', { name: 'Exportera (.json)' }).click(),
    ]);
    assert.match(nedladdning.suggestedFilename(), /-2026-11-28\.json$/);
  } finally {
    await context.close();
  }
});

test('the export holds the plan and the follow-ups, and they import back unchanged', async () => {
  const { page } = m;
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  exportfil = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'effekthemtagning-')), nedladdning.suggestedFilename());
  await nedladdning.saveAs(exportfil);
  const fil = JSON.parse(await fs.readFile(exportfil, 'utf8'));
  exporterat = fil.forstudie.effekthemtagning;
  assert.deepEqual(exporterat.beslut, { datum: '2027-01-10', referens: 'SN 2027/12 § 4' });
  assert.equal(exporterat.effekthemtagningsansvarig, 'Eva Lind');
  assert.equal(exporterat.planer.length, 7);
  const tid = exporterat.planer.find((p) => p.effekt_id === 'e-tid');
  assert.equal(tid.slag, 'ekonomisk');
  assert.equal(tid.nollvarde, '2,5');
  assert.deepEqual(tid.uppfoljningsdatum, ['2028-06-30']);
  assert.deepEqual(tid.uppfoljningar, [
    { datum: '2028-07-01', varde: '2,0', kommentar: 'Halvårsuppföljning', realiserat: { ar: 2028, belopp: '150000.00' } },
  ]);
  assert.deepEqual(exporterat.planer.find((p) => p.effekt_id === 'e-porto').uppfoljningar[0].realiserat,
    { ar: 2028, belopp: '40000.00' });

  // Remove the case, then import the file on the start page.
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('button', { name: `Ta bort ${TITEL}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
  await page.getByText('Det finns inga förstudier').waitFor();
  await page.getByLabel('Importera förstudie (.json)').setInputFiles(exportfil);
  await page.getByRole('status').filter({ hasText: `Importerade ”\u2068${TITEL}\u2069”.` }).waitFor();
  const lagrat = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('forstudie.fall.')).map((k) => JSON.parse(localStorage.getItem(k))));
  assert.equal(lagrat.length, 1);
  assert.deepEqual(lagrat[0].forstudie.effekthemtagning, exporterat);

  await page.getByRole('link', { name: TITEL }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await steg12(page).getByText('✓ Klar').waitFor();
  await steg12(page).click();
  await plan(page, TID).waitFor();
  assert.equal(await text(page.locator('#beslut-status')), 'Beslutad 2027-01-10, SN 2027/12 § 4.');
  assert.equal(await falt(page, 'Effekthemtagningsansvarig').inputValue(), 'Eva Lind');
  assert.equal(await falt(plan(page, TID), 'Nollvärde').inputValue(), '2,5');
  assert.equal(await falt(plan(page, TID), 'Uppföljningsdatum 1').inputValue(), '2028-06-30');
  await lasPlankort(page);
  await lasResultat(page);
  assert.deepEqual(m.konsolfel, []);
});

test('a follow-up is removed with a way back, and undoing the decision keeps the plan', async () => {
  const { page } = m;
  const porto = plan(page, PORTO);
  await porto.getByRole('button', { name: 'Ta bort uppföljningen 2028-07-01' }).click();
  await porto.getByRole('status').filter({ hasText: 'Tog bort uppföljningen 2028-07-01.' }).waitFor();
  await vantaPaFokus(page, (e) => e?.textContent, 'Ångra borttagningen');
  assert.deepEqual(await cells(rad(page.locator('#status-per-effekt'), PORTO)), [PORTO, '–', '–', '–', 'Ej uppföljd']);
  await page.keyboard.press('Enter');
  await rad(page.locator('#status-per-effekt'), PORTO).getByText('I rätt takt').waitFor();
  // Focus goes to the restored follow-up, not to the page.
  await vantaPaFokus(page, (e) => e?.getAttribute('aria-label'), 'Ta bort uppföljningen 2028-07-01');

  // Undo asks first; "Avbryt" keeps the decision.
  await page.getByRole('button', { name: 'Ångra beslutet …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ångra beslutet?' });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('.effektplan').count(), 7);
  await page.getByRole('button', { name: 'Ångra beslutet …' }).click();
  await dialog.getByRole('button', { name: 'Ångra beslutet' }).click();
  await steg12(page).getByText('Efter beslut').waitFor();
  assert.equal(await page.locator('.effektplan').count(), 0);
  // The form starts from the decision that was undone; marking it again
  // brings back the plans with their follow-ups.
  assert.equal(await falt(page, 'Beslutsdatum').inputValue(), '2027-01-10');
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  await steg12(page).getByText('✓ Klar').waitFor();
  await lasResultat(page);
  await vantaPaSparat(page);
  const lagrat = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('forstudie.fall.')).map((k) => JSON.parse(localStorage.getItem(k))));
  assert.deepEqual(lagrat[0].forstudie.effekthemtagning, exporterat);
  assert.deepEqual(m.konsolfel, []);
});

test('an effect removed after the decision keeps its plan, marked, and a new one gets a plan', async () => {
  const { page } = m;
  await stegen(page).filter({ hasText: 'Kvalitativa effekter' }).click();
  await page.waitForURL(/\/kvalitativa-effekter-risker$/);
  await page.getByRole('button', { name: `Ta bort effekt 4: ${KVALITATIVA[3]}` }).click();
  await page.getByRole('button', { name: '+ Lägg till effekt' }).click();
  await page.locator('#kvalitativa .rad').last().getByLabel(/^Effekt( \*)?$/).fill('Färre överklaganden');
  await steg12(page).click();
  await page.waitForURL(/\/effekthemtagningsplan$/);
  const borta = plan(page, KVALITATIVA[3]);
  await borta.getByText('Effekten finns inte längre i förstudien.').waitFor();
  assert.equal(await falt(borta, 'Ansvarig för effekten').inputValue(), 'Ansvarig 7', 'what was entered is kept');
  await plan(page, 'Färre överklaganden').waitFor();
  assert.equal(await page.locator('.effektplan').count(), 8);
  // The new effect's plan is empty, so the step is not complete; the removed
  // effect's plan is not required.
  await steg12(page).getByText('○ Ej klar').waitFor();
  assert.deepEqual(await cells(rad(page.locator('#status-per-effekt'), `${KVALITATIVA[3]} (finns inte längre)`)),
    [`${KVALITATIVA[3]} (finns inte längre)`, '–', '–', '–', 'Ej uppföljd']);
  assert.deepEqual(m.konsolfel, []);
});
