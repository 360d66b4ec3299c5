// The portfolio at scale in headless Chromium: N copies of the example case
// (schema/exempel.json, about 20 KB, each with its own id and title) picked
// at once on the portfolio page, timed from the file input's change event
// until "Läste in N av N filer." stands on the page and is painted. Runs 50
// and 500 files (PORTFOLJ_ANTAL overrides) and prints each time and the
// ratio 500/50 (linear growth gives 10). Then, with PORTFOLJ_SORTERA files
// (2 000 unless set; 0 skips), the time from a click on a column header
// until the re-sorted first page is painted (the table shows 50 rows a
// page; the sort orders every case), median of 5. Needs the release build in dist/:
//   node tests/bench_portfolj.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { starta } from './server.mjs';
import { startaWebblasare } from './browser/hjalp.mjs';

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exempel = JSON.parse(fs.readFileSync(path.join(rot, 'schema', 'exempel.json'), 'utf8'));
const ANTAL = (process.env.PORTFOLJ_ANTAL ?? '50,500').split(',').map(Number);
const SORTERA = Number(process.env.PORTFOLJ_SORTERA ?? '2000');

/** N files in a fresh folder, ids 00000000-0000-4000-8000-<n>. */
function skrivFiler(antal) {
  const katalog = fs.mkdtempSync(path.join(os.tmpdir(), `portfolj-${antal}-`));
  const filer = [];
  for (let i = 0; i < antal; i++) {
    const fil = structuredClone(exempel);
    fil.forstudie.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    fil.forstudie.utvecklingsbehov.titel = `${exempel.forstudie.utvecklingsbehov.titel} nr ${i + 1}`;
    const namn = path.join(katalog, `fall-${i + 1}.json`);
    fs.writeFileSync(namn, JSON.stringify(fil, null, 2));
    filer.push(namn);
  }
  return filer;
}

const { server, url } = await starta();
const browser = await startaWebblasare();
const tider = {};
try {
  for (const antal of ANTAL) {
    const filer = skrivFiler(antal);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}portfolj`);
    await page.getByText('Portföljen är tom').waitFor();
    const klar = page.evaluate((antal) => new Promise((klar) => {
      let start;
      window.addEventListener('change', () => { start = performance.now(); }, { capture: true, once: true });
      const mal = `Läste in ${antal} av ${antal} filer.`;
      const obs = new MutationObserver(() => {
        if (!document.body.textContent.includes(mal)) return;
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => klar(performance.now() - start), 0));
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
    }), antal);
    await page.getByLabel('Välj JSON-filer …').setInputFiles(filer);
    tider[antal] = await klar;
    console.log(`portfolio_load_${antal}_files_ms=${tider[antal].toFixed(0)}`);
    await context.close();
    fs.rmSync(path.dirname(filer[0]), { recursive: true, force: true });
  }
  if (SORTERA > 0) {
    const filer = skrivFiler(SORTERA);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${url}portfolj`);
    await page.getByText('Portföljen är tom').waitFor();
    await page.getByLabel('Välj JSON-filer …').setInputFiles(filer);
    await page.getByText(`Läste in ${SORTERA} av ${SORTERA} filer.`).waitFor();
    const sorteringar = [];
    // The copies differ only in their titles ("… nr 1" to "… nr N"): each
    // click on the title column reverses the order, so the first page changes.
    for (const [i, kolumn] of Array(5).fill('Förstudie').entries()) {
      const klar = page.evaluate(() => new Promise((klar) => {
        let start;
        window.addEventListener('click', () => { start = performance.now(); }, { capture: true, once: true });
        const obs = new MutationObserver(() => {
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => klar(performance.now() - start), 0));
        });
        obs.observe(document.querySelector('#portfoljtabell tbody'), { childList: true, subtree: true, characterData: true });
      }));
      await page.locator('#portfoljtabell thead').getByRole('button', { name: kolumn, exact: true }).click();
      sorteringar.push(await klar);
      if (i === 0) console.log(`(${SORTERA} rader, ${await page.locator('#portfoljtabell tbody tr').count()} på sidan)`);
    }
    sorteringar.sort((a, b) => a - b);
    console.log(`portfolio_sort_${SORTERA}_rows_ms=${sorteringar[2].toFixed(0)} (budget 100; runs ${sorteringar.map((t) => t.toFixed(0)).join(', ')})`);
    await context.close();
    fs.rmSync(path.dirname(filer[0]), { recursive: true, force: true });
  }
  if (tider[50] && tider[500]) {
    console.log(`portfolio_load_ratio_500_50=${(tider[500] / tider[50]).toFixed(1)} (budget 12)`);
  }
} finally {
  await browser.close();
  server.close();
}
