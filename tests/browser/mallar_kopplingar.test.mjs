// Effects tied to logic-model outcomes (steps 8 and 9, drawn in step 7) and
// financing against costs per year (step 9), as a user does it, then reload
// and export.
//
// The case (kalkylperiod 2027–2031, the default):
// - Cost "Licens", Kommunstyrelsen: 100 000 (2027), 50 000 (2028), 30 000 (2029).
// - Financing "Digitaliseringsfonden": 80 000 (2027), 60 000 (2028), nothing after.
// By hand, per year: 2027 80 000 − 100 000 = −20 000 (Underskott);
// 2028 60 000 − 50 000 = 10 000 (Täckt); 2029 0 − 30 000 = −30 000
// (Underskott: costs and no financing entered); 2030, 2031 0 − 0 = 0 (Täckt).
// Totals: costs 180 000, financing 140 000, difference −40 000 (Underskott).
// The shortfall in all is 20 000 + 30 000 = 50 000: the 2028 surplus does not
// pay for another year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const STEG9 = 'Kvalitativa effekter, risker och konsekvenser';
const KORT = 'Effekter på kort sikt: Kortare väntan';
const MEDEL = 'Effekter på medellång sikt: Färre fel';
const SAKNAS = 'Effekten finns inte längre i logikmodellen';

const stegnav = () => m.page.getByRole('navigation', { name: 'Förstudiens steg' });
const rad = (lista, nr) => m.page.locator(`#${lista} li.rad`).nth(nr);
const svgText = async () => (await m.page.locator('svg.logikdiagram text').allTextContents()).join(' | ');
const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const effektrad = (nr) => m.page.locator('#effektrutnat tbody.effektrad').nth(nr);
const valt = (select) => select.locator('option:checked');

async function gaTill(namn) {
  await stegnav().getByRole('link', { name: new RegExp(namn) }).click();
  await m.page.getByRole('heading', { level: 2, name: namn }).waitFor();
}

async function laggTill(lista, knapp) {
  const fore = await m.page.locator(`#${lista} li.rad`).count();
  await m.page.getByRole('button', { name: knapp }).click();
  const ny = rad(lista, fore);
  await ny.waitFor();
  return ny;
}

/** The financing table as the user reads it: one array of cell texts per row. */
async function finansieringstabell() {
  const rader = m.page.locator('#finansieringsjamforelse tbody tr, #finansieringsjamforelse tfoot tr');
  const ut = [];
  for (const r of await rader.all()) {
    const celler = [];
    for (const c of await r.locator('th, td').all()) celler.push(await text(c));
    ut.push(celler);
  }
  return ut;
}

const TABELL = [
  ['2027', '100 000,00 kr', '80 000,00 kr', '-20 000,00 kr', 'Underskott'],
  ['2028', '50 000,00 kr', '60 000,00 kr', '10 000,00 kr', 'Täckt'],
  ['2029', '30 000,00 kr', '0,00 kr', '-30 000,00 kr', 'Underskott'],
  ['2030', '0,00 kr', '0,00 kr', '0,00 kr', 'Täckt'],
  ['2031', '0,00 kr', '0,00 kr', '0,00 kr', 'Täckt'],
  ['Summa', '180 000,00 kr', '140 000,00 kr', '-40 000,00 kr', 'Underskott'],
];
const BESKED = 'Finansieringen täcker inte kostnaderna år 2027 och 2029: underskott 50 000,00 kr totalt.';

