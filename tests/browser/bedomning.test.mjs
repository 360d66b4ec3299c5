// Step 10, Bedömning: a user scores the example case by clicking the level
// descriptions (and once with the arrow keys), reads the score and summed
// priority worked out by hand, trips both gates, finds the weights and
// thresholds read-only (the värderingsmodell's), scores under the team's
// model once the user chooses it, and finds levels, weights, score and
// priority after a reload and in the export.
//
// The example (src/model/exempel.rs) is scored org 3, teknisk 2, lagkrav 1,
// strategiskt 3, genomförbarhet 3, potential 3, kvalitativa 3, negativa
// konsekvenser severity 1 (→ level 4 − 1 = 3). Its NNK, computed natively
// with the engine, is 129 023,49 / 1 871 521,09 = 0,0689 → economy band
// 0 ≤ NNK < 0,25 → level 1. Points = vikt × nivå / 4 at the default weights:
//   7,5×3/4 = 5,625   7,5×2/4 = 3,75   7,5×1/4 = 1,875   7,5×3/4 = 5,625
//   12,5×3/4 = 9,375  12,5×3/4 = 9,375 10×3/4 = 7,5     5×3/4 = 3,75
//   30×1/4 = 7,5
//   Σ = 54,375 → Medel (50 ≤ 54,375 < 70).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';
import { modellfil } from './hjalp_modell.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const grupp = (page, namn) => page.getByRole('group', { name: new RegExp(`^${namn}`) });
/** Clicks the label of a level; `borjan` is how the label starts ("4 – ", "Allvarlighet 0:"). */
async function valj(page, kriterium, borjan) {
  await grupp(page, kriterium).locator('label').filter({ hasText: new RegExp(`^${borjan}`) }).click();
}
// The total is shown with at most one decimal, cut (src/model/tal.rs,
// formatera_poang): 54,375 reads 54,3, so a score under a threshold never
// reads as reaching it.
async function lasPoang(page, poang, prioritering) {
  await page.locator('#bedomning-poang').filter({ hasText: `${poang} av 100` }).waitFor();
  assert.equal(await text(page.locator('#bedomning-poang')), `${poang} av 100`);
  // The table's total is the exact sum of its rows (5,625 + …); the score
  // above it is that sum cut to one decimal.
  assert.ok((await text(page.locator('#bedomning-summa'))).startsWith(poang), 'the total row is the score');
  assert.equal(await text(page.locator('#bedomning-prioritering')), prioritering);
}
const installningar = (page) => page.getByRole('region', { name: 'Vikter och tröskelvärden' });
const vikt = (page, kod) => installningar(page).locator(`#vikt-${kod}`);

test('the example opens at 54,375 points, Medel, with Ekonomi derived from NNK', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link').filter({ hasText: 'Bedömning' }).click();
  await page.waitForURL(/\/bedomning$/);
  await lasPoang(page, '54,3', 'Medel');
  assert.equal(await text(page.locator('#bedomning-skal')), 'Poängen 54,3 är minst 50 (gränsen för Medel) men under 70.');

  // Every level's description is on screen as the radio's label.
  const org = grupp(page, 'Angelägenhet, organisatorisk');
  assert.equal(await org.getByRole('radio').count(), 5);
  assert.match(await org.getByRole('radio', { name: /^3 – Problemen är mätta/ }).getAttribute('id'), /-3$/);
  assert.equal(await org.getByRole('radio', { name: /^3 – / }).isChecked(), true);
  assert.equal(await org.getByLabel('Motivering').inputValue(), 'Handläggningstiden är sju veckor och kön växer med 5 % om året.');
  assert.equal(await text(page.locator('#poang-angelagenhet_organisatorisk')), 'Poäng: 7,5 × 3 / 4 = 5,625');
  assert.equal(await text(page.locator('#poang-negativa_konsekvenser')), 'Poäng: 5 × 3 / 4 = 3,75');

  // Ekonomi: read-only, the NNK and its band, marked in text.
  const ekonomi = page.getByRole('region', { name: /^Ekonomi/ });
  assert.equal(await ekonomi.getByRole('radio').count(), 0);
  assert.equal(await text(page.locator('#ekonomi-nnk')), 'Nettonuvärdeskvoten (NNK) är 0,0689. Det ger nivå 1.');
  const band = ekonomi.getByRole('listitem');
  assert.equal(await band.count(), 5);
  assert.match(await text(ekonomi.locator('li[aria-current=true]')), /^1 – NNK från 0 till under 0,25\. ◀ förstudiens nivå$/);
  assert.equal(await text(page.locator('#poang-ekonomi')), 'Poäng: 30 × 1 / 4 = 7,5');
  assert.match(await ekonomi.getByRole('link', { name: 'steg 8, Kostnader och effekter' }).getAttribute('href'),
    /^\/forstudie\/fall\/[0-9a-f-]{36}\/kostnader-och-effekter$/);
  const rad = page.locator('.poangtabell tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Ekonomi' }) });
  assert.equal(await text(rad.getByRole('cell').nth(0)), '1 (NNK 0,0689)');
  assert.deepEqual(m.konsolfel, []);
});

