// A keyboard-only walkthrough: no mouse click and no `fill` — only Tab,
// Shift+Tab, Enter, Space, arrow keys and typed characters, the way a user
// without a pointer works. At every stop the focused control must show a
// visible focus ring.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { miljo } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

/** What a screen reader would roughly call the focused element, and whether its focus shows. */
async function fokus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { namn: '', synlig: false, tag: 'body' };
    const etikett = e.getAttribute('aria-label')
      ?? (e.labels && e.labels[0] ? e.labels[0].textContent : null)
      ?? e.textContent;
    const s = getComputedStyle(e);
    // A file input is styled through its label, as the start page does.
    const ring = e.type === 'file' && e.labels?.[0] ? getComputedStyle(e.labels[0]) : s;
    const synlig = (ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2)
      || (ring.boxShadow && ring.boxShadow !== 'none');
    return { namn: (etikett ?? '').replace(/\s+/g, ' ').replace(/ \*$/, '').trim(), synlig, tag: e.tagName.toLowerCase() };
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches. */
async function tabbaTill(page, monster, { bakat = false, max = 80 } = {}) {
  const sett = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(bakat ? 'Shift+Tab' : 'Tab');
    const f = await fokus(page);
    sett.push(f.namn);
    // Past the last control the focus leaves the page for the browser's own
    // controls (activeElement is then body); the next Tab comes back.
    if (f.tag === 'body') continue;
    assert.ok(f.synlig, `focus is not visible on "${f.namn}" (${f.tag})`);
    if (typeof monster === 'string' ? f.namn === monster : monster.test(f.namn)) return f;
  }
  assert.fail(`"${monster}" was not reached by ${bakat ? 'Shift+' : ''}Tab; passed: ${sett.join(' | ')}`);
}

async function skriv(page, text) {
  await page.keyboard.type(text);
}

/**
 * Types a date into a focused date input, part by part with Tab between.
 * The parts' order follows the browser's own language (Debian's Chromium
 * ships only en-US: month, day, year; a Swedish one: year, month, day), so
 * each order is tried, re-entering the input from its first part.
 */
async function skrivDatum(page, falt, ar, manad, dag) {
  const ordningar = [[manad, dag, ar], [ar, manad, dag], [dag, manad, ar]];
  for (const [i, delar] of ordningar.entries()) {
    if (i > 0) {
      // Out of the input backwards, then in again at its first part.
      while (await falt.evaluate((e) => e === document.activeElement)) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
    }
    for (const [j, del] of delar.entries()) {
      await page.keyboard.type(del);
      // Only the year waits for more digits; Tab moves on from it.
      if (j < 2 && del === ar) await page.keyboard.press('Tab');
    }
    if (await falt.inputValue() === `${ar}-${manad}-${dag}`) return;
  }
  assert.fail(`the date input did not take ${ar}-${manad}-${dag}: ${await falt.inputValue()}`);
}

