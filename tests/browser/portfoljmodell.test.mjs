// The portfolio under the värderingsteam's model, and the team's assessment
// kept apart from the förvaltning's proposal: a copy of A whose own
// parameters say "Hög from 50" is ranked by the model's thresholds and
// names the difference; an assessment made in the portfolio travels in the
// exported file, is imported by the förvaltning and is what its summary
// reports; a summary of an unfinished case says Utkast on screen and in the
// PDF. Figures are worked by hand in src/portfolj/testfall.rs and
// src/portfolj/tester.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { miljo, vantaPaFokus } from './hjalp.mjs';
import { FILER, ID } from './portfoljfiler.mjs';
import { lasPdf } from './pdftext.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const ren = (t) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const tabell = (page) => page.locator('#portfoljtabell');
const KOPIA = '07070707-0707-4707-8707-070707070707';

/** A with its own thresholds: Hög (and Medel) from 50, the rest the handbook's. */
function kopiaMedHog50() {
  const f = JSON.parse(FILER.a);
  f.forstudie.id = KOPIA;
  f.forstudie.utvecklingsbehov.titel = 'A Kopia';
  f.forstudie.parametrar = { troskelvarden: { hog: '50', medel: '50' } };
  return JSON.stringify(f, null, 2);
}
const fil = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Rank, title (without markers) and priority per row. */
async function rader(page) {
  return tabell(page).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
    // The column of NNV per scenario and rate is tested in risk.test.mjs.
    const c = [...tr.children].filter((x) => !x.matches('.kanslighet')).map((x) => (x.querySelector('.titel') ?? x).textContent.trim());
    return [c[0], c[1], c[10]];
  }));
}

async function axe(page, vad) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], vad);
}

