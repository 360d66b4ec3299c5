// The exported business case against the committed JSON Schema
// (schema/affarsfall.schema.json), and an import that trusts nothing: a
// file whose NNV was changed by hand is listed figure by figure before the
// user accepts, and only the recomputed NNV is kept.
//
// The example's NNV at 3 % is 129 023,49 kr (tests/browser/exempel.test.mjs
// and the native tests read the same figure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import AxeBuilder from '@axe-core/playwright';
import { miljo } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const TITEL = 'Exempel: Digital ansökan om färdtjänst';
const NNV = '129023.49';
// The same figures as the import check's table shows them, in Swedish form.
const NNV_SV = '129\u00a0023,49';
const ANDRAD_SV = '999\u00a0999,00';
const rot = new URL('../../', import.meta.url);
const lasJson = async (fil) => JSON.parse(await fs.readFile(new URL(fil, rot), 'utf8'));
const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const importera = (page, namn, json) => page.getByLabel('Importera förstudie (.json)').setInputFiles({
  name: namn, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json, null, 2)),
});
const lagrat = (page) => page.evaluate(() => Object.entries(localStorage)
  .filter(([k]) => k.startsWith('forstudie.fall.')).sort().map(([, v]) => JSON.parse(v)));

/** A validator of the committed schema; int formats are only notes, uuid is checked. */
async function validator() {
  const ajv = new Ajv2020({
    allErrors: true,
    formats: {
      uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      int32: true, uint8: true, uint32: true, uint64: true,
    },
  });
  return ajv.compile(await lasJson('schema/affarsfall.schema.json'));
}

let exporterad;

test('the exported example validates against the committed schema', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  exporterad = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8'));
  assert.equal(exporterad.vardering.bas.nnv, NNV);

  const validera = await validator();
  assert.equal(validera(exporterad), true, JSON.stringify(validera.errors, null, 2));
  // The schema is not vacuous: money with one decimal or as a number, and
  // another schema version, are refused where they stand.
  for (const [andra, sokvag] of [
    [(f) => { f.vardering.bas.nnv = '129023.5'; }, '/vardering/bas/nnv'],
    [(f) => { f.vardering.bas.nnv = 129023.49; }, '/vardering/bas/nnv'],
    [(f) => { f.schema_version = 2; }, '/schema_version'],
  ]) {
    const fel = structuredClone(exporterad);
    andra(fel);
    assert.equal(validera(fel), false);
    assert.ok(validera.errors.some((e) => e.instancePath === sokvag), JSON.stringify(validera.errors));
  }

  // The browser writes what the native code writes: the committed sample,
  // but for the new case's id and times.
  const prov = await lasJson('schema/exempel.json');
  const utanIdOchTid = (f) => {
    const kopia = structuredClone(f);
    for (const k of ['id', 'skapad', 'andrad']) delete kopia.forstudie[k];
    delete kopia.exporterad;
    return kopia;
  };
  assert.deepEqual(utanIdOchTid(exporterad), utanIdOchTid(prov));
  assert.deepEqual(m.konsolfel, []);
});

