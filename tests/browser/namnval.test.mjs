// Nämnd and förvaltning from the värderingsmodell's lists (issue #12, item
// 4): with a served model that lists them, step 1 and each step 8 line
// offer the list's names (and a line the model's cost types); choosing a förvaltning fills its nämnd; "Annan …"
// reveals a field for a name the list lacks; the portfolio then flags the
// case, and a short name the model gives as an alias ("KS") counts as the
// listed nämnd in the totals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { miljo, vantaPaSparat } from './hjalp.mjs';
import { modellfil } from './hjalp_modell.mjs';

const fil = modellfil({ diskonteringsranta_procent: '3.0' }, 'Listkommunens modell', '1');
fil.vardermodell.forvaltningar.push({ namn: 'Stadsledningskontoret', namnd: 'Kommunstyrelsen' });
fil.vardermodell.alias = [{ alias: 'KS', namn: 'Kommunstyrelsen' }];
// The model offers three cost types, in its own order.
fil.vardermodell.kostnadstyper = ['licenser', 'personal', 'drift_och_forvaltning'];

let m;
before(async () => { m = await miljo({ modell: JSON.stringify(fil, null, 2) }); });
after(async () => { await m?.stang(); });

const alternativ = (select) => select.locator('option').allTextContents();

test('step 1 and step 8 choose from the lists, a missing name is written in, the portfolio flags it', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.locator('#aktiv-modell').filter({ hasText: 'Listkommunens modell, version 1' }).waitFor();
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);

  const forvaltning = page.locator('select#behov-forvaltning');
  const namnd = page.locator('select#behov-namnd');
  // The case view is a wasm part of its own: it may still be loading.
  await forvaltning.waitFor();
  assert.deepEqual(await alternativ(forvaltning),
    ['Välj …', 'Socialförvaltningen', 'Stadsledningskontoret', 'Annan … (skriv namnet)']);
  assert.deepEqual(await alternativ(namnd), ['Välj …', 'Kommunstyrelsen', 'Socialnämnden', 'Annan … (skriv namnet)']);
  // A förvaltning fills the nämnd it answers to.
  await forvaltning.selectOption({ label: 'Stadsledningskontoret' });
  await page.waitForFunction(() => document.querySelector('select#behov-namnd').selectedOptions[0]?.textContent === 'Kommunstyrelsen');
  // A nämnd the list lacks: "Annan …" and a field to write it in.
  await namnd.selectOption({ label: 'Annan … (skriv namnet)' });
  const annan = page.getByLabel('Nämnd som inte finns i listan');
  await annan.waitFor();
  await annan.fill('Tekniska nämnden');
  await page.locator('#behov-titel').fill('Listfallet');
  await vantaPaSparat(page);
  await page.reload();
  await page.getByLabel('Nämnd som inte finns i listan').waitFor();
  assert.equal(await page.getByLabel('Nämnd som inte finns i listan').inputValue(), 'Tekniska nämnden');

  // Step 8: a line's nämnd from the same list.
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link').filter({ hasText: 'Kostnader och effekter' }).click();
  await page.waitForURL(/kostnader-och-effekter$/);
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  const radnamnd = page.locator('.kostnadsrader select[id$="-namnd"], table select[id$="-namnd"]').first();
  await radnamnd.waitFor();
  assert.deepEqual(await alternativ(radnamnd), ['Välj …', 'Kommunstyrelsen', 'Socialnämnden', 'Annan …']);
  await radnamnd.selectOption({ label: 'Socialnämnden' });
  // The line's cost type from the model's three.
  const typ = page.locator('select[aria-label="Kostnadstyp"]').first();
  assert.deepEqual(await alternativ(typ), ['Licenser', 'Personal', 'Drift och förvaltning']);
  await typ.selectOption({ label: 'Drift och förvaltning' });
  await vantaPaSparat(page);

  // Export, then the portfolio flags the nämnd that is not in the list.
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'namnval-'));
  const egen = path.join(katalog, 'listfallet.json');
  await fs.copyFile(await nedladdning.path(), egen);
  const sparad = JSON.parse(await fs.readFile(egen, 'utf8'));
  assert.equal(sparad.forstudie.utvecklingsbehov.forvaltning, 'Stadsledningskontoret');
  assert.equal(sparad.forstudie.utvecklingsbehov.namnd, 'Tekniska nämnden');
  assert.deepEqual(sparad.forstudie.ekonomi.kostnader.map((k) => [k.namnd, k.kostnadstyp]), [['Socialnämnden', 'drift_och_forvaltning']]);
  // A second case spelled "KS" for Kommunstyrelsen, with a line for KS.
  const ks = structuredClone(sparad);
  ks.forstudie.id = '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
  ks.forstudie.utvecklingsbehov.titel = 'KS-fallet';
  ks.forstudie.utvecklingsbehov.namnd = 'KS';
  ks.forstudie.ekonomi.kostnader = [{ id: 'k-ks', namnd: 'KS', kostnadstyp: 'licenser',
    fordelning: { typ: 'engangs', ar: 0, varde: '1000' } }];
  const ksfil = path.join(katalog, 'ks.json');
  await fs.writeFile(ksfil, JSON.stringify(ks, null, 2));
  const kommunstyrelsen = structuredClone(ks);
  kommunstyrelsen.forstudie.id = '0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c';
  kommunstyrelsen.forstudie.utvecklingsbehov.titel = 'KS-fallet, utskrivet';
  kommunstyrelsen.forstudie.ekonomi.kostnader[0].namnd = 'Kommunstyrelsen';
  const kommunstyrelsenfil = path.join(katalog, 'kommunstyrelsen.json');
  await fs.writeFile(kommunstyrelsenfil, JSON.stringify(kommunstyrelsen, null, 2));

  await page.goto(`${url}portfolj`);
  await page.getByLabel('Välj JSON-filer …').setInputFiles([egen, ksfil, kommunstyrelsenfil]);
  await page.getByText('Läste in 3 av 3 filer.').waitFor();
  const listfallet = page.locator('#portfoljtabell tbody tr').filter({ hasText: 'Listfallet' });
  assert.match(await listfallet.textContent(), /Utanför modellens lista/);
  assert.match(await listfallet.textContent(), /Tekniska nämnden/);
  const ksrad = page.locator('#portfoljtabell tbody tr').filter({ hasText: 'KS-fallet' }).first();
  assert.doesNotMatch(await ksrad.textContent(), /Utanför modellens lista/);
  // "KS" and "Kommunstyrelsen" are one nämnd in the totals: 1 000 + 1 000.
  const namndrader = await page.locator('#namndtabell tbody tr th .titel').allTextContents();
  assert.equal(namndrader.filter((n) => /Kommunstyrelsen|^KS$/.test(n)).length, 1, namndrader.join(', '));
  const ksSumma = page.locator('#namndtabell tbody tr').filter({ hasText: 'Kommunstyrelsen' });
  assert.match((await ksSumma.locator('td').first().textContent()).replace(/\u00a0/g, ' '), /^2 000,00/);
  await fs.rm(katalog, { recursive: true, force: true });
});
