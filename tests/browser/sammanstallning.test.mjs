// The valuation summary (step 11) of the shipped example: the eleven items
// of the handbook's summary with their figures, the explanations behind
// them, and the printed form (A4, at most three pages).
//
// Figures worked by hand (src/vardering/sammanstallning.rs tests the same):
// costs Socialnämnden 710 000 + 200 000 + 3 × 180 000 = 1 450 000,
// Kommunstyrelsen 250 000 + 4 × 60 000 = 490 000, together 1 940 000;
// effects of Socialnämnden at p = 0, 60, 90, 100, 100 %: ramjustering
// 210 000 + 315 000 = 525 000, frigjort 1 200 h × 390,42 kr = 468 504,00 a
// year → 281 102,40 + 421 653,60 + 2 × 468 504,00 = 1 639 764,00, total
// 2 164 764,00; financing (fond 700 000 + 4 × 60 000, Socialnämndens ram
// 260 000 + 200 000 + 3 × 180 000) covers the costs 960 000, 260 000,
// 240 000 … exactly; score 54,375 → Medel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { miljo } from './hjalp.mjs';
import { lasPdf } from './pdftext.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const ELVA = [
  'Tidsplan', 'Finansiering', 'Total kostnad per nämnd', 'Nettoeffekter per år',
  'Total ekonomisk effekt per nämnd', 'Kvalitativa effekter', 'Angelägenhet', 'Genomförbarhet och potential',
  'Övergripande förutsättningar', 'Summerad prioritering', 'Konsekvenser att beakta',
];

const ren = (t) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const text = async (loc) => ren(await loc.textContent());
const del = (page, rubrik) => page.getByRole('region', { name: rubrik, exact: true });

/** The cells of the row whose header is `rad` (all its th and td texts). */
async function rad(tabell, ...rubriker) {
  let rader = tabell.locator('tr');
  for (const r of rubriker) rader = rader.filter({ has: tabell.page().getByRole('rowheader', { name: r, exact: true }) });
  assert.equal(await rader.count(), 1, `one row ${rubriker.join(' / ')}`);
  return (await rader.locator('th, td').allTextContents()).map(ren);
}

/** "1 234,50" as öre, exactly (no floats). */
const ore = (t) => {
  const [hel, dec = '00'] = ren(t).replace(/ kr$/, '').replace(/ /g, '').split(',');
  const tal = BigInt(hel.replace('-', '')) * 100n + BigInt(dec.padEnd(2, '0'));
  return hel.startsWith('-') ? -tal : tal;
};

async function oppnaSammanstallningen(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link')
    .filter({ hasText: 'Värderingssammanställning' }).click();
  await page.waitForURL(/\/varderingssammanstallning$/);
  await page.locator('#sam-prioritet').waitFor();
}