test('a copy with "Hög from 50" is ranked by the team\'s model and names the difference', async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  await page.getByLabel('Välj JSON-filer …').setInputFiles([
    fil('a.json', FILER.a), fil('c.json', FILER.c), fil('kopia.json', kopiaMedHog50()),
  ]);
  await page.getByRole('status').filter({ hasText: 'Läste in 3 av 3 filer.' }).waitFor();
  // By its own thresholds the copy (60,625) would be Hög and rank above A;
  // under the model (Hög from 70) it is Medel and shares A's rank, after C.
  assert.deepEqual(await rader(page), [
    ['1', 'C Lagkrav', 'Måste genomföras – prioritera hur'],
    ['2', 'A Bokning', 'Medel'],
    ['2', 'A Kopia', 'Medel'],
  ]);
  assert.match(ren(await page.locator('#portfolj-modell').textContent()),
    /^Alla förstudier räknas om, poängsätts och rangordnas under värderingsmodellen Handbokens standardmodell, version 1, inte med parametrarna i filerna\. 3 förstudier anger ingen modell, en annan modell eller egna parametrar; de är märkta i tabellen/);
  const kopia = tabell(page).locator('tbody tr').nth(2).locator('th');
  // The files name no model: each says so in text.
  assert.equal(ren(await kopia.locator('.markering.modell').textContent()), 'Ingen modell angiven');
  await kopia.getByText('Jämför med förstudiens egna parametrar').click();
  const par = (dl) => dl.locator(':scope > div').evaluateAll((ds) => ds.map((d) =>
    [...d.children].map((c) => c.textContent.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim())));
  assert.deepEqual(await par(kopia.locator('dl.jamforelse-parametrar')),
    [['Tröskelvärde Hög (poäng)', 'I förstudien: 50', 'I modellen: 70']]);
  assert.deepEqual(await par(kopia.locator('dl.jamforelse-resultat')), [
    ['NNV', 'Egna parametrar: 3 897,52', 'Modellen: 3 897,52'],
    ['NNK', 'Egna parametrar: 0,3898', 'Modellen: 0,3898'],
    ['Poäng', 'Egna parametrar: 60,6', 'Modellen: 60,6'],
    ['Prioritering', 'Egna parametrar: Hög', 'Modellen: Medel'],
  ]);
  // A's parameters are the model's: only the missing name differs.
  const a = tabell(page).locator('tbody tr').nth(1).locator('th');
  await a.getByText('Jämför med förstudiens egna parametrar').click();
  await a.getByText('Parametrarna i filen är desamma som modellens, så resultaten är desamma').waitFor();
  assert.equal(await a.locator('dl').count(), 0);
  await axe(page, 'portfölj med öppen jämförelse');
  await page.getByRole('button', { name: 'Rensa portföljen' }).click();
  await page.getByText('Portföljen är tom.').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('the team\'s assessment goes back in the file; the förvaltning\'s summary reports it, marked Utkast', async () => {
  const { page, url } = m;
  await page.getByLabel('Välj JSON-filer …').setInputFiles([fil('b.json', FILER.b)]);
  await page.getByRole('status').filter({ hasText: 'Läste in 1 av 1 filer.' }).waitFor();
  await page.getByRole('button', { name: 'Bedöm B Arkiv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bedöm ”B Arkiv”' });
  await dialog.waitFor();
  await dialog.getByText('Nivåerna är förvaltningens förslag').waitFor();
  // B from 35: genomförbarhet 2 → 4 adds 12,5 × 2/4 = 6,25: 41,25, Låg.
  await dialog.getByRole('group', { name: /^Genomförbarhet/ }).getByLabel('Nivå').selectOption('4');
  await dialog.getByText('Poäng med de här nivåerna, under värderingsteamets modell: 41,2 av 100. Summerad prioritering: Låg.').waitFor();
  // Without a name it is not saved.
  const namn = dialog.getByLabel('Bedömd av (ditt namn)');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await dialog.getByText('Skriv ditt namn: värderingsteamets bedömning sparas med vem som gjort den.').waitFor();
  assert.equal(await namn.getAttribute('aria-invalid'), 'true');
  await vantaPaFokus(page, (e) => e?.id, 'pb-namn');
  await namn.fill('Eva Ek');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const b = tabell(page).locator('tbody tr').first();
  await b.getByText('Bedömd av värderingsteamet (Eva Ek)').waitFor();
  assert.equal(ren(await b.locator('td:not(.kanslighet)').nth(8).textContent()), '41,2');

  const [nedladdning] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera B Arkiv (JSON)' }).click()]);
  const sokvag = await nedladdning.path();
  const json = JSON.parse(await fs.readFile(sokvag, 'utf8'));
  const team = json.forstudie.teambedomning;
  assert.equal(team.bedomd_av, 'Eva Ek');
  assert.deepEqual([team.modell.namn, team.modell.version], ['Handbokens standardmodell', '1']);
  assert.match(team.modell.hash, /^sha256:[0-9a-f]{64}$/);
  assert.equal(team.bedomning.nivaer.find((n) => n.kriterium === 'genomforbarhet').niva, 4);
  // The förvaltning's proposal is in the file as it was.
  assert.equal(json.forstudie.bedomning.nivaer.find((n) => n.kriterium === 'genomforbarhet').niva, 2);
  assert.equal(json.bedomning.poang, '41.25');
  const datum = team.tidpunkt.slice(0, 10);
  assert.match(datum, /^\d{4}-\d\d-\d\d$/);

  // The förvaltning imports it.
  await page.goto(url);
  await page.getByLabel('Importera förstudie (.json)').setInputFiles(sokvag);
  await page.getByRole('status').filter({ hasText: 'Importerade ”\u2068B Arkiv\u2069”.' }).waitFor();
  await page.goto(`${url}fall/${ID.b}/varderingssammanstallning`);
  await page.locator('#sam-prioritet').waitFor();
  const rubrik = `Värderingsteamets bedömning, Eva Ek, ${datum}, Handbokens standardmodell, version 1`;
  assert.equal(ren(await page.locator('#sam-bedomningskalla').textContent()), rubrik);
  assert.equal(ren(await page.locator('#sam-prioritet').textContent()), 'Låg');
  await page.getByText('(41,2 poäng av 100)').waitFor();
  // B has only a title, names and figures: a draft.
  const utkast = ren(await page.locator('#sam-utkast').textContent());
  assert.match(utkast, /^Utkast – förstudien är inte klar\. Steg som inte är klara: Utvecklingsbehov, Orsaksanalys, /);
  await axe(page, 'sammanställning, utkast med teamets bedömning');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#sam-utkast').isVisible(), 'the draft marker prints');
  const pdf = lasPdf(await page.pdf({ format: 'A4' }));
  const text = pdf.sidor.map((s) => ren(s.text)).join(' ');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(ren(pdf.sidor[0].text).includes('Utkast'), 'page 1 of the PDF says Utkast');
  assert.ok(text.includes(rubrik), 'the PDF names the team\'s assessment');

  // Step 10 is the förvaltning's proposal, and says the team has assessed.
  await page.goto(`${url}fall/${ID.b}/bedomning`);
  const forslag = ren(await page.locator('#bedomning-forslag').textContent());
  assert.match(forslag, /^Förvaltningens förslag\. Det här är förvaltningens egen bedömning\./);
  assert.ok(forslag.includes(`${rubrik} finns i förstudien`), forslag);
  assert.deepEqual(m.konsolfel, []);
});

test('without the team\'s assessment the summary reports the proposal as such; a complete case is no draft', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link')
    .filter({ hasText: 'Värderingssammanställning' }).click();
  await page.locator('#sam-prioritet').waitFor();
  assert.equal(ren(await page.locator('#sam-bedomningskalla').textContent()), 'Förvaltningens förslag, ej fastställd');
  assert.equal(await page.locator('#sam-utkast').count(), 0);
  await page.emulateMedia({ media: 'print' });
  const pdf = lasPdf(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  const text = pdf.sidor.map((s) => ren(s.text)).join(' ');
  assert.ok(!text.includes('Utkast'), 'a complete case prints without Utkast');
  assert.ok(text.includes('Förvaltningens förslag, ej fastställd'));
  assert.deepEqual(m.konsolfel, []);
});
