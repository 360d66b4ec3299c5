// Every page at a phone's, a laptop's and a desktop's width: no page is
// wider than the screen, no table's content is cut off by its box, and step
// 8's first year column is in view at 1280 and 1920 px. A screenshot of each
// page at each width is written to tests/artifacts/bredd/ to look at.
//
// The pages are one list: a page added later is one line in SIDOR.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { miljo } from './hjalp.mjs';
import { FEM_FILER } from './portfoljfiler.mjs';

/**
 * Each page: a name (the screenshot's file name), its address under
 * /forstudie/ (`{id}` is the example case's id), and optionally what to do
 * once it has loaded, and `utskrift` to lay it out as printed: on A4 paper's
 * width (794 px at 96 dpi) rather than the screens' widths.
 */
const SIDOR = [
  { namn: 'startsida', adress: '' },
  { namn: 'steg01-utvecklingsbehov', adress: 'fall/{id}/utvecklingsbehov' },
  { namn: 'steg02-orsaksanalys', adress: 'fall/{id}/orsaksanalys' },
  { namn: 'steg03-malgruppsanalys', adress: 'fall/{id}/malgruppsanalys' },
  { namn: 'steg04-intressentanalys', adress: 'fall/{id}/intressentanalys' },
  { namn: 'steg05-arbetsflode', adress: 'fall/{id}/arbetsflodesbeskrivning' },
  { namn: 'steg06-informationsinventering', adress: 'fall/{id}/informationsinventering' },
  { namn: 'steg07-logikmodell', adress: 'fall/{id}/logikmodell' },
  { namn: 'steg08-kostnader', adress: 'fall/{id}/kostnader-och-effekter' },
  { namn: 'steg09-konsekvenser', adress: 'fall/{id}/kvalitativa-effekter-risker' },
  { namn: 'steg10-bedomning', adress: 'fall/{id}/bedomning' },
  { namn: 'steg11-sammanstallning', adress: 'fall/{id}/varderingssammanstallning' },
  { namn: 'steg11-sammanstallning-utskrift', adress: 'fall/{id}/varderingssammanstallning', utskrift: true },
  { namn: 'steg12-effekthemtagningsplan', adress: 'fall/{id}/effekthemtagningsplan' },
  { namn: 'effektplan-utskrift', adress: 'fall/{id}/effekthemtagningsplan/utskrift' },
  { namn: 'modell', adress: 'modell' },
  { namn: 'tillganglighet', adress: 'tillganglighet' },
  { namn: 'portfolj', adress: 'portfolj', forbered: laddaPortfolj },
  { namn: 'portfolj-sammanstallningar-utskrift', adress: 'portfolj', forbered: laddaPortfolj, utskrift: true },
  { namn: 'vardermodell', adress: 'vardermodell' },
];

const BREDDER = [
  { bredd: 390, hojd: 844 },
  { bredd: 1280, hojd: 800 },
  { bredd: 1920, hojd: 1080 },
];

const A4 = { bredd: 794, hojd: 1123 };

const KATALOG = path.join('tests', 'artifacts', 'bredd');

async function laddaPortfolj(page) {
  // The portfolio lives in the browser's database: start from an empty one
  // (the page closes its connection when the database is deleted).
  await page.evaluate(() => new Promise((klar) => {
    const req = indexedDB.deleteDatabase('forstudie-portfolj');
    req.onsuccess = req.onerror = req.onblocked = () => klar();
  }));
  await page.reload();
  await page.getByText('Portföljen är tom.').waitFor();
  await page.getByLabel('Välj JSON-filer …').setInputFiles(FEM_FILER);
  // Attached, not visible: printed, the page shows only its compilations.
  await page.locator('#portfoljtabell tbody tr').nth(3).waitFor({ state: 'attached' });
}

