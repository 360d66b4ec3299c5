// Damaged local storage never stops the app and is never overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const SKRAP = '{"schema_version": 1, "forstudie": {"id": trasig';
const SKRAPNYCKEL = 'forstudie.fall.00000000-0000-4000-8000-000000000001';

test('garbage in local storage: the app starts, lists it as damaged and offers its raw text', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.evaluate(([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem('forstudie.fall.inte-ett-id', 'bara text');
    localStorage.setItem('annan-app', '{"x":1}');
  }, [SKRAPNYCKEL, SKRAP]);
  await page.reload();
  const skadade = page.getByRole('region', { name: 'Skadade poster' });
  await skadade.waitFor();
  assert.equal(await skadade.getByRole('listitem').count(), 2);
  assert.match(await skadade.textContent(), /inte giltig JSON/);
  // The app still works: a new case can be made and edited.
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Fungerar ändå');
  await vantaPaSparat(page);
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('rowheader', { name: 'Fungerar ändå' }).waitFor();

  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    skadade.getByRole('listitem').filter({ hasText: SKRAPNYCKEL }).getByRole('button', { name: 'Ladda ned rå text' }).click(),
  ]);
  assert.equal(await fs.readFile(await nedladdning.path(), 'utf8'), SKRAP);
  // Untouched, byte for byte.
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), SKRAPNYCKEL), SKRAP);
  assert.equal(await page.evaluate(() => localStorage.getItem('annan-app')), '{"x":1}');
});

test('a damaged case cannot be opened, and the message says why', async () => {
  const { page, url } = m;
  await page.goto(`${url}fall/00000000-0000-4000-8000-000000000001/utvecklingsbehov`);
  await page.getByRole('heading', { name: 'Förstudien kan inte öppnas' }).waitFor();
  assert.match(await page.getByRole('alert').textContent(), /kan inte läsas/);
  await page.goto(`${url}fall/inte-ett-id/utvecklingsbehov`);
  assert.match(await page.getByRole('alert').textContent(), /finns inte i den här webbläsaren/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), SKRAPNYCKEL), SKRAP);
});

test('unknown paths and the accessibility statement work under the sub-path', async () => {
  const { page, url } = m;
  await page.goto(`${url}finns/inte`);
  await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor();
  await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse', level: 1 }).waitFor();
  assert.equal(page.url(), `${url}tillganglighet`);
  assert.match(await page.locator('main').textContent(), /Rapportera brister i tillgängligheten/);
  await page.reload();
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse', level: 1 }).waitFor();
});

test("a second tab never silently overwrites the first tab's edit", async () => {
  const { page, url, context } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Ursprung');
  await vantaPaSparat(page);
  const adress = page.url();
  const flikB = await context.newPage();
  await flikB.goto(adress);
  assert.equal(await falt(flikB, 'Titel på initiativet').inputValue(), 'Ursprung');

  await falt(page, 'Titel på initiativet').fill('Från flik A');
  await vantaPaSparat(page);
  await falt(flikB, 'Titel på initiativet').fill('Från flik B');
  const status = flikB.getByRole('status').filter({ hasText: 'Sparades inte' });
  await status.waitFor();
  assert.match(await status.textContent(), /ändrats i en annan flik/);
  const lagrad = await page.evaluate((id) => JSON.parse(localStorage.getItem(`forstudie.fall.${id}`)),
    adress.split('/fall/')[1].split('/')[0]);
  assert.equal(lagrad.forstudie.utvecklingsbehov.titel, 'Från flik A');
  await flikB.close();
});

test('a full storage quota is reported, the typed text stays, and saving resumes when there is room', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Före');
  await vantaPaSparat(page);
  const id = page.url().split('/fall/')[1].split('/')[0];
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await falt(page, 'Titel på initiativet').fill('Efter');
  const fel = page.getByRole('status').filter({ hasText: 'Kunde inte spara' });
  await fel.waitFor();
  assert.match(await fel.textContent(), /lagringsutrymme är fullt/);
  assert.equal(await falt(page, 'Titel på initiativet').inputValue(), 'Efter');
  const lagrad = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).forstudie.utvecklingsbehov.titel, `forstudie.fall.${id}`);
  assert.equal(await lagrad(), 'Före');

  await page.evaluate(() => { Storage.prototype.setItem = window.__setItem; });
  await falt(page, 'Titel på initiativet').fill('Efter igen');
  await vantaPaSparat(page);
  assert.equal(await lagrad(), 'Efter igen');
});

