// Edit-to-repaint time of step 8 in headless Chromium on the stress case
// (30 nämnder, 300 lines, 15 years; the grid shows its first page of 15
// cost and 15 effect lines): one year cell is edited and the time is taken
// until the NNV on screen has changed and the next frame is painted.
// Prints stress_edit_to_repaint_median_ms=<ms> (median of RUNS).
//
// Needs the release build in dist/ (trunk build --release) and the case
// file from the example:
//   cargo run --example stresscase_json > /tmp/stress.json
//   node tests/bench_stress.mjs /tmp/stress.json
import fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { starta } from './server.mjs';
import { startaWebblasare } from './browser/hjalp.mjs';

const RUNS = Number(process.env.RUNS ?? 15);

async function fallfil() {
  if (process.argv[2]) return fs.readFile(process.argv[2], 'utf8');
  // Without a file, the example makes one (cargo must be on PATH).
  return execFileSync('cargo', ['run', '--quiet', '--example', 'stresscase_json'], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
}

const text = await fallfil();
const id = JSON.parse(text).forstudie.id;
const { server, url } = await starta();
const browser = await startaWebblasare();
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`forstudie.fall.${id}`, text]);
  await page.goto(`${url}fall/${id}/kostnader-och-effekter`);
  const cellen = page.locator('#kostnadsrutnat input.cell').first();
  await cellen.waitFor({ timeout: 30000 });
  await page.locator('#nyckel-nnv').waitFor();

  const tider = [];
  for (let i = 0; i < RUNS; i++) {
    // A value that differs every run, so the NNV always changes.
    const ny = String(1000 + i * 137);
    const ms = await cellen.evaluate((el, v) => new Promise((klar) => {
      const nnv = document.querySelector('#nyckel-nnv');
      const fore = nnv.textContent;
      const start = performance.now();
      const obs = new MutationObserver(() => {
        if (nnv.textContent === fore) return;
        obs.disconnect();
        // The change is in the DOM; the next frame paints it.
        requestAnimationFrame(() => setTimeout(() => klar(performance.now() - start), 0));
      });
      obs.observe(nnv, { childList: true, characterData: true, subtree: true });
      el.focus();
      el.value = v;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: v }));
    }), ny);
    tider.push(ms);
    await page.waitForTimeout(50);
  }
  tider.sort((a, b) => a - b);
  const median = tider[Math.floor(tider.length / 2)];
  console.error(`runs=${RUNS} min=${tider[0].toFixed(1)} max=${tider.at(-1).toFixed(1)}`);
  console.log(`stress_edit_to_repaint_median_ms=${median.toFixed(1)}`);
} finally {
  await browser.close();
  server.close();
}
