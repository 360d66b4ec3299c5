// Step 1's rules are shown at the field, in Swedish, and drive the stepper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { falt, miljo } from './hjalp.mjs';
import { fyllSteg1 } from './hjalp_steg1.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

test('a required field left empty gets its message at the field', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  const titel = falt(page, 'Titel på initiativet');
  await titel.waitFor();
  // Nothing is shouted before the user has been in the field.
  assert.equal(await page.locator('.felmeddelande:visible').count(), 0);
  await titel.focus();
  await page.keyboard.press('Tab');
  const fel = page.locator('#behov-titel-fel');
  assert.equal(await fel.textContent(), 'Ge initiativet en titel.');
  assert.equal(await titel.getAttribute('aria-invalid'), 'true');
  // The help text ("Högst 120 tecken.") and the message.
  assert.equal(await titel.getAttribute('aria-describedby'), 'behov-titel-hjalp behov-titel-fel');
  assert.equal(await titel.getAttribute('aria-required'), 'true');
  // A title past 120 characters is kept but refused, with the limit said.
  await titel.fill('Titel '.repeat(21));
  await fel.getByText('Titeln får vara högst 120 tecken. Korta den och beskriv resten under problemet eller möjligheten.').waitFor();
  assert.equal(await titel.inputValue(), 'Titel '.repeat(21));
  await titel.fill('Nu finns en titel');
  assert.equal(await fel.isVisible(), false);
  assert.equal(await titel.getAttribute('aria-invalid'), null);
});

test('"Visa vad som saknas" shows every missing field, and filling them completes the step', async () => {
  const { page } = m;
  await page.getByRole('button', { name: 'Visa vad som saknas' }).click();
  const synliga = await page.locator('.felmeddelande:visible').allTextContents();
  assert.deepEqual(synliga, [
    'Ange ett datum.', 'Ange vilken förvaltning som skriver förstudien.',
    'Ange vilken nämnd förvaltningen hör till.', 'Ange en kontaktperson.',
    'Ange kontaktpersonens roll.', 'Beskriv problemet eller möjligheten.',
    'Beskriv vilka som berörs.', 'Beskriv vad som händer om ingenting görs.',
    'Välj minst en strategi som initiativet bidrar till.',
  ]);
  // Step 1's entry: the stepper lists more than one step.
  const steg = page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Utvecklingsbehov/ });
  assert.match(await steg.textContent(), /Ej klar/);
  await fyllSteg1(page);
  assert.equal(await page.locator('.felmeddelande:visible').count(), 0);
  await steg.getByText('✓ Klar').waitFor();
  // Clearing one field makes the step incomplete again.
  await falt(page, 'Nämnd').fill('   ');
  await steg.getByText('○ Ej klar').waitFor();
  assert.equal(await page.locator('#behov-namnd-fel').textContent(), 'Ange vilken nämnd förvaltningen hör till.');
});

test('the whole step can be filled with the keyboard alone', async () => {
  const { page } = m;
  await page.getByRole('link', { name: 'Alla förstudier' }).click();
  await page.getByRole('button', { name: 'Ny förstudie' }).focus();
  await page.keyboard.press('Enter');
  const titel = falt(page, 'Titel på initiativet');
  await titel.waitFor();
  await titel.focus();
  await page.keyboard.type('Tangentbord');
  await page.keyboard.press('Tab'); // Datum
  await page.keyboard.press('Tab'); // Förvaltning: date inputs hold several stops in Chromium
  const fokus = await page.evaluate(() => document.activeElement.id);
  assert.ok(['behov-datum', 'behov-forvaltning'].includes(fokus), fokus);
  // A strategy checkbox is reached and toggled with Space.
  const ruta = page.getByLabel('Säkra digitala tjänster som skapar tillit');
  await ruta.focus();
  await page.keyboard.press('Space');
  assert.equal(await ruta.isChecked(), true);
  assert.equal(await titel.inputValue(), 'Tangentbord');
});
