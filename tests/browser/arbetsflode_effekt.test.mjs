// Step 5 to step 8: the hours the future process frees become a
// frigjort-ramutrymme line by one action, and a later change of the
// workflow offers to update that line.
//
// The case (kalkylperiod 2027–2029, T = 3):
// - Timkostnad "Handläggare": 35 000 kr × 1,54 / 142 h → 379,58 kr/h.
// - Nuläge: 12 min × 1 500 ärenden = 300 h; börläge 0,5 min × 600 = 5 h:
//   295 h a year freed, 295 × 379,58 = 111 976,10 kr a year, 335 928,30 kr
//   over the three years.
// - Then nuläge 10 min instead of 12: 250 − 5 = 245 h a year,
//   245 × 379,58 = 92 997,10 kr a year, 278 991,30 kr over the years.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const BESKRIVNING = 'Frigjord tid enligt arbetsflödesbeskrivningen';
const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const stegLank = (namn) => m.page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: new RegExp(namn) });

async function gaTill(namn) {
  await stegLank(namn).click();
  await m.page.getByRole('heading', { level: 2, name: namn }).waitFor();
}

async function laggTillSteg(lista, knapp, namn, minuter, arenden) {
  const fore = await m.page.locator(`#${lista} li.rad`).count();
  await m.page.getByRole('button', { name: knapp }).click();
  const r = m.page.locator(`#${lista} li.rad`).nth(fore);
  await r.getByLabel(/^Steg/).fill(namn);
  await r.getByLabel('Minuter per ärende').fill(minuter);
  await r.getByLabel('Ärenden per år').fill(arenden);
  return r;
}

/** The effect line made from the workflow, in step 8's grid. */
const flodesrad = () => m.page.locator('#effektrutnat tbody.effektrad')
  .filter({ has: m.page.getByLabel(`${BESKRIVNING} belopp per tillfälle`, { exact: true }) });

async function radensVarden() {
  const rad = flodesrad().locator('tr').first();
  await rad.waitFor();
  const ar = await Promise.all((await rad.locator('td.harlett').all()).map(text));
  const summa = await text(rad.locator('td.belopp:not(.harlett)'));
  return { ar, summa };
}