test('an effect line and a qualitative effect tied to outcomes are drawn under them in step 7', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').waitFor();

  await gaTill('Logikmodell');
  const kort = await laggTill('kort', '+ Lägg till effekt på kort sikt');
  await kort.getByLabel(/^Effekt( \*)?$/).fill('Kortare väntan');
  await kort.getByLabel(/^Indikator/).fill('Dagar till beslut');
  const medel = await laggTill('medellang', '+ Lägg till effekt på medellång sikt');
  await medel.getByLabel(/^Effekt( \*)?$/).fill('Färre fel');
  await medel.getByLabel(/^Indikator/).fill('Andel fel');

  await gaTill('Kostnader och effekter');
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  const kostnad = page.locator('#kostnadsrutnat tbody tr').last();
  await kostnad.getByLabel('Beskrivning').fill('Licens');
  await kostnad.getByLabel('Nämnd').fill('Kommunstyrelsen');
  await page.getByLabel('Licens 2027', { exact: true }).fill('100 000');
  await page.getByLabel('Licens 2028', { exact: true }).fill('50 000');
  await page.getByLabel('Licens 2029', { exact: true }).fill('30 000');

  await page.getByRole('button', { name: 'Lägg till effekt' }).click();
  await effektrad(0).getByLabel('Beskrivning').fill('Minskat porto');
  await effektrad(0).getByLabel('Nämnd').fill('Socialnämnden');
  const utfall = effektrad(0).getByLabel('Effekt i logikmodellen');
  // The outcomes of the logic model, and no tie yet.
  assert.deepEqual(await utfall.locator('option').allTextContents(), ['Inget valt', KORT, MEDEL]);
  assert.equal(await valt(utfall).textContent(), 'Inget valt');
  await utfall.selectOption({ label: KORT });
  await page.getByRole('button', { name: 'Lägg till effekt' }).click();
  await effektrad(1).getByLabel('Beskrivning').fill('Färre samtal');
  await effektrad(1).getByLabel('Effekt i logikmodellen').selectOption({ label: MEDEL });

  await gaTill(STEG9);
  const q = await laggTill('kvalitativa', '+ Lägg till effekt');
  await q.getByLabel(/^Effekt( \*)?$/).fill('Tryggare handläggning');
  await q.getByLabel('Effekt i logikmodellen').selectOption({ label: KORT });
  const q2 = await laggTill('kvalitativa', '+ Lägg till effekt');
  await q2.getByLabel(/^Effekt( \*)?$/).fill('Färre klagomål');
  await q2.getByLabel('Effekt i logikmodellen').selectOption({ label: MEDEL });

  await gaTill('Logikmodell');
  const ritat = await svgText();
  for (const namn of ['Kortare väntan', 'Effekt: Minskat porto', 'Kvalitativ: Tryggare handläggning', 'Effekt: Färre samtal',
    'Kvalitativ: Färre klagomål']) {
    assert.ok(ritat.includes(namn), `${namn} in the logic model: ${ritat}`);
  }
  // Each tie is a box of its own, under its outcome.
  const ruta = (namn) => page.locator('svg.logikdiagram g.logik-koppling', { hasText: namn }).locator('rect');
  const utfallsruta = page.locator('svg.logikdiagram g.logikpost', { hasText: 'Kortare väntan' }).locator('rect');
  const under = Number(await utfallsruta.getAttribute('y')) + Number(await utfallsruta.getAttribute('height'));
  assert.ok(Number(await ruta('Effekt: Minskat porto').getAttribute('y')) > under);
  assert.ok(Number(await ruta('Kvalitativ: Tryggare handläggning').getAttribute('y')) >
    Number(await ruta('Effekt: Minskat porto').getAttribute('y')));
  // The text version says the same.
  await page.getByText('Logikmodellen som text').click();
  const kortPost = page.locator('details.textalternativ li', { hasText: /^Kortare väntan/ });
  assert.deepEqual(await kortPost.locator('ul.kopplade li').allTextContents(),
    ['Ekonomisk effekt: Minskat porto', 'Kvalitativ effekt: Tryggare handläggning']);
  assert.match(await page.locator('svg.logikdiagram desc').textContent(), /Under varje effekt står/);
  assert.deepEqual(m.konsolfel, []);
});

test('a tie to a removed outcome is not drawn, and steps 8 and 9 say the outcome is gone', async () => {
  const { page } = m;
  await page.getByRole('button', { name: 'Ta bort effekt på medellång sikt 1: Färre fel' }).click();
  await page.locator('svg.logikdiagram g.logik-koppling', { hasText: 'Färre samtal' }).waitFor({ state: 'detached' });
  for (const namn of ['Färre samtal', 'Färre klagomål']) assert.ok(!(await svgText()).includes(namn));
  assert.ok((await svgText()).includes('Effekt: Minskat porto'));
  assert.ok(!(await page.locator('details.textalternativ').textContent()).includes('Färre samtal'));

  await gaTill(STEG9);
  const q2 = rad('kvalitativa', 1).getByLabel('Effekt i logikmodellen');
  assert.equal(await valt(q2).textContent(), SAKNAS);
  assert.equal(await valt(rad('kvalitativa', 0).getByLabel('Effekt i logikmodellen')).textContent(), KORT);

  await gaTill('Kostnader och effekter');
  const forsvunnen = effektrad(1).getByLabel('Effekt i logikmodellen');
  assert.equal(await valt(forsvunnen).textContent(), SAKNAS);
  assert.deepEqual(await forsvunnen.locator('option').allTextContents(), ['Inget valt', KORT, SAKNAS]);
  assert.equal(await valt(effektrad(0).getByLabel('Effekt i logikmodellen')).textContent(), KORT);
  assert.deepEqual(m.konsolfel, []);
});

