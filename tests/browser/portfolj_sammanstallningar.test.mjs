// The portfolio's two compilations for the committee, read as the user
// sees them, on a fixed date (2029-03-01) so stages that follow the
// calendar are known. Four files:
//   A  (portfolio test case A, only steps 1, 8, 10): Förstudie pågår;
//      Kulturnämnden, K 10 000,00, NNV 3 897,52 (src/portfolj/testfall.rs);
//   X1 the example case (schema/exempel.json): every step complete, no
//      decision: Klar för värdering; Socialnämnden, K 1 940 000,00,
//      NNV 129 023,49; asks the fund for 700 000 (2027) and 60 000 a year
//      (2028–2031);
//   X2 the example, decided 2026-11-30: the period began 2027, so Genomförs;
//   X3 the example, decided, a follow-up of e-porto (2029-02-01) reporting
//      45 000 realised in 2028: Effekthemtagning.
// By hand:
//   per stage: 1 / 10 000,00 / 3 897,52; 1 / 1 940 000,00 / 129 023,49;
//   0; 0; 1 / 1 940 000,00 / 129 023,49; 1 / 1 940 000,00 / 129 023,49;
//   total 4 / 5 830 000,00 / 390 967,99 (3 897,52 + 3 × 129 023,49).
//   Socialnämnden: 0, 1, 0, 0, 1, 1 → 3 / 5 820 000,00 / 387 070,47.
//   Fund (source "Kommunstyrelsens digitaliseringsfond", frame 200 000 000):
//   granted (X2 + X3) 2027 1 400 000, 2028–2031 120 000 each = 1 880 000;
//   planned (X1) 700 000 and 60 000 a year = 940 000; remaining
//   198 120 000,00 after granted, 197 180 000,00 after planned.
//   Planned effects (X2 + X3, RAM + FRI of the example, twice):
//   2027 0; 2028 2 × 371 102,40 = 742 204,80; 2029 2 × 556 653,60 =
//   1 113 307,20; 2030 and 2031 2 × 618 504 = 1 237 008,00;
//   sum 4 329 528,00. Realised: 2028 45 000,00.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { miljo } from './hjalp.mjs';
import { lasPdf } from './pdftext.mjs';
import { FILER } from './portfoljfiler.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const ren = (t) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const exempel = JSON.parse(await fs.readFile(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'exempel.json'), 'utf8'));

function variant(id, titel, andra) {
  const fil = structuredClone(exempel);
  delete fil.vardering;
  delete fil.bedomning;
  fil.forstudie.id = id;
  fil.forstudie.utvecklingsbehov.titel = titel;
  andra?.(fil.forstudie);
  return JSON.stringify(fil, null, 2);
}
const beslut = (f) => { f.effekthemtagning = { ...f.effekthemtagning, beslut: { datum: '2026-11-30', referens: 'KS 2026/88 § 4' } }; };