test('choosing levels by clicking and with the arrow keys recomputes the score and priority live', async () => {
  const { page } = m;
  // teknisk 2 → 4: +7,5×2/4 = +3,75 → 58,125.
  await valj(page, 'Angelägenhet, teknisk', '4 – ');
  await lasPoang(page, '58,1', 'Medel');
  // strategiskt 3 → 4: +1,875 → 60.
  await valj(page, 'Strategiskt värde', '4 – ');
  await lasPoang(page, '60', 'Medel');
  // genomförbarhet 3 → 4 with the keyboard: +12,5/4 = +3,125 → 63,125.
  const genomf = grupp(page, 'Genomförbarhet');
  await genomf.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await genomf.getByRole('radio', { name: /^4 – / }).isChecked(), true);
  await lasPoang(page, '63,1', 'Medel');
  assert.equal(await text(page.locator('#poang-genomforbarhet')), 'Poäng: 12,5 × 4 / 4 = 12,5');
  // kvalitativa 3 → 4: +2,5 → 65,625; potential 3 → 4: +3,125 → 68,75 (< 70).
  await valj(page, 'Kvalitativa effekter och nytta', '4 – ');
  await lasPoang(page, '65,6', 'Medel');
  await valj(page, 'Potential att realisera effekterna', '4 – ');
  await lasPoang(page, '68,7', 'Medel');
  // Negative consequences: severity 1 → 0 is level 3 → 4: +5/4 = +1,25 → 70,
  // which is Hög (the threshold counts).
  await valj(page, 'Negativa konsekvenser', 'Allvarlighet 0:');
  await lasPoang(page, '70', 'Hög');
  assert.equal(await text(page.locator('#poang-negativa_konsekvenser')), 'Poäng: 5 × 4 / 4 = 5');
  assert.equal(await text(page.locator('#bedomning-skal')), 'Poängen 70 är minst 70 (gränsen för Hög).');
  assert.deepEqual(m.konsolfel, []);
});

test('the gates decide before the score: potential 0 sends back, lagkrav 4 must be done', async () => {
  const { page } = m;
  // Potential 4 → 0: 70 − 12,5 = 57,5, but the gate gives Återremiss.
  await valj(page, 'Potential att realisera effekterna', '0 – ');
  await lasPoang(page, '57,5', 'Återremiss');
  assert.match(await text(page.locator('#bedomning-skal')), /^Potential att realisera effekterna har nivå 0/);
  assert.match(await text(page.locator('.sparrar li.aktiv')), /Återremiss.*◀ gäller nu$/);
  await valj(page, 'Potential att realisera effekterna', '4 – ');
  await lasPoang(page, '70', 'Hög');
  // Lagkrav 1 → 4: +7,5×3/4 = +5,625 → 75,625, and the gate decides.
  await valj(page, 'Angelägenhet, lagkrav', '4 – ');
  await lasPoang(page, '75,6', 'Måste genomföras – prioritera hur');
  assert.match(await text(page.locator('#bedomning-skal')), /^Angelägenhet, lagkrav har nivå 4/);
  await valj(page, 'Angelägenhet, lagkrav', '1 – ');
  await lasPoang(page, '70', 'Hög');
  await grupp(page, 'Angelägenhet, teknisk').getByLabel('Motivering').fill('Systemet saknar stöd från 2028.');
  assert.deepEqual(m.konsolfel, []);
});