test('a case is created, filled, navigated, and exported with the keyboard alone', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Ny förstudie' }).waitFor();

  await tabbaTill(page, 'Ny förstudie');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/utvecklingsbehov$/);

  // Step 1: every required field, reached by Tab from the top of the page.
  await tabbaTill(page, 'Titel på initiativet');
  await skriv(page, 'Digital bokning av lokaler');
  await tabbaTill(page, 'Datum');
  await skrivDatum(page, page.locator('#behov-datum'), '2026', '11', '27');
  await tabbaTill(page, 'Förvaltning');
  await skriv(page, 'Kultur- och fritidsförvaltningen');
  await tabbaTill(page, 'Nämnd');
  await skriv(page, 'Kultur- och fritidsnämnden');
  await tabbaTill(page, 'Kontaktperson');
  await skriv(page, 'Omar Said');
  await tabbaTill(page, 'Kontaktpersonens roll');
  await skriv(page, 'Bokningsansvarig');
  await tabbaTill(page, 'Problem eller möjlighet');
  await skriv(page, 'Bokningar görs per telefon och e-post och dubbelbokningar är vanliga.');
  await tabbaTill(page, 'Vilka berörs?');
  await skriv(page, 'Föreningar, invånare och bokningshandläggare');
  await tabbaTill(page, 'Nollalternativ: vad händer om ingenting görs?');
  await skriv(page, 'Dubbelbokningarna fortsätter.');
  // A strategy is a checkbox: Space ticks it.
  await tabbaTill(page, 'Utgå från medborgarnas behov och livshändelser');
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Utgå från medborgarnas behov och livshändelser').isChecked(), true);
  await page.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ }).waitFor();
  const steg1 = page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link').first();
  await steg1.getByText('✓ Klar').waitFor();

  // Back up to the stepper and on to step 2.
  await tabbaTill(page, /^2\. Orsaksanalys/, { bakat: true, max: 120 });
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/orsaksanalys$/);

  // Two causes added with the keyboard, then the second moved up.
  await tabbaTill(page, 'Problemformulering');
  await skriv(page, 'Lokaler dubbelbokas');
  await tabbaTill(page, /^\+ Lägg till orsak/);
  await page.keyboard.press('Enter');
  // The new row takes the focus: typing goes into its text.
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT' || document.activeElement?.tagName === 'TEXTAREA');
  await skriv(page, 'Ingen gemensam kalender');
  await tabbaTill(page, /^\+ Lägg till orsak/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT' || document.activeElement?.tagName === 'TEXTAREA');
  await skriv(page, 'Bokningar på papper');
  await tabbaTill(page, 'Flytta upp orsak 2: Bokningar på papper', { bakat: true });
  await page.keyboard.press('Enter');
  const orsaker = await page.locator('#orsaker li.rad input[type=text], #orsaker li.rad textarea')
    .evaluateAll((f) => f.map((e) => e.value).filter((v) => v));
  assert.deepEqual(orsaker.slice(0, 2), ['Bokningar på papper', 'Ingen gemensam kalender']);

  // Export: the button is reached and pressed with Enter.
  const nedladdning = page.waitForEvent('download');
  await tabbaTill(page, 'Exportera (.json)', { bakat: true, max: 150 });
  await page.keyboard.press('Enter');
  const fil = JSON.parse(await fs.readFile(await (await nedladdning).path(), 'utf8'));
  assert.equal(fil.forstudie.utvecklingsbehov.titel, 'Digital bokning av lokaler');
  assert.equal(fil.forstudie.utvecklingsbehov.datum, '2026-11-27');
  assert.deepEqual(fil.forstudie.orsaksanalys.orsaker.map((o) => o.beskrivning).slice(0, 2),
    ['Bokningar på papper', 'Ingen gemensam kalender']);
  assert.deepEqual(m.konsolfel, []);
});

test('the delete dialog is used with the keyboard and Escape gives the focus back', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
  const fore = await page.locator('table.fallista tbody tr').count();
  await tabbaTill(page, /^Ta bort/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // Escape closes without deleting, and the focus is back on the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.match((await fokus(page)).namn, /^Ta bort/);
  assert.equal(await page.locator('table.fallista tbody tr').count(), fore);
  // Again, and confirm with the keyboard.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  // The browser queues a dialog's close event: one from the Escape above that
  // arrives after the dialog opened again must not close it.
  await dialog.evaluate((d) => d.dispatchEvent(new Event('close')));
  await page.evaluate(() => new Promise((klar) => requestAnimationFrame(() => requestAnimationFrame(klar))));
  assert.equal(await dialog.evaluate((d) => d.open), true, 'a stale close event leaves the dialog open');
  await tabbaTill(page, /^Ta bort/, { max: 10 });
  assert.equal(await dialog.evaluate((d) => d.contains(document.activeElement)), true, 'focus stays in the dialog');
  await page.keyboard.press('Enter');
  await page.getByText('Det finns inga förstudier').waitFor();
  assert.deepEqual(m.konsolfel, []);
});
