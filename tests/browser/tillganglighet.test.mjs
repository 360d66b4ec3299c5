// WCAG 2.1 AA checks with axe-core on every page the app has, in the states a
// user sees (empty, filled, with messages, with a dialog open), plus visible
// focus and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';
import { fyllSteg1 } from './hjalp_steg1.mjs';
import { oppnaMedManga } from './hjalp_sidor.mjs';
import { FEM_FILER } from './portfoljfiler.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

async function axe(page, vad) {
  const resultat = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const fel = resultat.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  assert.deepEqual(fel, [], `axe på ${vad}`);
  assert.ok(resultat.passes.length > 0, 'axe ran its rules');
}

test('the start page, empty and with cases and a damaged entry', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByText('Det finns inga förstudier').waitFor();
  await axe(page, 'tom startsida');
  await page.evaluate(() => localStorage.setItem('forstudie.fall.trasig', '{'));
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await fyllSteg1(page);
  await vantaPaSparat(page);
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('region', { name: 'Skadade poster' }).waitFor();
  await axe(page, 'startsida med förstudie och skadad post');
});

test('dialogs and the import message', async () => {
  const { page } = m;
  await page.getByRole('button', { name: /^Ta bort / }).first().click();
  await page.getByRole('dialog').waitFor();
  await axe(page, 'bekräfta borttagning');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByLabel('Importera förstudie (.json)').setInputFiles({
    name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('nej'),
  });
  await page.getByRole('alert').filter({ hasText: 'misslyckades' }).waitFor();
  await axe(page, 'importfel');
});

test('step 1, filled and with every message shown', async () => {
  const { page } = m;
  await page.getByRole('table').getByRole('link').first().click();
  await falt(page, 'Titel på initiativet').waitFor();
  await axe(page, 'steg 1 ifyllt');
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  await page.locator('.felmeddelande:visible').first().waitFor();
  await axe(page, 'steg 1 med felmeddelanden');
});

test('the accessibility statement and the not-found page', async () => {
  const { page, url } = m;
  await page.goto(`${url}tillganglighet`);
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse', level: 1 }).waitFor();
  await axe(page, 'tillgänglighetsredogörelsen');
  await page.goto(`${url}finns-inte`);
  await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor();
  await axe(page, 'sidan finns inte');
});

test('keyboard focus is visible and the skip link leads to the content', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).waitFor();
  await page.keyboard.press('Tab');
  const hoppa = page.getByRole('link', { name: 'Hoppa till innehållet' });
  assert.equal(await hoppa.evaluate((e) => e === document.activeElement), true);
  assert.ok((await hoppa.boundingBox()).y >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'huvudinnehall');
  // Tab from the content's start reaches "Ny förstudie" with a visible outline.
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.textContent === 'Ny förstudie')) break;
  }
  const knapp = page.getByRole('button', { name: 'Ny förstudie' });
  assert.equal(await knapp.evaluate((e) => e === document.activeElement), true);
  const { outlineStyle, outlineWidth } = await knapp.evaluate((e) => {
    const s = getComputedStyle(e);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth };
  });
  assert.notEqual(outlineStyle, 'none');
  assert.equal(outlineWidth, '3px');
  // The file picker is reachable too: its label shows the focus ring.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.id === 'importfil')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'importfil');
  const ring = await page.locator('label[for=importfil]').evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(ring, 'none');
});

test('the model documentation is a page of the app, readable and accessible', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('link', { name: 'Så räknar värderingen' }).click();
  await page.getByRole('heading', { name: 'Så räknar värderingen', level: 1 }).waitFor();
  assert.equal(page.url(), `${url}modell`);
  await page.getByRole('heading', { name: 'Scenarier och känslighet', level: 2 }).waitFor();
  assert.match(await page.locator('main').textContent(), /en halv öre avrundas bort från noll/);
  assert.ok(await page.locator('table.doktabell tbody tr').count() > 20);
  await axe(page, 'modelldokumentationen');
});

test('every step of a new case passes axe, with its messages shown', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').waitFor();
  const lankar = page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link');
  const antal = await lankar.count();
  assert.ok(antal >= 9, `${antal} steg`);
  for (let i = 0; i < antal; i++) {
    const namn = (await lankar.nth(i).textContent()).trim();
    await lankar.nth(i).click();
    await page.waitForURL((u) => u.pathname.split('/').length === 5);
    await page.locator('#stegrubrik').waitFor();
    const visa = page.getByRole('button', { name: 'Visa vad som saknas' });
    if (await visa.count()) await visa.click();
    await axe(page, namn);
  }
});

test('step 10 Bedömning with the example scored, and the model page with a refused weight', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link').filter({ hasText: 'Bedömning' }).click();
  await page.locator('#bedomning-poang').filter({ hasText: 'av 100' }).waitFor();
  await axe(page, 'bedömning, exemplet');
  // The weights are the model's: edited on the model page, with messages at the fields.
  await page.getByRole('link', { name: 'Värderingsmodell', exact: true }).click();
  await page.getByLabel('Ekonomi', { exact: true }).fill('20');
  await page.locator('#modell-vikter-brister').filter({ hasText: 'summerar till 90' }).waitFor();
  await page.getByLabel('Medel från', { exact: true }).fill('abc');
  await page.locator('.felmeddelande:visible').filter({ hasText: 'Skriv ett tal' }).waitFor();
  await page.getByLabel('Nämnder').fill('KS\nks');
  await page.locator('#modell-namnder-fel').filter({ hasText: 'två gånger' }).waitFor();
  await axe(page, 'värderingsmodellen med brister');
});