test('the start page follows changes made in another tab', async () => {
  const { page, url, context } = m;
  await page.goto(url);
  // A damaged entry makes the list read in full too (it has no summary):
  // a case changed under the same key must still be read anew.
  await page.evaluate(() => localStorage.setItem('forstudie.fall.00000000-0000-4000-8000-0000000000f1', '{trasig'));
  await page.reload();
  // The list is shown once the cases without a summary are read.
  await page.locator('.fallistan[aria-busy="false"]').waitFor({ state: 'attached' });
  const fore = await page.getByRole('rowheader').count();
  const annan = await context.newPage();
  await annan.goto(url);
  await annan.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(annan, 'Titel på initiativet').fill('Från en annan flik');
  await vantaPaSparat(annan);
  await page.getByRole('rowheader', { name: 'Från en annan flik' }).waitFor();
  assert.equal(await page.getByRole('rowheader').count(), fore + 1);
  await annan.close();
});

test('truncated, wrong-type and future-version cases under valid keys are listed with their reason, kept, and refuse to open', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Mall för skador');
  await vantaPaSparat(page);
  const [nyckel, text] = await page.evaluate(() => Object.entries(localStorage).find(([k, v]) => k.startsWith('forstudie.fall.') && v.includes('Mall för skador')));
  const id = nyckel.replace('forstudie.fall.', '');
  const skador = {
    '00000000-0000-4000-8000-0000000000a1': [text.slice(0, text.length - 40), /inte giltig JSON/],
    '00000000-0000-4000-8000-0000000000a2': [text.replace(id, '00000000-0000-4000-8000-0000000000a2').replace('"titel":"Mall för skador"', '"titel":42').replace('"titel": "Mall för skador"', '"titel": 42'), /stämmer inte med formatet/],
    '00000000-0000-4000-8000-0000000000a3': [text.replace(id, '00000000-0000-4000-8000-0000000000a3').replace(/"schema_version":\s*1/, '"schema_version": 9'), /schemaversion 9/],
  };
  await page.evaluate((s) => { for (const [id, [v]] of Object.entries(s)) localStorage.setItem(`forstudie.fall.${id}`, v); },
    Object.fromEntries(Object.entries(skador).map(([k, [v]]) => [k, [v]])));
  await page.goto(url);
  const skadade = page.getByRole('region', { name: 'Skadade poster' });
  await skadade.waitFor();
  for (const [id, [varde, orsak]] of Object.entries(skador)) {
    const post = skadade.getByRole('listitem').filter({ hasText: id });
    assert.match(await post.textContent(), orsak, id);
    await page.goto(`${url}fall/${id}/utvecklingsbehov`);
    await page.getByRole('heading', { name: 'Förstudien kan inte öppnas' }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), orsak, id);
    // Never overwritten, not even by visiting it.
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), `forstudie.fall.${id}`), varde, id);
    await page.goto(url);
    await skadade.waitFor();
  }
  // The good case still opens and edits.
  await page.getByRole('rowheader', { name: 'Mall för skador' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), nyckel), text);
});

/** Fills local storage to its quota with keys of its own (`fyll.*`). */
const fyllLagringen = (page) => page.evaluate(() => {
  let i = 0;
  for (let n = 1024 * 1024; n >= 1; n /= 2) {
    try { for (;;) localStorage.setItem(`fyll.${i++}`, 'x'.repeat(n)); } catch { /* full at this size */ }
  }
});
/** Waits at most 1 s for the case's stored title to be `titel`. */
const tidigt = (page, id, titel) => page.waitForFunction(([k, t]) => {
  const v = localStorage.getItem(k);
  return v && JSON.parse(v).forstudie.utvecklingsbehov.titel === t;
}, [`forstudie.fall.${id}`, titel], { timeout: 1000 });
const frigor = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fyll.')).forEach((k) => localStorage.removeItem(k)));

