// Export and import of the stress case in headless Chromium (median of
// RUNS): export from the click on "Exportera (.json)" until the download
// starts (the case written, valuation and all, and handed to the browser);
// import from the file chosen until the case is listed on the start page
// and painted. Prints stress_export_browser_median_ms and
// stress_import_browser_median_ms. Needs the release build in dist/ and the
// case file (see tests/bench_stress.mjs):
//   node tests/bench_fil.mjs target/stressfall.json
import fs from 'node:fs/promises';
import { starta } from './server.mjs';
import { startaWebblasare } from './browser/hjalp.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const text = await fs.readFile(process.argv[2], 'utf8');
const fil = JSON.parse(text);
const id = fil.forstudie.id;
const titel = fil.forstudie.utvecklingsbehov.titel;
const median = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

const { server, url } = await starta();
const browser = await startaWebblasare();
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`forstudie.fall.${id}`, text]);

  // Export, from the case's first step.
  await page.goto(`${url}fall/${id}/utvecklingsbehov`);
  await page.locator('#stegrubrik').waitFor();
  const exporter = [];
  for (let i = 0; i < RUNS; i++) {
    const nedladdning = page.waitForEvent('download');
    exporter.push(await page.getByRole('button', { name: 'Exportera (.json)' }).evaluate((knapp) => new Promise((klar) => {
      const klick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        const ms = performance.now() - start;
        HTMLAnchorElement.prototype.click = klick;
        klick.call(this);
        klar(ms);
      };
      const start = performance.now();
      knapp.click();
    })));
    await (await nedladdning).path();
  }

  // Import, on the start page with the case removed before each run.
  const importer = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate((k) => localStorage.removeItem(k), `forstudie.fall.${id}`);
    await page.goto(url);
    await page.getByText('Det finns inga förstudier').waitFor();
    const listad = page.evaluate((titel) => new Promise((klar) => {
      let start;
      window.addEventListener('change', () => { start = performance.now(); }, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (!document.querySelector('table.fallista')?.textContent.includes(titel)) return;
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => klar(performance.now() - start), 0));
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    }), titel);
    // As the user does: the label opens the file picker (which fetches the
    // import's wasm parts, src/ui/sidor/startsida/import.rs), and choosing a
    // file takes a second at least.
    const valjare = page.waitForEvent('filechooser');
    await page.locator('label[for=importfil]').click();
    await page.waitForTimeout(1000);
    await (await valjare).setFiles({ name: 'stressfall.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    importer.push(await listad);
  }
  console.error(`export runs=${exporter.map((t) => t.toFixed(0)).join(',')}`);
  console.error(`import runs=${importer.map((t) => t.toFixed(0)).join(',')}`);
  console.log(`stress_export_browser_median_ms=${median(exporter).toFixed(1)}`);
  console.log(`stress_import_browser_median_ms=${median(importer).toFixed(1)}`);
} finally {
  await browser.close();
  server.close();
}