test('a financing shortfall, and the logic model with tied effects in text, pass axe', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const steg = (namn) => page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: new RegExp(namn) });
  await steg('Kvalitativa effekter').click();
  await page.locator('#finansiering li.rad').first().getByLabel('År 2027').fill('100 000');
  await page.locator('#finansieringsjamforelse td.underskott').first().waitFor();
  await axe(page, 'finansiering med underskott');
  await steg('Logikmodell').click();
  await page.getByText('Logikmodellen som text').click();
  await page.locator('details.textalternativ ul.kopplade').first().waitFor();
  await axe(page, 'logikmodellen med kopplade effekter som text');
});

test('the portfolio: empty, with cases and a failed file, and its assessment dialog', async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  await axe(page, 'tom portfölj');
  await page.getByLabel('Välj JSON-filer …').setInputFiles(FEM_FILER);
  await page.getByRole('region', { name: 'Filer som inte kunde läsas in' }).waitFor();
  await page.locator('#portfoljtabell tbody tr').nth(3).waitFor();
  await page.locator('#namndtabell summary').first().click();
  await axe(page, 'portfölj med förstudier och en fil som inte kunde läsas in');
  await page.getByRole('button', { name: 'Bedöm A Bokning' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bedöm ”A Bokning”' });
  await dialog.waitFor();
  const lagkrav = dialog.getByRole('group', { name: /^Angelägenhet, lagkrav/ });
  await lagkrav.getByLabel('Nivå').selectOption('');
  await lagkrav.getByLabel('Motivering').fill('Motivering utan nivå');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await lagkrav.locator('.felmeddelande').waitFor();
  await dialog.locator('#pb-namn-fel').waitFor();
  await axe(page, 'bedömning i portföljen med felmeddelande');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});

test('step 12 of the example: decision, plan with follow-ups and messages, undo dialog, printable plan', async () => {
  const { page, url } = m;
  // A follow-up is dated between the plan's baseline and today: followed up in 2028.
  await page.clock.setFixedTime(new Date('2028-12-01T12:00:00Z'));
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Effekthemtagningsplan/ }).click();
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  await page.locator('#beslut-datum-fel:visible').waitFor();
  await axe(page, 'steg 12, beslut med felmeddelanden');
  await falt(page, 'Beslutsdatum').fill('2027-01-10');
  await falt(page, 'Beslutsreferens').fill('SN 2027/12');
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  const tid = page.getByRole('region', { name: 'Frigjord handläggartid (från arbetsflödet)' });
  // From the keyboard: Enter in the form adds the follow-up.
  await falt(tid, 'Datum för uppföljningen').fill('2028-07-01');
  await falt(tid, 'Uppmätt värde').fill('2,0');
  await falt(tid, 'Realiserat belopp (kr)').fill('150 000');
  await falt(tid, 'Kommentar').press('Enter');
  await tid.locator('table.uppfoljningar tbody tr').waitFor();
  // A bad value stays in the form with its message.
  await falt(tid, 'Uppmätt värde').fill('två');
  await falt(tid, 'Uppmätt värde').press('Enter');
  await tid.locator('#uppf-e-tid-varde-fel:visible').waitFor();
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  await page.locator('#plan-e-tid-ansvarig-fel:visible').waitFor();
  await axe(page, 'steg 12, plan med uppföljning och meddelanden');
  await page.getByRole('button', { name: 'Ångra beslutet …' }).click();
  await page.getByRole('dialog', { name: 'Ångra beslutet?' }).waitFor();
  await axe(page, 'steg 12, ångra beslutet');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: 'Utskriftsvy av planen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Effekthemtagningsplan: / }).waitFor();
  await axe(page, 'utskriftsvyn av effekthemtagningsplanen');
});

test('the summary of the example passes axe, with every explanation open and in print media', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link')
    .filter({ hasText: 'Värderingssammanställning' }).click();
  await page.locator('#sam-prioritet').waitFor();
  await axe(page, 'värderingssammanställningen');
  const forklaringar = page.locator('details.forklaring summary');
  const antal = await forklaringar.count();
  assert.ok(antal >= 10, `${antal} förklaringar`);
  for (let i = 0; i < antal; i++) await forklaringar.nth(i).click();
  assert.equal(await page.locator('details.forklaring[open]').count(), antal);
  await axe(page, 'värderingssammanställningen med alla förklaringar öppna');
  await page.emulateMedia({ media: 'print' });
  await axe(page, 'värderingssammanställningen i utskriftsläge');
  await page.emulateMedia({ media: 'screen' });
});

test('the import dialog listing figures that differ from the recomputation', async () => {
  const { page, url } = m;
  await page.goto(url);
  const fil = JSON.parse(await fs.readFile(new URL('../../schema/exempel.json', import.meta.url), 'utf8'));
  fil.vardering.bas.nnv = '1.00';
  await page.getByLabel('Importera förstudie (.json)').setInputFiles({
    name: 'andrad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fil)),
  });
  const dialog = page.getByRole('dialog', { name: 'Filens värden stämmer inte' });
  await dialog.getByRole('table', { name: 'Värden som skiljer sig' }).waitFor();
  await axe(page, 'importdialog med avvikelser');
  await dialog.getByRole('button', { name: 'Avbryt importen' }).click();
});

test('step 8 with its grid in pages, on a later page', async () => {
  const { page, url } = m;
  await oppnaMedManga(page, url, 46);
  await page.getByRole('navigation', { name: 'Sidor med kostnader' }).getByRole('button', { name: 'Sista sidan' }).click();
  await page.getByText('Visar rad 46–46 av 46 (sida 4 av 4)').waitFor();
  await axe(page, 'steg 8 med sidor');
});