let m;
let id;
before(async () => {
  m = await miljo();
  await fs.mkdir(KATALOG, { recursive: true });
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  id = page.url().match(/fall\/([0-9a-f-]{36})\//)[1];
  // The plan (step 12) has content once the case is decided.
  await page.goto(`${url}fall/${id}/effekthemtagningsplan`);
  await page.getByLabel(/^Beslutsdatum/).fill('2026-12-01');
  await page.getByLabel(/^Beslutsreferens/).fill('KS 2026/12 § 3');
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  await page.getByText(/^Beslutad /).waitFor();
});
after(async () => { await m?.stang(); });

/**
 * What sticks out: the document's width, clipped tables, the widest
 * culprits. On a phone a table may scroll in a named scroll box; on the
 * wider screens only step 8's grids may (their description column stays
 * while the years scroll), every other table fits.
 */
function matLayout(telefon) {
  const vy = document.documentElement.clientWidth;
  const dokument = document.documentElement.scrollWidth;
  const beskriv = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`;
  // Elements whose right edge passes the viewport (only the outermost of each chain).
  const utanfor = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= vy + 1) continue;
    if (e.parentElement && e.parentElement.getBoundingClientRect().right > vy + 1) continue;
    utanfor.push(`${beskriv(e)} slutar vid ${Math.round(r.right + window.scrollX)} px`);
  }
  // A table is cut off when a box around it that clips (overflow other than
  // visible) is narrower than the table, and that box is not a scroll
  // region the user can reach (role=region, focusable, labelled).
  const klippta = [];
  for (const tabell of document.querySelectorAll('table')) {
    const tr = tabell.getBoundingClientRect();
    if (tr.width === 0) continue;
    for (let e = tabell.parentElement; e && e !== document.body; e = e.parentElement) {
      const stil = getComputedStyle(e);
      if (stil.overflowX === 'visible') continue;
      const klipper = e.scrollWidth > e.clientWidth + 1;
      const rullruta = e.getAttribute('role') === 'region' && e.tabIndex >= 0
        && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'))
        && (stil.overflowX === 'auto' || stil.overflowX === 'scroll');
      if (klipper && !(rullruta && (telefon || tabell.classList.contains('rutnat')))) {
        klippta.push(`${beskriv(tabell)} (${Math.round(tr.width)} px) i ${beskriv(e)} (${e.clientWidth} px)`);
      }
      break;
    }
    // A cell whose content is wider than the cell and hidden.
    for (const cell of tabell.querySelectorAll('td, th')) {
      const s = getComputedStyle(cell);
      if (s.overflowX !== 'visible' && cell.scrollWidth > cell.clientWidth + 1) {
        klippta.push(`en cell i ${beskriv(tabell)}: "${cell.textContent.trim().slice(0, 30)}"`);
      }
    }
  }
  // Step 8: the first year column of each grid, in the viewport and in its scroll box.
  const arkolumner = [...document.querySelectorAll('.rutnat')].map((t) => {
    const th = t.querySelector('th.arkolumn');
    if (!th) return null;
    const r = th.getBoundingClientRect();
    const ram = t.closest('.rutnatsram')?.getBoundingClientRect() ?? { left: 0, right: vy };
    return {
      tabell: t.id, vanster: Math.round(r.left), hoger: Math.round(r.right),
      synlig: r.left >= Math.max(0, ram.left) - 1 && r.right <= Math.min(vy, ram.right) + 1,
    };
  }).filter(Boolean);
  return { vy, dokument, utanfor: utanfor.slice(0, 8), klippta, arkolumner };
}

for (const storlek of [...BREDDER, A4]) {
  const { bredd, hojd } = storlek;
  for (const sida of SIDOR.filter((s) => Boolean(s.utskrift) === (storlek === A4))) {
    test(`${sida.namn} at ${bredd}×${hojd}`, async () => {
      const { page, url } = m;
      await page.setViewportSize({ width: bredd, height: hojd });
      await page.emulateMedia({ media: sida.utskrift ? 'print' : 'screen' });
      await page.goto(url + sida.adress.replace('{id}', id));
      await page.locator('main h1').first().waitFor();
      if (sida.adress.startsWith('fall/')) await page.locator('#stegrubrik, main h1').first().waitFor();
      if (sida.forbered) await sida.forbered(page);
      // Two frames: the layout has settled.
      await page.evaluate(() => new Promise((klar) => requestAnimationFrame(() => requestAnimationFrame(klar))));
      const matt = await page.evaluate(matLayout, bredd < 1280);
      await page.screenshot({ path: path.join(KATALOG, `${sida.namn}-${bredd}.png`), fullPage: true, timeout: 60_000 });
      await page.emulateMedia({ media: 'screen' });

      assert.ok(matt.dokument <= matt.vy,
        `the page is ${matt.dokument} px wide in a ${matt.vy} px viewport:\n${matt.utanfor.join('\n')}`);
      assert.deepEqual(matt.klippta, [], 'tables cut off by their box');
      if (sida.namn === 'steg08-kostnader') {
        assert.equal(matt.arkolumner.length, 2, 'the cost and the effect grid');
        if (bredd >= 1280) {
          for (const k of matt.arkolumner) {
            assert.ok(k.synlig, `${k.tabell}: the first year column is at ${k.vanster}–${k.hoger} px`);
          }
        }
      }
      assert.deepEqual(m.konsolfel, []);
    });
  }
}

test('on a phone the steps fold into "Steg 3 av 12"; every step ends with Föregående and Nästa', async () => {
  const { page, url } = m;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${url}fall/${id}/malgruppsanalys`);
  const meny = page.getByRole('button', { name: 'Steg 3 av 12: Målgruppsanalys' });
  await meny.waitFor();
  assert.equal(await meny.getAttribute('aria-expanded'), 'false');
  const lista = page.locator('#steglista');
  assert.equal(await lista.isVisible(), false, 'the twelve steps do not fill the first screen');
  await meny.click();
  assert.equal(await meny.getAttribute('aria-expanded'), 'true');
  await lista.getByRole('link', { name: /Intressentanalys/ }).click();
  await page.waitForURL(/\/intressentanalys$/);
  await page.getByRole('button', { name: 'Steg 4 av 12: Intressentanalys' }).waitFor();
  assert.equal(await lista.isVisible(), false, 'picking a step closes the menu');

  // At the end of the step: back to step 3, on to step 5.
  const fot = page.getByRole('navigation', { name: 'Föregående och nästa steg' });
  await fot.getByRole('link').first().waitFor();
  assert.deepEqual(await fot.getByRole('link').allTextContents(),
    ['← Föregående: Målgruppsanalys', 'Nästa: Arbetsflödesbeskrivning →']);
  await fot.getByRole('link', { name: 'Nästa: Arbetsflödesbeskrivning' }).click();
  await page.waitForURL(/\/arbetsflodesbeskrivning$/);
  // The first step has no Föregående, the last no Nästa.
  await page.goto(`${url}fall/${id}/utvecklingsbehov`);
  await fot.getByRole('link').first().waitFor();
  assert.deepEqual(await fot.getByRole('link').allTextContents(), ['Nästa: Orsaksanalys →']);
  await page.goto(`${url}fall/${id}/effekthemtagningsplan`);
  await fot.getByRole('link').first().waitFor();
  assert.deepEqual(await fot.getByRole('link').allTextContents(), ['← Föregående: Värderingssammanställning']);
  // On a wide screen the list shows and the fold button does not.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await lista.isVisible(), true);
  assert.equal(await page.locator('.stegmeny-knapp').isVisible(), false);
  assert.deepEqual(m.konsolfel, []);
});