test('without a timkostnad the step points to step 8', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await falt(page, 'Nämnd').fill('Socialnämnden');
  await gaTill('Arbetsflödesbeskrivning');
  const notis = page.locator('#flode-effekt-saknar-timkostnad');
  assert.match(await text(notis), /behövs en timkostnad/);
  assert.equal(await page.getByRole('button', { name: 'Skapa effektrad i Kostnader och effekter' }).count(), 0);
  await notis.getByRole('link', { name: 'Kostnader och effekter' }).click();
  await page.getByRole('heading', { level: 2, name: 'Kostnader och effekter' }).waitFor();
  assert.match(page.url(), /\/kostnader-och-effekter$/);

  await falt(page, 'Kalkylperiod (antal år)').fill('3');
  await page.getByRole('button', { name: 'Lägg till timkostnad' }).click();
  await falt(page, 'Namn på timkostnaden').fill('Handläggare');
  await falt(page, 'Månadslön (kr)').fill('35 000');
  await page.locator('.framraknad').filter({ hasText: '379,58' }).waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('the difference becomes an effect line in hours by one action', async () => {
  const { page } = m;
  await gaTill('Arbetsflödesbeskrivning');
  await laggTillSteg('nulage', '+ Lägg till steg i nuläget', 'Registrera ansökan', '12', '1 500');
  await laggTillSteg('borlage', '+ Lägg till steg i börläget', 'Granska e-ansökan', '0,5', '600');
  assert.equal(await page.locator('#timmar-skillnad').textContent(), '295 timmar');

  const tk = falt(page, 'Timkostnad att räkna med');
  assert.deepEqual((await tk.locator('option').allTextContents()), ['Handläggare']);
  await tk.selectOption({ label: 'Handläggare' });
  assert.equal(await falt(page, 'Nämnd som får effekten').inputValue(), 'Socialnämnden', 'the case\'s nämnd by default');
  await page.getByRole('button', { name: 'Skapa effektrad i Kostnader och effekter' }).click();
  const kopplad = page.locator('#flode-effekt-kopplad');
  await kopplad.waitFor();
  assert.equal(await text(kopplad), 'Kopplad effektrad: 295 timmar/år × Handläggare för Socialnämnden.');
  assert.equal(await page.getByRole('button', { name: 'Skapa effektrad i Kostnader och effekter' }).count(), 0);
  assert.equal(await text(page.locator('#flode-effekt-notis')), '');

  await gaTill('Kostnader och effekter');
  assert.equal(await flodesrad().count(), 1);
  const rad = flodesrad();
  assert.equal(await rad.getByLabel('Nämnd').inputValue(), 'Socialnämnden');
  assert.equal(await rad.getByLabel('Kategori').inputValue(), 'fri');
  assert.equal(await rad.getByLabel('Fördelning').inputValue(), 'ater');
  assert.equal(await rad.getByLabel('Enhet').locator('option:checked').textContent(), 'Timmar × Handläggare');
  assert.equal(await rad.getByLabel(`${BESKRIVNING} belopp per tillfälle`).inputValue(), '295');
  assert.deepEqual(await radensVarden(), { ar: ['295 h', '295 h', '295 h'], summa: '335 928,30 kr' });
  assert.deepEqual(m.konsolfel, []);
});

test('a changed workflow offers to update the line', async () => {
  const { page } = m;
  await gaTill('Arbetsflödesbeskrivning');
  await page.locator('#nulage li.rad').nth(0).getByLabel('Minuter per ärende').fill('10');
  assert.equal(await page.locator('#timmar-skillnad').textContent(), '245 timmar');
  const notis = page.locator('#flode-effekt-notis');
  await notis.getByRole('button', { name: 'Uppdatera effektraden' }).waitFor();
  assert.equal(await notis.getAttribute('aria-live'), 'polite');
  const meddelande = 'Arbetsflödet har ändrats: effektraden räknar med 295 timmar/år, flödet ger nu 245.';
  assert.equal(await text(notis.locator('p')), meddelande);

  // Step 8 still counts with the old hours until the user chooses.
  await gaTill('Kostnader och effekter');
  assert.deepEqual(await radensVarden(), { ar: ['295 h', '295 h', '295 h'], summa: '335 928,30 kr' });
  await gaTill('Arbetsflödesbeskrivning');
  assert.equal(await text(notis.locator('p')), meddelande, 'the notice is there when the user comes back');
  await notis.getByRole('button', { name: 'Uppdatera effektraden' }).click();
  await notis.locator('p').waitFor({ state: 'detached' });
  assert.equal(await text(page.locator('#flode-effekt-kopplad')), 'Kopplad effektrad: 245 timmar/år × Handläggare för Socialnämnden.');

  await gaTill('Kostnader och effekter');
  assert.deepEqual(await radensVarden(), { ar: ['245 h', '245 h', '245 h'], summa: '278 991,30 kr' });
  await vantaPaSparat(page);

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8')).forstudie;
  const [e] = fil.ekonomi.effekter;
  assert.equal(fil.ekonomi.effekter.length, 1);
  assert.equal(e.beskrivning, BESKRIVNING);
  assert.equal(e.kategori, 'frigjort_ramutrymme');
  assert.equal(e.fran_arbetsflode, true);
  assert.deepEqual(e.enhet, { enhet: 'timmar', timkostnad_id: fil.ekonomi.timkostnader[0].id });
  assert.deepEqual({ ...e.fordelning, varde: Number(e.fordelning.varde) }, { typ: 'aterkommande', fran: 0, till: 2, varde: 245 });
  assert.equal(fil.arbetsflode.effektrad_id, e.id);
  assert.equal(fil.arbetsflode.timkostnad_id, fil.ekonomi.timkostnader[0].id);
  assert.deepEqual(m.konsolfel, []);
});

test('a line removed in step 8 can be made again', async () => {
  const { page } = m;
  await flodesrad().getByRole('button', { name: 'Ta bort' }).click();
  await flodesrad().waitFor({ state: 'detached' });
  await gaTill('Arbetsflödesbeskrivning');
  await page.getByText('Effektraden som skapades ur flödet har tagits bort i Kostnader och effekter.').waitFor();
  assert.equal(await page.locator('#flode-effekt-kopplad').count(), 0);
  await page.getByRole('button', { name: 'Skapa effektrad i Kostnader och effekter' }).click();
  assert.equal(await text(page.locator('#flode-effekt-kopplad')), 'Kopplad effektrad: 245 timmar/år × Handläggare för Socialnämnden.');
  await gaTill('Kostnader och effekter');
  assert.equal(await flodesrad().count(), 1);
  assert.deepEqual(await radensVarden(), { ar: ['245 h', '245 h', '245 h'], summa: '278 991,30 kr' });
  assert.deepEqual(m.konsolfel, []);
});