test('financing below the costs is flagged per year with the shortfall in all', async () => {
  const { page } = m;
  await gaTill(STEG9);
  // Before any financing, every year with costs is short.
  assert.equal(await text(page.locator('#finansieringsbesked')),
    'Finansieringen täcker inte kostnaderna år 2027, 2028 och 2029: underskott 180 000,00 kr totalt.');
  const fin = await laggTill('finansiering', '+ Lägg till finansieringskälla');
  await fin.getByLabel(/^Finansieringskälla/).fill('Digitaliseringsfonden');
  await fin.getByLabel('År 2027').fill('80 000');
  await fin.getByLabel('År 2028').fill('60000');
  await page.locator('#finansieringsbesked').filter({ hasText: '50 000,00' }).waitFor();
  assert.deepEqual(await finansieringstabell(), TABELL);
  assert.equal(await text(page.locator('#finansieringsbesked')), BESKED);
  // Covering 2029 leaves only 2027.
  await fin.getByLabel('År 2029').fill('30 000');
  await page.locator('#finansieringsbesked').filter({ hasText: 'år 2027:' }).waitFor();
  assert.equal(await text(page.locator('#finansieringsbesked')),
    'Finansieringen täcker inte kostnaderna år 2027: underskott 20 000,00 kr totalt.');
  await fin.getByLabel('År 2029').fill('');
  await page.locator('#finansieringsbesked').filter({ hasText: '2029' }).waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('the ties and the financing are there after a reload and in the export', async () => {
  const { page } = m;
  await vantaPaSparat(page);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: STEG9 }).waitFor();
  assert.equal(await valt(rad('kvalitativa', 0).getByLabel('Effekt i logikmodellen')).textContent(), KORT);
  assert.equal((await rad('finansiering', 0).getByLabel('År 2028').inputValue()).replace(/\u00a0/g, ' '), '60 000,00');
  assert.deepEqual(await finansieringstabell(), TABELL);
  assert.equal(await text(page.locator('#finansieringsbesked')), BESKED);

  await gaTill('Kostnader och effekter');
  assert.equal(await valt(effektrad(0).getByLabel('Effekt i logikmodellen')).textContent(), KORT);
  assert.equal(await valt(effektrad(1).getByLabel('Effekt i logikmodellen')).textContent(), SAKNAS);
  await gaTill('Logikmodell');
  const ritat = await svgText();
  assert.ok(ritat.includes('Effekt: Minskat porto') && ritat.includes('Kvalitativ: Tryggare handläggning'), ritat);

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8')).forstudie;
  const kort = fil.logikmodell.poster.find((p) => p.text === 'Kortare väntan');
  assert.equal(kort.led, 'effekter_kort');
  const [porto, samtal] = fil.ekonomi.effekter;
  assert.deepEqual([porto.beskrivning, porto.utfall_id], ['Minskat porto', kort.id]);
  assert.equal(fil.konsekvenser.kvalitativa_effekter[0].utfall_id, kort.id);
  // The tie to the removed outcome is kept, not lost: choosing again mends it.
  assert.equal(samtal.beskrivning, 'Färre samtal');
  assert.match(samtal.utfall_id, /.+/);
  assert.ok(!fil.logikmodell.poster.some((p) => p.id === samtal.utfall_id));
  assert.deepEqual(fil.konsekvenser.finansiering[0].belopp_per_ar, ['80000.00', '60000.00', '0.00']);
  assert.deepEqual(m.konsolfel, []);
});
