// Steps 2–7 and 9 filled as a user does, the shared rows (add, move, remove,
// Ångra) by keyboard, the diagrams drawn from what was entered, and all of
// it found again after a reload and in the export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaFokus, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const stegnav = () => m.page.getByRole('navigation', { name: 'Förstudiens steg' });
const stegLank = (namn) => stegnav().getByRole('link', { name: new RegExp(namn) });
const rad = (lista, nr) => m.page.locator(`#${lista} li.rad`).nth(nr);
const svgText = async (klass) => (await m.page.locator(`svg.${klass} text`).allTextContents()).join(' | ');

async function gaTill(namn) {
  await stegLank(namn).click();
  await m.page.getByRole('heading', { level: 2, name: namn }).waitFor();
}

async function laggTill(lista, knapp) {
  const fore = await m.page.locator(`#${lista} li.rad`).count();
  await m.page.getByRole('button', { name: knapp }).click();
  const ny = rad(lista, fore);
  await ny.waitFor();
  return ny;
}

test('Orsaksanalys: causes in categories, a why chain, root causes and the fishbone', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').waitFor();
  await gaTill('Orsaksanalys');
  await stegLank('Orsaksanalys').getByText('○ Ej klar').waitFor();

  await falt(page, 'Problemformulering').fill('Ansökningar tar sex veckor att handlägga');
  // The categories are editable rows too.
  await rad('kategorier', 0).getByLabel(/^Kategorins namn/).fill('Personal');
  await laggTill('kategorier', '+ Lägg till kategori');
  await rad('kategorier', 6).getByLabel(/^Kategorins namn/).fill('Lagstiftning');

  const forsta = await laggTill('orsaker', '+ Lägg till orsak');
  // The new row's first field has focus, so the user types straight away.
  await vantaPaFokus(m.page, (e) => /^orsak-/.test(e?.id ?? ''), true);
  await page.keyboard.type('Pappersblanketter');
  await forsta.getByLabel('Kategori').selectOption({ label: 'Metod' });
  await forsta.getByText('5 varför').click();
  await forsta.getByLabel('Varför 1').fill('Det finns ingen e-tjänst');
  await forsta.getByLabel('Varför 2').fill('Ingen har beställt en');
  assert.equal(await forsta.getByLabel('Varför 4').count(), 0, 'the chain grows one answer at a time');

  const andra = await laggTill('orsaker', '+ Lägg till orsak');
  await andra.getByLabel(/^Orsak/).first().fill('Dubbel inmatning');
  await andra.getByLabel('Kategori').selectOption({ label: 'Lagstiftning' });
  await andra.getByLabel('Grundorsak som initiativet ska åtgärda').check();
  await stegLank('Orsaksanalys').getByText('✓ Klar').waitFor();

  // Move by keyboard: focus stays on the moved row's buttons.
  await page.getByRole('button', { name: 'Flytta upp orsak 2: Dubbel inmatning' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Flytta ned orsak 1: Dubbel inmatning' }).waitFor();
  await vantaPaFokus(m.page, (e) => /^orsaker-ned-/.test(e?.id ?? ''), true, 'focus moves to the enabled button of the moved row');
  assert.equal(await rad('orsaker', 0).getByLabel(/^Orsak/).first().inputValue(), 'Dubbel inmatning');

  // Remove and take it back.
  await page.getByRole('button', { name: 'Ta bort orsak 2: Pappersblanketter' }).click();
  await page.getByRole('status').filter({ hasText: 'Tog bort orsak ”Pappersblanketter”.' }).waitFor();
  assert.equal(await page.locator('#orsaker li.rad').count(), 1);
  await vantaPaFokus(m.page, (e) => e?.id, 'orsaker-angra');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Ta bort orsak 2: Pappersblanketter' }).waitFor();
  assert.equal(await rad('orsaker', 1).getByLabel('Varför 2').inputValue(), 'Ingen har beställt en');

  const ritat = await svgText('fiskben');
  for (const namn of ['Personal', 'Metod', 'Lagstiftning', 'Pappersblanketter', '◆ Dubbel inmatning', 'Ansökningar tar sex']) {
    assert.ok(ritat.includes(namn), `${namn} in the fishbone: ${ritat}`);
  }
  assert.equal(await page.locator('svg.fiskben title').textContent(), 'Fiskbensdiagram');
  assert.deepEqual(m.konsolfel, []);
});

test('Målgruppsanalys: groups with size, needs, channel and change', async () => {
  const { page } = m;
  await gaTill('Målgruppsanalys');
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  await page.getByText('Lägg till minst en målgrupp.').waitFor();
  const g = await laggTill('malgrupper', '+ Lägg till målgrupp');
  await g.getByLabel(/^Målgrupp/).fill('Sökande');
  await g.getByLabel('Storlek (personer eller ärenden per år)').fill('12 000');
  await g.getByLabel(/^Behov/).fill('Snabbt besked');
  await g.getByLabel('Kanal i dag').fill('Papper via post');
  await g.getByLabel('Vad förändras för gruppen?').fill('Ansöker digitalt');
  const h = await laggTill('malgrupper', '+ Lägg till målgrupp');
  await h.getByLabel(/^Målgrupp/).fill('Handläggare');
  await stegLank('Målgruppsanalys').getByText('○ Ej klar').waitFor();
  await h.getByLabel(/^Behov/).fill('Färre manuella moment');
  await stegLank('Målgruppsanalys').getByText('✓ Klar').waitFor();
  // Text that is not a whole number is not stored, and the step is not
  // complete while it stands in the field.
  await h.getByLabel('Storlek (personer eller ärenden per år)').fill('ca 900');
  await h.getByText('Skriv bara siffror, till exempel 1 200 (inte ”ca 1 200”). Texten sparas inte, och steget är inte klart förrän fältet har ett heltal eller är tomt.').waitFor();
  await stegLank('Målgruppsanalys').getByText('○ Ej klar').waitFor();
  await h.getByLabel('Storlek (personer eller ärenden per år)').fill('14');
  await stegLank('Målgruppsanalys').getByText('✓ Klar').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('Intressentanalys: stakeholders on the grid with a suggested, editable strategy', async () => {
  const { page } = m;
  await gaTill('Intressentanalys');
  const a = await laggTill('intressenter', '+ Lägg till intressent');
  await a.getByLabel(/^Intressent/).first().fill('Socialnämnden');
  await a.getByLabel('Inflytande (1–5)').selectOption('5');
  await a.getByLabel('Intresse (1–5)').selectOption('4');
  await a.getByLabel('Inställning i dag').selectOption({ label: '0 neutral' });
  await a.getByRole('button', { name: 'Använd förslaget som strategi för Socialnämnden' }).click();
  assert.match(await a.getByLabel('Strategi för engagemang').inputValue(), /^Involvera aktivt/);

  const b = await laggTill('intressenter', '+ Lägg till intressent');
  await b.getByLabel(/^Intressent/).first().fill('Handläggarna');
  await b.getByLabel('Inflytande (1–5)').selectOption('2');
  await b.getByLabel('Intresse (1–5)').selectOption('5');
  await b.getByLabel('Inställning i dag').selectOption({ label: '− negativ' });
  await b.getByText('Rutnätet: Håll informerad').waitFor();
  await b.getByLabel('Strategi för engagemang').fill('Workshoppar varje månad');
  await stegLank('Intressentanalys').getByText('✓ Klar').waitFor();

  const ritat = await svgText('rutnat');
  for (const namn of ['Socialnämnden', 'Handläggarna', 'Hantera nära', 'Håll nöjd', 'Håll informerad', 'Bevaka']) {
    assert.ok(ritat.includes(namn), `${namn} in the grid: ${ritat}`);
  }
  assert.deepEqual(m.konsolfel, []);
});

test('Arbetsflödesbeskrivning: hours a year per step, in total and the difference', async () => {
  const { page } = m;
  await gaTill('Arbetsflödesbeskrivning');
  const steg = [
    ['nulage', '+ Lägg till steg i nuläget', 'Registrera ansökan', 'Handläggare', '12', '1 500', '300 timmar'],
    ['nulage', '+ Lägg till steg i nuläget', 'Skanna bilagor', 'Assistent', '7,5', '2000', '250 timmar'],
    ['borlage', '+ Lägg till steg i börläget', 'Granska e-ansökan', 'Handläggare', '0,5', '600', '5 timmar'],
  ];
  for (const [lista, knapp, namn, aktor, minuter, arenden, timmar] of steg) {
    const r = await laggTill(lista, knapp);
    await r.getByLabel(/^Steg/).fill(namn);
    await r.getByLabel('Aktör').fill(aktor);
    await r.getByLabel('Minuter per ärende').fill(minuter);
    await r.getByLabel('Ärenden per år').fill(arenden);
    assert.equal(await r.locator('output').textContent(), timmar);
  }
  assert.equal(await page.locator('#timmar-nulage').textContent(), '550 timmar');
  assert.equal(await page.locator('#timmar-borlage').textContent(), '5 timmar');
  assert.equal(await page.locator('#timmar-skillnad').textContent(), '545 timmar');
  await stegLank('Arbetsflödesbeskrivning').getByText('✓ Klar').waitFor();
  // A value that is not a number is explained and not stored.
  await rad('borlage', 0).getByLabel('Minuter per ärende').fill('en halv');
  await rad('borlage', 0).getByText('Skriv ett tal med siffror, till exempel 1 234,50 (komma före decimalerna).').waitFor();
  await rad('borlage', 0).getByLabel('Minuter per ärende').fill('0,5');
  assert.equal(await page.locator('#timmar-skillnad').textContent(), '545 timmar');
  assert.deepEqual(m.konsolfel, []);
});

test('Informationsinventering: assets, flags, legal basis and the review list', async () => {
  const { page } = m;
  await gaTill('Informationsinventering');
  const a = await laggTill('tillgangar', '+ Lägg till informationstillgång');
  await a.getByLabel(/^Informationstillgång/).fill('Ansökningsregister');
  await a.getByLabel('System').fill('Procapita');
  await a.getByLabel('Informationsägare').fill('Socialnämnden');
  await a.getByLabel('Innehåller personuppgifter').check();
  const b = await laggTill('tillgangar', '+ Lägg till informationstillgång');
  await b.getByLabel(/^Informationstillgång/).fill('Statistik');
  // "Visa vad som saknas" applies to the step it is pressed on: pressed
  // here, the untouched field's message shows.
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  await a.getByText('Ange rättslig grund, till exempel artikel i GDPR eller kapitel i OSL.').waitFor();
  await stegLank('Informationsinventering').getByText('○ Ej klar').waitFor();
  const granskning = page.getByRole('region', { name: 'Behöver granskas av dataskyddsombudet' });
  assert.equal(await granskning.locator('li').textContent(), 'Ansökningsregister: innehåller personuppgifter, rättslig grund saknas');
  await a.getByLabel(/^Rättslig grund/).fill('GDPR art. 6.1 e');
  await stegLank('Informationsinventering').getByText('✓ Klar').waitFor();
  await b.getByLabel('Omfattas av sekretess').check();
  await b.getByLabel(/^Rättslig grund/).fill('OSL 26 kap. 1 §');
  assert.deepEqual(await granskning.locator('li').allTextContents(), [
    'Ansökningsregister: innehåller personuppgifter', 'Statistik: omfattas av sekretess',
  ]);
  assert.deepEqual(m.konsolfel, []);
});

const LOGIK = [
  ['resurser', 'resurs', 'Resurs', 'Två handläggare', null, 'Aktiviteter: Bygga e-tjänst'],
  ['aktiviteter', 'aktivitet', 'Aktivitet', 'Bygga e-tjänst', null, 'Prestationer: E-tjänst i drift'],
  ['prestationer', 'prestation', 'Prestation', 'E-tjänst i drift', null, 'Effekter på kort sikt: Kortare väntan'],
  ['kort', 'effekt på kort sikt', 'Effekt', 'Kortare väntan', 'Dagar till beslut', 'Effekter på medellång sikt: Färre fel'],
  ['medellang', 'effekt på medellång sikt', 'Effekt', 'Färre fel', 'Andel kompletteringar', 'Effekter på lång sikt (nytta): Nöjdare invånare'],
  ['lang', 'effekt på lång sikt', 'Effekt', 'Nöjdare invånare', 'NKI', null],
];

test('Logikmodell: six columns, links left to right, indicators and the diagram', async () => {
  const { page } = m;
  await gaTill('Logikmodell');
  for (const [lista, radnamn, etikett, text, indikator] of LOGIK) {
    const r = await laggTill(lista, `+ Lägg till ${radnamn}`);
    await r.getByLabel(new RegExp(`^${etikett}`)).fill(text);
    if (indikator) await r.getByLabel(/^Indikator/).fill(indikator);
  }
  for (const [lista, , , , , mal] of LOGIK) {
    if (mal) await rad(lista, 0).getByLabel(mal).check();
  }
  await stegLank('Logikmodell').getByText('✓ Klar').waitFor();
  // A second resource, moved up past items of other columns in the list.
  const budget = await laggTill('resurser', '+ Lägg till resurs');
  await budget.getByLabel(/^Resurs/).fill('Budget 2 mkr');
  await page.getByRole('button', { name: 'Flytta upp resurs 2: Budget 2 mkr' }).click();
  await page.getByRole('button', { name: 'Flytta ned resurs 1: Budget 2 mkr' }).waitFor();
  assert.equal(await rad('aktiviteter', 0).getByLabel(/^Aktivitet/).inputValue(), 'Bygga e-tjänst');

  const ritat = await svgText('logikdiagram');
  for (const namn of ['Resurser', 'Aktiviteter', 'Prestationer', 'Budget 2 mkr', ...LOGIK.map((l) => l[3]), 'Indikator: NKI']) {
    assert.ok(ritat.includes(namn), `${namn} in the logic model: ${ritat}`);
  }
  assert.equal(await page.locator('svg.logikdiagram line.logikpil').count(), 5);
  // Removing an item removes its arrows from the drawing; Ångra brings them back.
  await page.getByRole('button', { name: 'Ta bort prestation 1: E-tjänst i drift' }).click();
  assert.equal(await page.locator('svg.logikdiagram line.logikpil').count(), 3);
  await page.locator('#prestationer').getByRole('button', { name: 'Ångra' }).click();
  assert.equal(await page.locator('svg.logikdiagram line.logikpil').count(), 5);
  assert.deepEqual(m.konsolfel, []);
});

const STEG9 = 'Kvalitativa effekter, risker och konsekvenser';

test('Step 9: qualitative effects, the risk matrix, timeline and change management', async () => {
  const { page } = m;
  await gaTill(STEG9);
  const e = await laggTill('kvalitativa', '+ Lägg till effekt');
  await e.getByLabel(/^Effekt( \*)?$/).fill('Tryggare handläggning');
  await e.getByLabel('Vem påverkas').selectOption({ label: 'Medarbetare' });
  await e.getByLabel('Styrka').selectOption('3');
  await e.getByLabel('Effekt i logikmodellen').selectOption({ label: 'Effekter på kort sikt: Kortare väntan' });
  await e.getByLabel('Indikator').fill('Medarbetarenkät');

  const r1 = await laggTill('risker', '+ Lägg till risk');
  await r1.getByLabel(/^Risk( \*)?$/).fill('Få användare');
  await r1.getByLabel('Sannolikhet (1–5)').selectOption('4');
  await r1.getByLabel('Konsekvens (1–5)').selectOption('4');
  assert.equal(await r1.locator('output').textContent(), 'Hög');
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  await r1.getByText('En hög risk behöver en åtgärd.').waitFor();
  await r1.getByLabel('Åtgärd').fill('Utbilda och följ upp användningen');
  const r2 = await laggTill('risker', '+ Lägg till risk');
  await r2.getByLabel(/^Risk( \*)?$/).fill('Sen leverans');
  await r2.getByLabel('Sannolikhet (1–5)').selectOption('2');
  assert.equal(await r2.locator('output').textContent(), 'Medel');

  await falt(page, 'Konsekvenser att beakta').fill('Arbetsmiljön förändras för handläggarna');
  await falt(page, 'Övergripande förutsättningar').fill('E-legitimation finns');
  const f = await laggTill('tidsplan', '+ Lägg till fas');
  await f.getByLabel(/^Fas/).fill('Upphandling');
  await f.getByLabel(/^Start/).fill('2026-05-01');
  await f.getByLabel(/^Slut/).fill('2026-09-30');
  const fin = await laggTill('finansiering', '+ Lägg till finansieringskälla');
  await fin.getByLabel(/^Finansieringskälla/).fill('Digitaliseringsfonden');
  // The years are the kalkylperiod's (2027 onward by default).
  await fin.getByLabel('År 2027').fill('100 000');
  await fin.getByLabel('År 2029').fill('300000,5');
  // Amounts in the app's one form: thousands apart (non-breaking spaces).
  assert.equal((await fin.locator('output').textContent()).replace(/\u00a0/g, ' '), '400 000,50 kr');
  await fin.getByLabel('År 2028').fill('mycket');
  assert.equal(await fin.locator('.felmeddelande:visible').textContent(), 'Skriv ett belopp i kronor, till exempel 150 000.');
  assert.equal(await fin.getByLabel('År 2028').getAttribute('aria-invalid'), 'true');
  await fin.getByLabel('År 2028').fill('');
  await falt(page, 'Vem i linjeorganisationen leder förändringen?').fill('Enhetschef för handläggning');
  await falt(page, 'Utbildning').fill('Två halvdagar');
  await falt(page, 'Kommunikation').fill('Intranät och APT');
  await stegLank('Kvalitativa effekter').getByText('✓ Klar').waitFor();

  const ritat = await svgText('riskmatris');
  for (const namn of ['Få användare', 'Sen leverans', 'Hög', 'Medel', 'Låg', 'Konsekvens →', 'Sannolikhet →']) {
    assert.ok(ritat.includes(namn), `${namn} in the risk matrix: ${ritat}`);
  }
  assert.deepEqual(m.konsolfel, []);
});

test('everything is there after a reload and in the export', async () => {
  const { page } = m;
  await vantaPaSparat(page);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: STEG9 }).waitFor();
  assert.equal(await rad('risker', 0).getByLabel('Åtgärd').inputValue(), 'Utbilda och följ upp användningen');
  const valt = rad('kvalitativa', 0).getByLabel('Effekt i logikmodellen').locator('option:checked');
  assert.equal(await valt.textContent(), 'Effekter på kort sikt: Kortare väntan');
  assert.equal(await rad('tidsplan', 0).getByLabel(/^Slut/).inputValue(), '2026-09-30');
  assert.ok((await svgText('riskmatris')).includes('Sen leverans'));
  assert.equal((await rad('finansiering', 0).getByLabel('År 2029').inputValue()).replace(/\u00a0/g, ' '), '300 000,50');
  await gaTill('Logikmodell');
  assert.equal(await rad('resurser', 0).getByLabel(/^Resurs/).inputValue(), 'Budget 2 mkr');
  assert.ok(await rad('resurser', 1).getByLabel('Aktiviteter: Bygga e-tjänst').isChecked());
  assert.equal(await rad('lang', 0).getByLabel(/^Indikator/).inputValue(), 'NKI');
  assert.equal(await page.locator('svg.logikdiagram line.logikpil').count(), 5);
  await gaTill('Informationsinventering');
  assert.ok(await rad('tillgangar', 1).getByLabel('Omfattas av sekretess').isChecked());
  assert.equal(await rad('tillgangar', 0).getByLabel(/^Rättslig grund/).inputValue(), 'GDPR art. 6.1 e');
  await gaTill('Intressentanalys');
  assert.equal(await rad('intressenter', 1).getByLabel('Strategi för engagemang').inputValue(), 'Workshoppar varje månad');
  assert.equal(await rad('intressenter', 0).getByLabel('Inflytande (1–5)').inputValue(), '5');
  assert.equal(await rad('intressenter', 1).getByLabel('Inställning i dag').inputValue(), 'negativ');
  assert.ok((await svgText('rutnat')).includes('Handläggarna'));

  await gaTill('Målgruppsanalys');
  assert.equal((await rad('malgrupper', 0).getByLabel('Storlek (personer eller ärenden per år)').inputValue()).replace(/\u00a0/g, ' '), '12 000');
  assert.equal(await rad('malgrupper', 1).getByLabel(/^Behov/).inputValue(), 'Färre manuella moment');

  await gaTill('Orsaksanalys');
  assert.equal(await falt(page, 'Problemformulering').inputValue(), 'Ansökningar tar sex veckor att handlägga');
  assert.equal(await rad('orsaker', 0).getByLabel(/^Orsak/).first().inputValue(), 'Dubbel inmatning');
  assert.ok(await rad('orsaker', 0).getByLabel('Grundorsak som initiativet ska åtgärda').isChecked());
  assert.equal(await rad('orsaker', 1).getByLabel('Varför 1').inputValue(), 'Det finns ingen e-tjänst');
  assert.ok((await svgText('fiskben')).includes('Lagstiftning'));
  await gaTill('Arbetsflödesbeskrivning');
  assert.equal(await rad('nulage', 1).getByLabel('Minuter per ärende').inputValue(), '7,5');
  assert.equal(await page.locator('#timmar-skillnad').textContent(), '545 timmar');
  for (const steg of ['Orsaksanalys', 'Målgruppsanalys', 'Intressentanalys', 'Arbetsflödesbeskrivning', 'Informationsinventering', 'Logikmodell', 'Kvalitativa effekter']) {
    await stegLank(steg).getByText('✓ Klar').waitFor();
  }

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8')).forstudie;
  const orsaker = fil.orsaksanalys.orsaker;
  assert.deepEqual(orsaker.map((o) => o.beskrivning), ['Dubbel inmatning', 'Pappersblanketter']);
  assert.deepEqual(orsaker[1].varfor, ['Det finns ingen e-tjänst', 'Ingen har beställt en']);
  assert.equal(orsaker[0].grundorsak, true);
  const lag = fil.orsaksanalys.kategorier.find((k) => k.namn === 'Lagstiftning');
  assert.equal(orsaker[0].kategori_id, lag.id);
  assert.deepEqual(fil.malgruppsanalys.grupper.map((g) => [g.namn, g.storlek]), [['Sökande', 12000], ['Handläggare', 14]]);
  assert.equal(fil.malgruppsanalys.grupper[0].kanal_idag, 'Papper via post');
  const [s, h] = fil.intressentanalys.intressenter;
  assert.deepEqual([s.namn, s.inflytande, s.intresse, s.attityd_nu], ['Socialnämnden', 5, 4, 'neutral']);
  assert.deepEqual([h.namn, h.attityd_nu, h.strategi], ['Handläggarna', 'negativ', 'Workshoppar varje månad']);
  const flode = fil.arbetsflode;
  assert.deepEqual(flode.nulage.map((p) => [p.beskrivning, p.aktor, p.minuter_per_arende, p.arenden_per_ar]),
    [['Registrera ansökan', 'Handläggare', '12', '1500'], ['Skanna bilagor', 'Assistent', '7.5', '2000']]);
  assert.equal(flode.borlage[0].minuter_per_arende, '0.5');
  const [reg, stat] = fil.informationsinventering.tillgangar;
  assert.deepEqual([reg.namn, reg.system, reg.agare, reg.personuppgifter, reg.sekretess, reg.rattslig_grund],
    ['Ansökningsregister', 'Procapita', 'Socialnämnden', true, false, 'GDPR art. 6.1 e']);
  assert.deepEqual([stat.namn, stat.sekretess], ['Statistik', true]);
  const logik = fil.logikmodell;
  const text = (id) => logik.poster.find((p) => p.id === id).text;
  assert.deepEqual(logik.pilar.map((p) => `${text(p.fran)} → ${text(p.till)}`).sort(), [
    'Bygga e-tjänst → E-tjänst i drift', 'E-tjänst i drift → Kortare väntan', 'Färre fel → Nöjdare invånare',
    'Kortare väntan → Färre fel', 'Två handläggare → Bygga e-tjänst',
  ]);
  assert.equal(logik.poster.find((p) => p.text === 'Kortare väntan').led, 'effekter_kort');
  assert.equal(logik.poster.find((p) => p.text === 'Nöjdare invånare').indikator, 'NKI');
  const k = fil.konsekvenser;
  const kort = logik.poster.find((p) => p.text === 'Kortare väntan');
  assert.deepEqual([k.kvalitativa_effekter[0].beskrivning, k.kvalitativa_effekter[0].mottagare, k.kvalitativa_effekter[0].styrka,
    k.kvalitativa_effekter[0].utfall_id], ['Tryggare handläggning', 'medarbetare', 3, kort.id]);
  assert.deepEqual(k.risker.map((r) => [r.beskrivning, r.sannolikhet, r.konsekvens]), [['Få användare', 4, 4], ['Sen leverans', 2, 3]]);
  assert.deepEqual([k.tidsplan[0].namn, k.tidsplan[0].start, k.tidsplan[0].slut], ['Upphandling', '2026-05-01', '2026-09-30']);
  assert.equal(k.forandringsledning.ansvarig, 'Enhetschef för handläggning');
  assert.equal(k.forutsattningar, 'E-legitimation finns');
  assert.deepEqual([k.finansiering[0].kalla, k.finansiering[0].belopp_per_ar],
    ['Digitaliseringsfonden', ['100000.00', '0.00', '300000.50']]);
  assert.deepEqual(m.konsolfel, []);
});
