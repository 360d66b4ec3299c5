// Step 8's grid in pages of 25 lines: what is shown is said in words, the
// controls work from the keyboard, an edit on a later page reaches the
// figures, and adding or removing a line shows the page it concerns.
//
// The case (hjalp_sidor.mjs): 51 cost lines in one nämnd, 100 kr in each
// of 2027–2029, discount rate 3 %. Per year 51 × 100 = 5 100,00 kr; present
// values 5 100,00 + 5 100/1,03 (4 951,46) + 5 100/1,0609 (4 807,24)
// = 14 858,70, so NNV = −14 858,70 kr. Line 30 set to 1 000 kr in 2027
// (d(0) = 1) adds 900,00: NNV = −15 758,70 kr.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { miljo } from './hjalp.mjs';
import { oppnaMedManga } from './hjalp_sidor.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const text = async (loc) => (await loc.textContent()).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim();
const sidor = (page) => page.getByRole('navigation', { name: 'Sidor med kostnader' });
const status = (page) => page.locator('.sidvaljare', { has: sidor(page) }).getByRole('status');
const rader = (page) => page.locator('#kostnadsrutnat tbody tr');
const beskrivningar = async (page) => Promise.all((await rader(page).getByLabel('Beskrivning').all()).map((l) => l.inputValue()));
const nnv = (page, v) => page.waitForFunction((v) => document.querySelector('#nyckel-nnv')?.textContent
  .replace(/\u00a0/g, ' ').replace(/\u2212/g, '-') === v, v);

test('the first page shows 25 of 51 lines and says so; a short list has no page controls', async () => {
  const { page, url } = m;
  await oppnaMedManga(page, url, 51);
  assert.equal(await text(status(page)), 'Visar rad 1–25 av 51 (sida 1 av 3)');
  assert.equal(await rader(page).count(), 25);
  const namn = await beskrivningar(page);
  assert.equal(namn[0], 'Rad 1');
  assert.equal(namn[24], 'Rad 25');
  // The one effect line fits one page: no controls there.
  assert.equal(await page.getByRole('navigation', { name: 'Sidor med effekter' }).count(), 0);
  // The figures count every line, shown or not.
  await nnv(page, '-14 858,70 kr');
  // At the first page, back is marked unavailable and does nothing.
  const forsta = sidor(page).getByRole('button', { name: 'Första sidan' });
  const foregaende = sidor(page).getByRole('button', { name: 'Föregående sida' });
  assert.equal(await forsta.getAttribute('aria-disabled'), 'true');
  assert.equal(await foregaende.getAttribute('aria-disabled'), 'true');
  await foregaende.focus();
  await page.keyboard.press('Enter');
  assert.equal(await foregaende.evaluate((e) => e === document.activeElement), true, 'the focus stays');
  assert.equal(await text(status(page)), 'Visar rad 1–25 av 51 (sida 1 av 3)');
  assert.deepEqual(m.konsolfel, []);
});

test('the keyboard moves between pages and the focus stays on the control', async () => {
  const { page } = m;
  const nasta = sidor(page).getByRole('button', { name: 'Nästa sida' });
  await nasta.focus();
  await page.keyboard.press('Enter');
  await page.getByText('Visar rad 26–50 av 51 (sida 2 av 3)').waitFor();
  assert.equal(await nasta.evaluate((e) => e === document.activeElement), true);
  assert.deepEqual((await beskrivningar(page)).slice(0, 2), ['Rad 26', 'Rad 27']);
  await page.keyboard.press('Enter');
  await page.getByText('Visar rad 51–51 av 51 (sida 3 av 3)').waitFor();
  assert.deepEqual(await beskrivningar(page), ['Rad 51']);
  assert.equal(await nasta.getAttribute('aria-disabled'), 'true');
  assert.equal(await sidor(page).getByRole('button', { name: 'Sista sidan' }).getAttribute('aria-disabled'), 'true');
  // Shift+Tab reaches "Föregående sida" and Space goes back a page.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await page.getByText('Visar rad 26–50 av 51 (sida 2 av 3)').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('a cell edited on the second page changes the figures', async () => {
  const { page } = m;
  await page.getByLabel('Rad 30 2027', { exact: true }).fill('1000');
  await nnv(page, '-15 758,70 kr');
  // Away and back: the value is in the case, not only in the field.
  await sidor(page).getByRole('button', { name: 'Första sidan' }).click();
  await page.getByText('Visar rad 1–25 av 51 (sida 1 av 3)').waitFor();
  await sidor(page).getByRole('button', { name: 'Nästa sida' }).click();
  assert.equal((await page.getByLabel('Rad 30 2027', { exact: true }).inputValue()).replace(/\u00a0/g, ' '), '1 000');
  assert.deepEqual(m.konsolfel, []);
});

test('removing the last page’s only line shows the page before; a new line shows its page', async () => {
  const { page } = m;
  await sidor(page).getByRole('button', { name: 'Sista sidan' }).click();
  await page.getByText('Visar rad 51–51 av 51 (sida 3 av 3)').waitFor();
  await rader(page).first().getByRole('button', { name: 'Ta bort' }).click();
  await page.getByText('Visar rad 26–50 av 50 (sida 2 av 2)').waitFor();
  assert.equal(await rader(page).count(), 25);
  // 50 lines: −15 758,70 + the removed line's 100 + 97,09 + 94,26 = −15 467,35.
  await nnv(page, '-15 467,35 kr');
  // From the first page, a new line takes the user to the page it is on.
  await sidor(page).getByRole('button', { name: 'Första sidan' }).click();
  await page.getByRole('button', { name: 'Lägg till kostnad' }).click();
  await page.getByText('Visar rad 51–51 av 51 (sida 3 av 3)').waitFor();
  assert.deepEqual(await beskrivningar(page), ['']);
  assert.deepEqual(m.konsolfel, []);
});