test('a file with a tampered NNV lists the figure before the import, and the recomputed NNV is kept', async () => {
  const { page } = m;
  const andrad = structuredClone(exporterad);
  andrad.vardering.bas.nnv = '999999.00';
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  const fore = JSON.stringify(await lagrat(page));

  // The case is here already: the question and the differences together.
  await importera(page, 'andrad.json', andrad);
  let dialog = page.getByRole('dialog', { name: 'Förstudien finns redan' });
  await dialog.waitFor();
  assert.equal(await text(dialog.locator('#importkontroll-text')),
    'Filens beräknade värden stämmer inte med en omräkning. Appen använder de omräknade värdena.');
  const tabell = dialog.getByRole('table', { name: 'Värden som skiljer sig' });
  assert.deepEqual(await tabell.locator('thead th').allTextContents(), ['Figur', 'I filen', 'Omräknat']);
  const rader = tabell.locator('tbody tr');
  assert.equal(await rader.count(), 1);
  assert.equal(await rader.first().getByRole('rowheader').textContent(), 'NNV (bas)');
  assert.deepEqual(await rader.first().getByRole('cell').allTextContents(), [ANDRAD_SV, NNV_SV]);
  const resultat = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(resultat.violations.map((v) => `${v.id}: ${v.help}`), [], 'axe på importdialogen med avvikelser');
  await dialog.getByRole('button', { name: 'Avbryt importen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(JSON.stringify(await lagrat(page)), fore, 'nothing stored on cancel');

  // Without the case here the user is still asked first.
  await page.getByRole('button', { name: `Ta bort ${TITEL}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
  await page.getByText('Det finns inga förstudier').waitFor();
  await importera(page, 'andrad.json', andrad);
  dialog = page.getByRole('dialog', { name: 'Filens värden stämmer inte' });
  await dialog.waitFor();
  const rad = dialog.getByRole('table', { name: 'Värden som skiljer sig' }).locator('tbody tr');
  assert.deepEqual(await rad.locator('th, td').allTextContents(), ['NNV (bas)', ANDRAD_SV, NNV_SV]);
  await dialog.getByRole('button', { name: 'Importera med omräknade värden' }).click();
  await page.getByRole('status').filter({ hasText: `Importerade ”\u2068${TITEL}\u2069” med omräknade värden.` }).waitFor();

  const [sparad] = await lagrat(page);
  assert.equal(sparad.forstudie.id, exporterad.forstudie.id);
  // Stored with its inputs only: the file's figures are not kept, and the
  // app recomputes whenever the case opens (below, the recomputed NNV).
  assert.equal(sparad.vardering, undefined, 'no results are stored');
  assert.ok(!JSON.stringify(sparad).includes('999999'), 'the tampered figure is not kept');
  await page.getByRole('link', { name: TITEL }).click();
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link')
    .filter({ hasText: 'Kostnader och effekter' }).click();
  await page.waitForURL(/\/kostnader-och-effekter$/);
  await page.locator('#nyckel-nnv').filter({ hasText: '129' }).waitFor();
  assert.equal(await text(page.locator('#nyckel-nnv')), '129 023,49 kr');
  assert.deepEqual(m.konsolfel, []);
});

test('an untouched file and a file without results each say so in one sentence', async () => {
  const { page } = m;
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await importera(page, 'orord.json', exporterad);
  const dialog = page.getByRole('dialog', { name: 'Förstudien finns redan' });
  await dialog.waitFor();
  assert.equal(await text(dialog.locator('#importkontroll-text')), 'Alla beräknade värden i filen stämmer med omräkningen.');
  assert.equal(await dialog.getByRole('table').count(), 0);
  await dialog.getByRole('button', { name: 'Avbryt importen' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // No case with its id here and nothing differs: imported at once, and the
  // message says the results were computed.
  const utan = structuredClone(exporterad);
  delete utan.vardering;
  delete utan.bedomning;
  utan.forstudie.id = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
  await importera(page, 'utan.json', utan);
  await page.getByRole('status').filter({
    hasText: `Importerade ”\u2068${TITEL}\u2069”. Filen har inga beräknade värden; de räknas fram från filens indata vid importen.`,
  }).waitFor();
  const ny = (await lagrat(page)).find((f) => f.forstudie.id === utan.forstudie.id);
  assert.deepEqual(ny.forstudie, utan.forstudie, 'the inputs are stored as in the file');
  // The results are computed from them when the case opens.
  await page.goto(`${m.url}fall/${utan.forstudie.id}/kostnader-och-effekter`);
  await page.locator('#nyckel-nnv').filter({ hasText: '129' }).waitFor();
  assert.equal(await text(page.locator('#nyckel-nnv')), '129 023,49 kr');
  assert.deepEqual(m.konsolfel, []);
});
