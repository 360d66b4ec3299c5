// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core (no browser download), the release build served on
// loopback under /forstudie/.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { starta } from '../server.mjs';

export const CHROMIUM_FLAGGOR = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function startaWebblasare() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGGOR,
  });
}

/** A server, a browser and a fresh context whose downloads are kept.
 * `alternativ` go to the server (`modell`: tests/server.mjs). */
export async function miljo(alternativ = {}) {
  const { server, url } = await starta(alternativ);
  const browser = await startaWebblasare();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'sv-SE' });
  // Generous for a loaded 2-core CI machine; a missing element still fails.
  context.setDefaultTimeout(10_000);
  // Every page records Content-Security-Policy violations; closing the
  // environment fails the test file if there were any.
  await context.addInitScript(() => {
    window.__cspBrott = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspBrott.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
  const cspBrott = [];
  const page = await context.newPage();
  const konsolfel = samlaKonsolfel(page);
  return {
    url, browser, context, page, konsolfel,
    async stang() {
      for (const p of context.pages()) {
        cspBrott.push(...await p.evaluate(() => window.__cspBrott ?? []).catch(() => []));
      }
      await browser.close();
      server.close();
      if (cspBrott.length) throw new Error(`Content-Security-Policy-brott:\n${cspBrott.join('\n')}`);
    },
  };
}

/** Waits until the autosave says it has saved. */
export async function vantaPaSparat(page) {
  await page.getByRole('status').filter({ hasText: /^Sparat \d\d:\d\d$/ }).waitFor();
}

/** The control whose label is exactly `etikett` (a required field's " *" allowed). */
export function falt(page, etikett) {
  const text = etikett.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${text}( \\*)?$`));
}

/** Opens the example case and exports it; the downloaded file's text. */
export async function exporteratExempel(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const nedladdning = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera (.json)' }).click();
  return (await import('node:fs/promises')).readFile(await (await nedladdning).path(), 'utf8');
}

/** Asserts that the focus arrives where `las` (run in the page on the
 * focused element) reads `vantat`. The app moves the focus in the next
 * animation frame (src/ui/komponenter/radlista.rs, fokusera_senare), so it is waited for;
 * a focus that never arrives still fails, naming what has it. */
export async function vantaPaFokus(page, las, vantat, meddelande) {
  // Polled from here: page.waitForFunction with a text predicate evals it
  // in the page on every frame, which the app's CSP (rightly) reports.
  await vantaTills(page, () => page.evaluate(`(${las})(document.activeElement)`), vantat, meddelande);
}

/** Reads `las()` every 20 ms until it gives `vantat`, for at most five
 * seconds; then asserts it, so a value that never arrives fails by name. */
export async function vantaTills(page, las, vantat, meddelande) {
  const slut = Date.now() + 5_000;
  let varde = await las();
  while (varde !== vantat && Date.now() < slut) {
    await page.waitForTimeout(20);
    varde = await las();
  }
  assert.equal(varde, vantat, meddelande);
}

/** How many cases the portfolio's database holds (webblasare/portfoljdb.rs). */
export function portfoljposter(page) {
  return page.evaluate(() => new Promise((klar, fel) => {
    const req = indexedDB.open('forstudie-portfolj');
    req.onerror = () => fel(req.error);
    req.onsuccess = () => {
      const r = req.result.transaction('fall').objectStore('fall').count();
      r.onsuccess = () => { req.result.close(); klar(r.result); };
    };
  }));
}

/** Waits until the portfolio's database holds `antal` cases: the page writes
 * it after showing a change, and a reload before the write has ended reads
 * the portfolio as it was. */
export async function vantaPaPortfoljdatabasen(page, antal) {
  await vantaTills(page, () => portfoljposter(page), antal, 'cases in the portfolio database');
}

/** The page's uncaught errors and console errors from now on, as they come. */
export function samlaKonsolfel(page) {
  const fel = [];
  page.on('pageerror', (e) => fel.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') fel.push(m.text()); });
  return fel;
}