test('the summary of the example has the eleven items with their hand-worked figures', async () => {
  const { page, url } = m;
  await oppnaSammanstallningen(page, url);
  assert.equal(await text(page.locator('#stegrubrik')), 'Värderingssammanställning');
  const rubriker = (await page.locator('.sam-del > h3').allTextContents()).map(ren);
  assert.deepEqual(rubriker, ELVA);

  const tidsplan = del(page, 'Tidsplan').getByRole('table');
  assert.deepEqual(await rad(tidsplan, 'Avrop av integration'), ['Avrop av integration', '2027-01-10', '2027-03-31']);
  assert.equal(await tidsplan.locator('tbody tr').count(), 4);

  const fin = del(page, 'Finansiering').getByRole('table');
  assert.deepEqual(await rad(fin, 'Summa finansiering'),
    ['Summa finansiering', '960 000,00', '260 000,00', '240 000,00', '240 000,00', '240 000,00', '1 940 000,00']);
  assert.deepEqual(await rad(fin, 'Kostnader'),
    ['Kostnader', '960 000,00', '260 000,00', '240 000,00', '240 000,00', '240 000,00', '1 940 000,00']);
  assert.deepEqual(await rad(fin, 'Skillnad'),
    ['Skillnad', '0,00', '0,00', '0,00', '0,00', '0,00', '0,00']);
  assert.deepEqual(await rad(fin, 'Kommunstyrelsens digitaliseringsfond'),
    ['Kommunstyrelsens digitaliseringsfond', '700 000,00', '60 000,00', '60 000,00', '60 000,00', '60 000,00', '940 000,00']);
  assert.equal(await text(page.locator('#sam-underskott')),
    'Finansieringen täcker kostnaderna varje år under kalkylperioden.');

  const kostnad = del(page, 'Total kostnad per nämnd').getByRole('table');
  assert.deepEqual(await rad(kostnad, 'Socialnämnden'),
    ['Socialnämnden', '710 000,00', '200 000,00', '180 000,00', '180 000,00', '180 000,00', '1 450 000,00']);
  assert.deepEqual(await rad(kostnad, 'Kommunstyrelsen'),
    ['Kommunstyrelsen', '250 000,00', '60 000,00', '60 000,00', '60 000,00', '60 000,00', '490 000,00']);
  assert.deepEqual(await rad(kostnad, 'Alla nämnder'),
    ['Alla nämnder', '960 000,00', '260 000,00', '240 000,00', '240 000,00', '240 000,00', '1 940 000,00']);

  const netto = del(page, 'Nettoeffekter per år');
  assert.equal(await text(netto.locator('#nyckel-nnv')), '129 023,49 kr');
  assert.equal(await text(netto.locator('#nyckel-aterbetalning')), '2031');
  assert.equal(await text(netto.locator('#nyckel-nnk')), '0,0689');
  assert.deepEqual(await rad(netto.locator('#netto-per-ar'), '2028'),
    ['2028', '260 000,00 kr', '90 000,00 kr', '281 102,40 kr', '111 102,40 kr', '-848 897,60 kr']);
  const diagram = netto.getByRole('img', { name: 'Nettoeffekt per år och ackumulerat netto' });
  assert.match(ren(await diagram.locator('desc').textContent()), /2031: netto 378 504,00 kr, ackumulerat 224 764,00 kr\./);

  const effekt = del(page, 'Total ekonomisk effekt per nämnd').getByRole('table');
  assert.deepEqual(await rad(effekt, 'Socialnämnden', 'Personal'),
    ['Socialnämnden', 'Personal', '1 639 764,00', '0,00', '1 639 764,00']);
  assert.deepEqual(await rad(effekt, 'Socialnämnden', 'Konsulter och externa tjänster'),
    ['Socialnämnden', 'Konsulter och externa tjänster', '0,00', '315 000,00', '315 000,00']);
  assert.deepEqual(await rad(effekt, 'Socialnämnden', 'Summa'),
    ['Socialnämnden', 'Summa', '1 639 764,00', '525 000,00', '2 164 764,00']);
  assert.deepEqual(await rad(effekt, 'Kommunstyrelsen', 'Inga effektrader'),
    ['Kommunstyrelsen', 'Inga effektrader', '0,00', '0,00', '0,00']);
  assert.deepEqual(await rad(effekt, 'Alla nämnder'), ['Alla nämnder', 'Summa', '1 639 764,00', '525 000,00', '2 164 764,00']);

  const kval = del(page, 'Kvalitativa effekter');
  const positiva = kval.getByRole('table', { name: 'Positiva effekter' });
  const negativa = kval.getByRole('table', { name: 'Negativa effekter' });
  assert.equal(await positiva.locator('tbody tr').count(), 3);
  assert.deepEqual(await rad(negativa, 'Sökande utan e-legitimation kan uppleva sig sämre bemötta'),
    ['Sökande utan e-legitimation kan uppleva sig sämre bemötta', 'Invånare', '1 – liten', 'Andel ansökningar på papper']);

  const angelagenhet = del(page, 'Angelägenhet');
  const org = await rad(angelagenhet.getByRole('table'), 'Angelägenhet, organisatorisk');
  assert.equal(org[1], '3');
  assert.match(org[2], /^Problemen är mätta/);
  assert.equal(org[3], 'Handläggningstiden är sju veckor och kön växer med 5 % om året.');
  assert.equal(org[4], '5,625 av 7,5');
  assert.equal((await rad(angelagenhet.getByRole('table'), 'Strategiskt värde'))[4], '5,625 av 7,5');
  assert.match(await text(angelagenhet), /bidrar till: Utgå från medborgarnas behov och livshändelser; Digital samverkan/);

  const genomf = del(page, 'Genomförbarhet och potential').getByRole('table');
  assert.equal((await rad(genomf, 'Genomförbarhet'))[4], '9,375 av 12,5');
  assert.equal((await rad(genomf, 'Potential att realisera effekterna'))[4], '9,375 av 12,5');

  assert.match(await text(del(page, 'Övergripande förutsättningar')), /E-tjänstplattformen och e-legitimation finns i kommunen/);

  const prio = del(page, 'Summerad prioritering');
  assert.equal(await text(prio.locator('#sam-prioritet')), 'Medel');
  assert.match(await text(prio), /Medel \(54,3 poäng av 100\)/);
  assert.match(await text(prio), /Poängen 54,3 är minst 50 \(gränsen för Medel\) men under 70\./);
  assert.deepEqual(await rad(prio.getByRole('table'), 'Ekonomi'), ['Ekonomi', '1', '30', '7,5']);
  assert.deepEqual(await rad(prio.getByRole('table'), 'Negativa konsekvenser'),
    ['Negativa konsekvenser', '3 (allvarlighet 1)', '5', '3,75']);
  assert.deepEqual(await rad(prio.getByRole('table'), 'Summa'), ['Summa', '54,375']);

  const konsekvenser = del(page, 'Konsekvenser att beakta');
  assert.match(await text(konsekvenser), /Pappersblanketten finns kvar/);
  assert.deepEqual((await rad(konsekvenser.getByRole('table', { name: 'Risker' }),
    'Integrationen mot verksamhetssystemet blir försenad')).slice(1, 4), ['3', '5', 'Hög']);
  assert.deepEqual(m.konsolfel, []);
});

