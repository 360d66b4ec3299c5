// The start page lists the cases from their stored summaries
// (src/lagring/sammandrag.rs): a case saved now has one; a case stored by an
// older version (no summary) or changed without its summary being updated
// is read in full, listed correctly and summarised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { falt, miljo, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const sammandrag = (page, id) => page.evaluate((k) => localStorage.getItem(k), `forstudie.sammanfattning.${id}`);

test('new cases are listed from their summaries, old ones without summaries are read and summarised', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(page, 'Titel på initiativet').fill('Sparad med sammanfattning');
  await vantaPaSparat(page);
  const id = page.url().split('/fall/')[1].split('/')[0];
  assert.match(await sammandrag(page, id), /\n25:Sparad med sammanfattning\n/);

  // An older version's case: the same text under another id, no summary.
  const gammalId = '00000000-0000-4000-8000-0000000000b1';
  await page.evaluate(([id, gammal]) => {
    const text = localStorage.getItem(`forstudie.fall.${id}`)
      .replaceAll(id, gammal).replace('Sparad med sammanfattning', 'Från en äldre version');
    localStorage.setItem(`forstudie.fall.${gammal}`, text);
  }, [id, gammalId]);
  assert.equal(await sammandrag(page, gammalId), null);
  // The new case's summary edited (its check intact, the title as long):
  // what the list shows comes from the summary, not from the case.
  await page.evaluate((k) => localStorage.setItem(k, localStorage.getItem(k).replace('Sparad med', 'Listad med')),
    `forstudie.sammanfattning.${id}`);
  await page.goto(url);
  await page.getByRole('rowheader', { name: 'Listad med sammanfattning' }).waitFor();
  await page.getByRole('rowheader', { name: 'Från en äldre version' }).waitFor();
  assert.match(await sammandrag(page, gammalId), /\n23:Från en äldre version\n/);

  // Changed without its summary (as an older version in another tab would):
  // the summary no longer matches the case, which is read and listed anew.
  await page.evaluate((k) => localStorage.setItem(k, localStorage.getItem(k).replace('Från en äldre version', 'Ändrad av en äldre version')),
    `forstudie.fall.${gammalId}`);
  await page.reload();
  await page.getByRole('rowheader', { name: 'Ändrad av en äldre version' }).waitFor();
  assert.equal(await page.getByRole('rowheader', { name: 'Från en äldre version' }).count(), 0);
  assert.match(await sammandrag(page, gammalId), /\n28:Ändrad av en äldre version\n/);

  // Damaged after it was summarised: listed as damaged, kept as it is.
  const trasig = '{"schema_version": 1, "forstudie": {"id": trasig';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`forstudie.fall.${gammalId}`, trasig]);
  await page.reload();
  const skadade = page.getByRole('region', { name: 'Skadade poster' });
  await skadade.waitFor();
  assert.match(await skadade.getByRole('listitem').filter({ hasText: gammalId }).textContent(), /inte giltig JSON/);
  assert.equal(await page.getByRole('rowheader', { name: 'Ändrad av en äldre version' }).count(), 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), `forstudie.fall.${gammalId}`), trasig);
});