test('the weights and thresholds are the model\'s, read-only; the team\'s model applies when the user chooses', async () => {
  const { page, url } = m;
  const region = installningar(page);
  assert.equal(await region.locator('input, select, textarea, button').count(), 0, 'nothing to edit in the case');
  assert.match(await text(region), /Räknas under Handbokens standardmodell, version 1\./);
  assert.equal(await text(region.locator('#vikt-ekonomi')), '30');
  assert.equal(await text(region.locator('#vikt-angelagenhet_organisatorisk')), '7,5');
  assert.equal(await text(page.locator('#troskelvarden')), 'Tröskelvärden: Hög från 70 poäng, Medel från 50 poäng, Låg under 50 poäng.');

  // The team's model gives Angelägenhet, organisatorisk 5 and Ekonomi 32,5;
  // a förvaltning loads it on the start page. The case keeps its own
  // parameters until the user chooses.
  const fallet = page.url();
  const vikter = [
    ['angelagenhet_organisatorisk', '5'], ['angelagenhet_teknisk', '7.5'], ['angelagenhet_lagkrav', '7.5'],
    ['strategiskt_varde', '7.5'], ['genomforbarhet', '12.5'], ['potential_att_realisera', '12.5'],
    ['kvalitativa_effekter', '10'], ['negativa_konsekvenser', '5'], ['ekonomi', '32.5'],
  ].map(([kriterium, vikt]) => ({ kriterium, vikt }));
  const strategier = ['Digital samverkan för en effektivare förvaltning', 'Säkra digitala tjänster som skapar tillit',
    'Utgå från medborgarnas behov och livshändelser', 'Digitala tjänster för ökad delaktighet och innovation'];
  const fil = modellfil({ diskonteringsranta_procent: '3.0', vikter, strategier }, 'Teamets modell', '2');
  await page.goto(url);
  await page.getByLabel('Läs in värderingsmodell (.json)').setInputFiles({
    name: 'teamets-modell.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fil)),
  });
  await page.locator('#aktiv-modell').filter({ hasText: 'Teamets modell, version 2' }).waitFor();
  await page.goto(fallet);
  await lasPoang(page, '70', 'Hög');
  const rader = await region.locator('.skillnadstabell tbody tr').evaluateAll((tr) => tr.map((r) => [...r.children].map((c) => c.textContent)));
  assert.deepEqual(rader, [
    ['Vikt: Angelägenhet, organisatorisk', '7,5', '5'],
    ['Vikt: Ekonomi', '30', '32,5'],
  ]);

  // Org 3 at weight 5: 5×3/4 = 3,75 (was 5,625, −1,875); Ekonomi 1 at
  // 32,5: 32,5/4 = 8,125 (was 7,5, +0,625); 70 − 1,875 + 0,625 = 68,75 → Medel.
  await region.getByRole('button', { name: 'Räkna under Teamets modell, version 2' }).click();
  await lasPoang(page, '68,7', 'Medel');
  assert.match(await text(region), /Räknas under Teamets modell, version 2\./);
  assert.equal(await region.locator('.skillnadstabell tbody tr').count(), 0);
  assert.equal(await text(page.locator('#poang-angelagenhet_organisatorisk')), 'Poäng: 5 × 3 / 4 = 3,75');
  assert.equal(await text(page.locator('#poang-ekonomi')), 'Poäng: 32,5 × 1 / 4 = 8,125');
  await vantaPaSparat(page);
  assert.deepEqual(m.konsolfel, []);
});

test('after a reload the levels and weights are kept, and the export carries them with the score', async () => {
  const { page } = m;
  await page.reload();
  await lasPoang(page, '68,7', 'Medel');
  for (const [k, niva] of [['Angelägenhet, teknisk', '4 – '], ['Genomförbarhet', '4 – '], ['Angelägenhet, lagkrav', '1 – '],
    ['Negativa konsekvenser', 'Allvarlighet 0:']]) {
    assert.equal(await grupp(page, k).getByRole('radio', { name: new RegExp(`^${niva}`) }).isChecked(), true, k);
  }
  assert.equal(await grupp(page, 'Angelägenhet, teknisk').getByLabel('Motivering').inputValue(), 'Systemet saknar stöd från 2028.');
  assert.equal(await text(grupp(page, 'Angelägenhet, organisatorisk').locator('legend')), 'Angelägenhet, organisatorisk (vikt 5)');
  assert.equal(await text(vikt(page, 'angelagenhet_organisatorisk')), '5');
  assert.equal(await text(vikt(page, 'ekonomi')), '32,5');

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8'));
  const nivaer = Object.fromEntries(fil.forstudie.bedomning.nivaer.map((n) => [n.kriterium, n.niva]));
  assert.deepEqual(nivaer, {
    angelagenhet_organisatorisk: 3, angelagenhet_teknisk: 4, angelagenhet_lagkrav: 1, strategiskt_varde: 4,
    genomforbarhet: 4, potential_att_realisera: 4, kvalitativa_effekter: 4, negativa_konsekvenser: 0,
  });
  const vikter = Object.fromEntries(fil.forstudie.parametrar.vikter.map((v) => [v.kriterium, v.vikt]));
  assert.equal(vikter.angelagenhet_organisatorisk, '5');
  assert.equal(vikter.ekonomi, '32.5');
  assert.deepEqual(fil.forstudie.parametrar.troskelvarden, { hog: '70', medel: '50' });
  assert.deepEqual([fil.forstudie.vardermodell.namn, fil.forstudie.vardermodell.version], ['Teamets modell', '2']);
  assert.equal(fil.bedomning.poang, '68.75');
  assert.equal(fil.bedomning.prioritering, 'medel');
  assert.deepEqual(fil.bedomning.saknas, []);
  const ekonomi = fil.bedomning.kriterier.find((k) => k.kriterium === 'ekonomi');
  assert.deepEqual([ekonomi.niva, ekonomi.vikt, ekonomi.poang], [1, '32.5', '8.125']);
  const negativa = fil.bedomning.kriterier.find((k) => k.kriterium === 'negativa_konsekvenser');
  assert.deepEqual([negativa.vald_niva, negativa.niva, negativa.poang], [0, 4, '5']);
  assert.deepEqual(m.konsolfel, []);
});