test('every money total in the summary is the sum of the parts shown beside it', async () => {
  const { page } = m;
  for (const id of ['#sam-finansieringstabell', '#sam-kostnadstabell']) {
    const tabell = page.locator(id);
    const kropp = await tabell.locator('tbody tr').evaluateAll((rader) =>
      rader.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));
    const summa = (await tabell.locator('tfoot tr').first().locator('td').allTextContents()).map(ore);
    for (let k = 0; k < summa.length; k++) {
      assert.equal(kropp.reduce((s, r) => s + ore(r[k]), 0n), summa[k], `${id}, kolumn ${k}`);
    }
    for (const r of [...kropp, ...(await tabell.locator('tfoot tr').evaluateAll((rader) =>
      rader.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))))]) {
      const ar = r.slice(0, -1).map(ore);
      assert.equal(ar.reduce((s, x) => s + x, 0n), ore(r[r.length - 1]), `${id}, rad ${r}`);
    }
  }
  // Financing − costs = difference, year by year.
  const fin = page.locator('#sam-finansieringstabell tfoot tr');
  const [f, k, d] = await Promise.all([0, 1, 2].map(async (i) => (await fin.nth(i).locator('td').allTextContents()).map(ore)));
  f.forEach((_, i) => assert.equal(f[i] - k[i], d[i]));
  // Effects: frigjort + ramjustering = totalt on every row; a nämnd's sum
  // row is the sum of its kostnadstyper.
  const effekt = await page.locator('#sam-effekttabell tr:has(td)').evaluateAll((rader) =>
    rader.map((r) => ({ namn: r.querySelector('th').textContent, typ: r.querySelectorAll('th')[1].textContent,
      tal: [...r.querySelectorAll('td')].map((c) => c.textContent) })));
  for (const r of effekt) {
    const [fri, ram, tot] = r.tal.map(ore);
    assert.equal(fri + ram, tot, `${r.namn} ${r.typ}`);
  }
  const typer = effekt.filter((r) => r.namn === 'Socialnämnden' && r.typ !== 'Summa');
  const summa = effekt.find((r) => r.namn === 'Socialnämnden' && r.typ === 'Summa');
  assert.equal(typer.length, 3);
  assert.equal(typer.reduce((s, r) => s + ore(r.tal[2]), 0n), ore(summa.tal[2]));
  // The points add up to the score.
  const poang = await page.locator('#sam-poangtabell tbody td:last-child').allTextContents();
  const tusendelar = (t) => { const [h, d = ''] = ren(t).split(','); return BigInt(h) * 1000n + BigInt(d.padEnd(3, '0')); };
  assert.equal(poang.reduce((s, p) => s + tusendelar(p), 0n), tusendelar(await page.locator('#sam-poangtabell tfoot td').textContent()));
});