async function tabell(page, id) {
  return page.locator(`#${id} tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
}

test('status by stage and nämnd, the fund economy per year, CSV and print', async () => {
  const { page, url } = m;
  await page.clock.setFixedTime(new Date('2029-03-01T10:00:00'));
  const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'sammanstallningar-'));
  const filer = {
    'a.json': FILER.a,
    'x1.json': variant('11111111-1111-4111-8111-111111111111', 'X1 Klar'),
    'x2.json': variant('22222222-2222-4222-8222-222222222222', 'X2 Genomförs', beslut),
    'x3.json': variant('33333333-3333-4333-8333-333333333333', 'X3 Följs upp', (f) => {
      beslut(f);
      f.effekthemtagning.planer = [{
        effekt_id: 'e-porto', slag: 'ekonomisk',
        uppfoljningar: [{ datum: '2029-02-01', varde: '', kommentar: '', realiserat: { ar: 2028, belopp: '45000.00' } }],
      }];
    }),
  };
  const vagar = [];
  for (const [namn, text] of Object.entries(filer)) {
    await fs.writeFile(path.join(katalog, namn), text);
    vagar.push(path.join(katalog, namn));
  }
  await page.goto(`${url}portfolj`);
  await page.getByLabel('Välj JSON-filer …').setInputFiles(vagar);
  await page.getByText('Läste in 4 av 4 filer.').waitFor();

  const perFas = (await tabell(page, 'statustabell')).map((r) => r.map(ren));
  assert.deepEqual(perFas, [
    ['Fas', 'Antal', 'Kostnad', 'NNV'],
    ['Förstudie pågår', '1', '10 000,00', '3 897,52'],
    ['Klar för värdering', '1', '1 940 000,00', '129 023,49'],
    ['Värderad', '0', '0,00', '0,00'],
    ['Beslutad', '0', '0,00', '0,00'],
    ['Genomförs', '1', '1 940 000,00', '129 023,49'],
    ['Effekthemtagning', '1', '1 940 000,00', '129 023,49'],
    ['Totalt', '4', '5 830 000,00', '390 967,99'],
  ]);
  const perNamnd = (await tabell(page, 'statusnamnder')).map((r) => r.map(ren));
  assert.deepEqual(perNamnd.slice(1), [
    ['Kulturnämnden', '1', '0', '0', '0', '0', '0', '1', '10 000,00', '3 897,52'],
    ['Socialnämnden', '0', '1', '0', '0', '1', '1', '3', '5 820 000,00', '387 070,47'],
    ['Alla nämnder', '1', '1', '0', '0', '1', '1', '4', '5 830 000,00', '390 967,99'],
  ]);

  await page.getByLabel('Finansieringskällans namn i förstudierna').fill('Kommunstyrelsens digitaliseringsfond');
  await page.getByLabel('Finansieringskällans namn i förstudierna').press('Tab');
  await page.getByLabel('Fondens ram (kr)').fill('200 000 000');
  await page.getByLabel('Fondens ram (kr)').press('Tab');
  await page.locator('#fondnyckeltal').getByText('198 120 000,00').waitFor();
  const nyckeltal = async () => (await page.locator('#fondnyckeltal > div').evaluateAll((ds) => ds.map((d) =>
    [d.querySelector('dt').textContent, d.querySelector('dd').textContent]))).map((p) => p.map(ren));
  assert.deepEqual(await nyckeltal(), [
    ['Fondens ram', '200 000 000,00'], ['Beviljat', '1 880 000,00'], ['Återstår efter beviljat', '198 120 000,00'],
    ['Planerat', '940 000,00'], ['Återstår om det planerade beviljas', '197 180 000,00'],
  ]);
  const ekonomi = (await tabell(page, 'ekonomitabell')).map((r) => r.map(ren));
  assert.deepEqual(ekonomi, [
    ['År', 'Beviljat', 'Planerat', 'Planerade effekter', 'Realiserade effekter'],
    ['2027', '1 400 000,00', '700 000,00', '0,00', '–'],
    ['2028', '120 000,00', '60 000,00', '742 204,80', '45 000,00'],
    ['2029', '120 000,00', '60 000,00', '1 113 307,20', '–'],
    ['2030', '120 000,00', '60 000,00', '1 237 008,00', '–'],
    ['2031', '120 000,00', '60 000,00', '1 237 008,00', '–'],
    ['Summa', '1 880 000,00', '940 000,00', '4 329 528,00', '45 000,00'],
  ]);
  assert.equal(ren(await page.locator('#effektjamforelse').textContent()),
    'Under de år som följts upp är 45 000,00 kr realiserat mot 742 204,80 kr planerat.');

  // A negative frame is refused at the field and the last valid one stays.
  await page.getByLabel('Fondens ram (kr)').fill('-5');
  await page.getByLabel('Fondens ram (kr)').press('Tab');
  await page.getByText('Ramen kan inte vara negativ.').waitFor();
  assert.deepEqual((await nyckeltal())[0], ['Fondens ram', '200 000 000,00']);
  await page.getByLabel('Fondens ram (kr)').fill('200000000');
  await page.getByLabel('Fondens ram (kr)').press('Tab');

  // CSV for Swedish Excel.
  const [status] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera statusen (CSV)' }).click()]);
  const statusText = await fs.readFile(await status.path(), 'utf8');
  assert.ok(statusText.startsWith('\ufeffNämnd;Fas;Antal;Kostnad (nominellt);NNV\r\n'));
  assert.match(statusText, /\r\nSocialnämnden;Genomförs;1;1940000,00;129023,49\r\n/);
  assert.match(statusText, /\r\nAlla nämnder;Alla faser;4;5830000,00;390967,99\r\n$/);
  const [ekonomiFil] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera ekonomin (CSV)' }).click()]);
  const ekonomiText = await fs.readFile(await ekonomiFil.path(), 'utf8');
  assert.match(ekonomiText, /\r\n2028;120000,00;60000,00;742204,80;45000,00\r\n/);
  assert.match(ekonomiText, /\r\nÅterstår om det planerade beviljas;197180000,00\r\n$/);

  // Print: only the compilations, the economy on a page of its own.
  const pdf = lasPdf(await page.pdf({ format: 'A4' }));
  const sidor = pdf.sidor.map((s) => ren(s.text));
  assert.ok(sidor.length >= 2, `${sidor.length} pages`);
  assert.ok(sidor[0].includes('Utvecklingsbehovens status'), sidor[0].slice(0, 200));
  assert.ok(!sidor.some((s) => s.includes('Välj JSON-filer')), 'the file picker is not printed');
  const ekonomisida = sidor.findIndex((s) => s.includes('Portföljens ekonomi'));
  assert.ok(ekonomisida >= 1 && !sidor[ekonomisida].includes('Utvecklingsbehovens status'));
  assert.ok(sidor[ekonomisida].includes('4 329 528,00'));
  await fs.rm(katalog, { recursive: true, force: true });
});