test('back on the handbook\'s model, the case adopts it on request and scores with its weights again', async () => {
  const { page, url } = m;
  const fallet = page.url();
  await page.goto(url);
  await page.getByRole('button', { name: 'Sluta använda den inlästa modellen' }).click();
  await page.locator('#aktiv-modell').filter({ hasText: 'Handbokens standardmodell, version 1' }).waitFor();
  await page.goto(fallet);
  await lasPoang(page, '68,7', 'Medel');
  await installningar(page).getByRole('button', { name: 'Räkna under Handbokens standardmodell, version 1' }).click();
  // Default weights with the current levels: 68,75 + 1,875 − 0,625 = 70 → Hög.
  await lasPoang(page, '70', 'Hög');
  assert.equal(await text(vikt(page, 'ekonomi')), '30');
  assert.equal(await text(vikt(page, 'angelagenhet_organisatorisk')), '7,5');
  assert.deepEqual(m.konsolfel, []);
});

test('a new case: nothing decided until all is scored, no NNK without costs, a motivation written first is kept', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').waitFor();
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link').filter({ hasText: 'Bedömning' }).click();
  await lasPoang(page, '0', 'Inte avgjord ännu');
  assert.match(await text(page.locator('#bedomning-skal')),
    /^Prioriteringen avgörs när alla kriterier är bedömda: saknas Angelägenhet, organisatorisk, .*Negativa konsekvenser, Ekonomi\.$/);
  assert.match(await text(page.locator('#ekonomi-nnk')), /^NNK kan inte räknas: förstudien har inga kostnader.*Ekonomi saknas/);
  assert.equal(await page.locator('.ekonomiband li[aria-current]').count(), 0);
  assert.equal(await text(page.locator('#poang-ekonomi')), 'Poäng: 30 × – / 4: nivån saknas tills NNK kan räknas');

  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  assert.equal(await page.locator('.kriterium .felmeddelande:visible').filter({ hasText: 'Välj en nivå.' }).count(), 8);

  // A motivation typed before the level waits for it and is saved with it.
  const org = grupp(page, 'Angelägenhet, organisatorisk');
  await org.getByLabel('Motivering').fill('Kön växer.');
  assert.equal(await org.getByText('Motiveringen sparas när en nivå är vald.').isVisible(), true);
  await valj(page, 'Angelägenhet, organisatorisk', '2 – ');
  await lasPoang(page, '3,7', 'Inte avgjord ännu');
  // A gate decides even with criteria missing.
  await valj(page, 'Potential att realisera effekterna', '0 – ');
  await lasPoang(page, '3,7', 'Återremiss');
  await vantaPaSparat(page);
  await page.reload();
  await lasPoang(page, '3,7', 'Återremiss');
  assert.equal(await grupp(page, 'Angelägenhet, organisatorisk').getByLabel('Motivering').inputValue(), 'Kön växer.');
  assert.deepEqual(m.konsolfel, []);
});

test('the model documentation explains the assessment, without its test markers', async () => {
  const { page, url } = m;
  await page.goto(`${url}modell`);
  await page.getByRole('heading', { name: 'Bedömning och summerad prioritering', level: 2 }).waitFor();
  const dok = await text(page.locator('main'));
  assert.match(dok, /nivån som räknas är 4 - allvarlighet/);
  assert.doesNotMatch(dok, /<!--/);
  const summa = page.locator('table.doktabell tbody tr').filter({ has: page.getByRole('cell', { name: 'Summa', exact: true }) });
  assert.equal(await text(summa.getByRole('cell').last()), '60,625');
});