test('explanations open with the formula, the inputs and the lines they sum', async () => {
  const { page } = m;
  const oppna = async (namn) => {
    const d = page.locator('details.forklaring').filter({ has: page.getByText(namn, { exact: true }) });
    await d.locator('summary').click();
    // The explanation's body is rendered when it opens: wait for it.
    await d.locator(':scope > :not(summary)').first().waitFor();
    return d;
  };
  const kostnad = await oppna('Förklara kostnaden för Socialnämnden');
  const tabell = kostnad.getByRole('table', { name: 'Kostnadsrader för Socialnämnden (kronor)' });
  assert.deepEqual(await rad(tabell, 'Licens för e-tjänsten på plattformen (Licenser)'),
    ['Licens för e-tjänsten på plattformen (Licenser)', '180 000,00', '180 000,00', '180 000,00', '180 000,00', '180 000,00', '900 000,00']);
  assert.equal((await rad(tabell, 'Utbildning av handläggare och information till sökande (Utbildning och förändringsledning)'))[6], '100 000,00');
  assert.deepEqual(await rad(tabell, 'Summa'),
    ['Summa', '710 000,00', '200 000,00', '180 000,00', '180 000,00', '180 000,00', '1 450 000,00']);
  assert.match(await text(kostnad), /2027: 450 000,00 kr/);

  const effekt = await oppna('Förklara effekten för Socialnämnden');
  const e = await text(effekt);
  assert.match(e, /Total ekonomisk effekt för Socialnämnden = frigjort ramutrymme \+ ramjustering = 1 639 764,00 kr \+ 525 000,00 kr = 2 164 764,00 kr\./);
  assert.match(e, /2028: 1 200 h × 390,42 kr per timme × 60 % = 281 102,40 kr/);
  assert.match(e, /2029: 90 000,00 kr × 90 % = 81 000,00 kr/);

  const finansiering = await oppna('Förklara finansieringen');
  assert.match(await text(finansiering),
    /2027: finansiering 960 000,00 kr - kostnader 960 000,00 kr = 0,00 kr\. Kostnaderna: Kommunstyrelsen 250 000,00 kr \+ Socialnämnden 710 000,00 kr\./);

  const prio = await oppna('Förklara prioriteringen');
  const p = await text(prio);
  assert.match(p, /Ekonomi: 30 × 1 \/ 4 = 7,5/);
  assert.match(p, /Negativa konsekvenser: nivå 4 - allvarlighet 1 = 3; 5 × 3 \/ 4 = 3,75/);
  assert.match(p, /NNK är 0,0689, så nivån blir 1\./);

  // The assessment is read-only here; its link leads to the Bedömning step.
  await page.getByRole('link', { name: 'Ändra bedömningen i steget Bedömning' }).click();
  await page.waitForURL(/\/bedomning$/);
  await page.goBack();
  await page.locator('#sam-prioritet').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('printing: the button prints, print media shows only the summary, and the A4 PDF has at most three pages with the figures', async () => {
  const { page } = m;
  // Every explanation closed, then one opened.
  await page.reload();
  await page.locator('#sam-prioritet').waitFor();
  await page.evaluate(() => { window.__utskrifter = 0; window.print = () => { window.__utskrifter += 1; }; });
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  assert.equal(await page.evaluate(() => window.__utskrifter), 1);

  await page.locator('details.forklaring').filter({ hasText: 'Förklara effekten för Socialnämnden' }).locator('summary').click();
  await page.emulateMedia({ media: 'print' });
  for (const dold of [
    page.getByRole('navigation', { name: 'Förstudiens steg' }),
    page.getByRole('button', { name: 'Skriv ut' }),
    page.getByRole('button', { name: 'Exportera (.json)' }),
    page.getByRole('link', { name: 'Alla förstudier' }),
    page.getByText('Förklara kostnaden för Socialnämnden', { exact: true }),
  ]) assert.equal(await dold.isVisible(), false, `${dold} syns inte vid utskrift`);
  for (const rubrik of ELVA) assert.ok(await del(page, rubrik).isVisible(), rubrik);
  assert.ok(await page.getByText(/1\s200 h × 390,42\skr per timme × 60 %/).isVisible(), 'the opened explanation prints');
  const synligt = ren(await page.locator('main').innerText());
  for (const t of ['2 164 764,00', '1 940 000,00', '54,3', '129 023,49 kr']) assert.ok(synligt.includes(t), t);

  // The PDF: pages counted from its page tree, text read from its content
  // streams (inflated, glyphs through each font's ToUnicode map).
  const medForklaring = lasPdf(await page.pdf({ format: 'A4' }));
  assert.match(medForklaring.sidor.map((s) => ren(s.text)).join(' '), /1 200 h × 390,42 kr per timme × 60 % = 281 102,40 kr/);
  await page.locator('details.forklaring[open] summary').click();
  const pdf = lasPdf(await page.pdf({ format: 'A4' }));
  assert.ok(pdf.sidor.length >= 1 && pdf.sidor.length <= 3, `${pdf.sidor.length} sidor`);
  assert.equal(pdf.antalPageObjekt, pdf.sidor.length);
  const alltext = pdf.sidor.map((s) => ren(s.text)).join(' ');
  for (const rubrik of ['Exempel: Digital ansökan om färdtjänst', 'Värderingssammanställning', ...ELVA]) {
    assert.ok(alltext.includes(rubrik), `PDF:en har rubriken ${rubrik}`);
  }
  for (const t of ['1 450 000,00', '1 940 000,00', '700 000,00', '129 023,49 kr', '2 164 764,00', 'Medel', '54,3',
    'Integrationen mot verksamhetssystemet blir försenad']) {
    assert.ok(alltext.includes(t), `PDF:en har ${t}`);
  }
  assert.ok(!alltext.includes('Förklara'), 'closed explanations are left out');
  assert.ok(!alltext.includes('Skriv ut') && !alltext.includes('Målgruppsanalys'), 'no buttons, no stepper');
  // The first page holds the case's title and the summary's heading (the
  // order of text in the PDF follows paint layers, not reading order: the
  // positioned page header is painted after the content), the last page
  // ends with the risks.
  const forsta = ren(pdf.sidor[0].text);
  assert.ok(forsta.includes('Exempel: Digital ansökan om färdtjänst'), 'the title is on page 1');
  assert.match(forsta, /^Sida 1 av \d Värderingssammanställning Förvaltning Socialförvaltningen/);
  // Every page is numbered "Sida i av n" in its margin.
  pdf.sidor.forEach((s, i) => assert.ok(ren(s.text).includes(`Sida ${i + 1} av ${pdf.sidor.length}`), `page ${i + 1} numbered`));
  assert.match(ren(pdf.sidor.at(-1).text), /Handläggarna behåller gamla arbetssätt/);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(m.konsolfel, []);
});

test('a new case has an empty summary that says what is missing', async () => {
  const { page, url } = m;
  await page.emulateMedia({ media: 'screen' });
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.goto(page.url().replace(/utvecklingsbehov$/, 'varderingssammanstallning'));
  await page.locator('#sam-prioritet').waitFor();
  const rubriker = (await page.locator('.sam-del > h3').allTextContents()).map(ren);
  assert.deepEqual(rubriker, ELVA);
  assert.equal(await text(page.locator('#sam-prioritet')), 'Kan inte avgöras ännu');
  assert.match(await text(del(page, 'Tidsplan')), /Ingen tidsplan angiven\./);
  assert.match(await text(del(page, 'Kvalitativa effekter')), /Positiva effekter: inga angivna\./);
  assert.equal(await text(page.locator('#sam-underskott')), 'Ingen finansiering angiven.');
  assert.deepEqual(m.konsolfel, []);
});