test('a save that failed stays pending: storage freed, the case left and opened again, the edit is kept', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Före fyllningen');
  await vantaPaSparat(page);
  const adress = page.url();
  const id = adress.split('/fall/')[1].split('/')[0];
  const lagrad = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).forstudie.utvecklingsbehov.titel, `forstudie.fall.${id}`);

  // A real full quota, not a stub.
  await fyllLagringen(page);
  await falt(page, 'Titel på initiativet').fill('Skrivet när det var fullt');
  const status = page.getByRole('status').filter({ hasText: 'Kunde inte spara' });
  await status.waitFor();
  assert.match(await status.textContent(), /lagringsutrymme är fullt\..* Ändringen finns kvar här och sparas så snart det går\.$/);
  assert.equal(await lagrad(), 'Före fyllningen');
  // Which case is not saved, and its export offered right there.
  await page.getByText('”Skrivet när det var fullt” är inte sparad i webbläsaren.').waitFor();
  const [fil] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera ”Skrivet när det var fullt” nu (.json)' }).click(),
  ]);
  const exporterad = JSON.parse(await fs.readFile(await fil.path(), 'utf8'));
  assert.equal(exporterad.forstudie.utvecklingsbehov.titel, 'Skrivet när det var fullt');

  // Leaving the case while storage is still full: the edit is not dropped.
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('rowheader', { name: 'Före fyllningen' }).getByRole('link').click();
  assert.equal(await falt(page, 'Titel på initiativet').inputValue(), 'Skrivet när det var fullt');
  await page.getByRole('status').filter({ hasText: 'Kunde inte spara' }).waitFor();

  // Room is freed; the user leaves the case and comes back.
  await frigor(page);
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('rowheader', { name: 'Skrivet när det var fullt' }).waitFor();
  assert.equal(await lagrad(), 'Skrivet när det var fullt');
  // A fresh page has only what was stored: the edit is there.
  await page.goto(adress);
  assert.equal(await falt(page, 'Titel på initiativet').inputValue(), 'Skrivet när det var fullt');
  await vantaPaSparat(page);
});

test('a pending save is retried by itself, on leaving a step and on a storage event from another tab', async () => {
  const { page, url, context } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Försök igen');
  await vantaPaSparat(page);
  const id = page.url().split('/fall/')[1].split('/')[0];
  const lagrad = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).forstudie.utvecklingsbehov.titel, `forstudie.fall.${id}`);

  // By itself, every few seconds: no further edit, no navigation. Each
  // edit makes the case longer, so it cannot fit the filled storage.
  await fyllLagringen(page);
  await falt(page, 'Titel på initiativet').fill('Försök igen, av sig själv');
  await page.getByRole('status').filter({ hasText: 'Kunde inte spara' }).waitFor();
  await frigor(page);
  await vantaPaSparat(page);
  assert.equal(await lagrad(), 'Försök igen, av sig själv');

  // On leaving a step.
  await fyllLagringen(page);
  await falt(page, 'Titel på initiativet').fill('Försök igen, av sig själv, vid stegbyte');
  await page.getByRole('status').filter({ hasText: 'Kunde inte spara' }).waitFor();
  await frigor(page);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Orsaksanalys/ }).click();
  await page.waitForURL(/\/orsaksanalys$/);
  // At once, well before the next timed retry (every 3 s).
  await tidigt(page, id, 'Försök igen, av sig själv, vid stegbyte');
  await vantaPaSparat(page);

  // On a storage event: another tab frees the room.
  await fyllLagringen(page);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Utvecklingsbehov/ }).click();
  await falt(page, 'Titel på initiativet').fill('Försök igen, av sig själv, vid stegbyte, efter annan flik');
  await page.getByRole('status').filter({ hasText: 'Kunde inte spara' }).waitFor();
  const annan = await context.newPage();
  await annan.goto(url);
  await frigor(annan);
  await tidigt(page, id, 'Försök igen, av sig själv, vid stegbyte, efter annan flik');
  await vantaPaSparat(page);
  await annan.close();

  // Leaving the page with a save pending asks first.
  await fyllLagringen(page);
  await falt(page, 'Titel på initiativet').fill('Försök igen, av sig själv, vid stegbyte, efter annan flik, inte sparad');
  await page.getByRole('status').filter({ hasText: 'Kunde inte spara' }).waitFor();
  const fraga = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await fraga;
  assert.equal(dialog.type(), 'beforeunload');
  await dialog.dismiss();
  await frigor(page);
  await vantaPaSparat(page);
  assert.equal(await lagrad(), 'Försök igen, av sig själv, vid stegbyte, efter annan flik, inte sparad');
  await page.close();
});
