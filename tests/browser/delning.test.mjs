// The wasm split (scripts/dela_wasm.mjs, the `Lazy` routes in
// src/ui/app.rs): the start page fetches only its own wasm, a page's part
// comes when the page is first shown, and a deep link to every step, and a
// reload there, shows that step with no error in the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { falt, miljo, samlaKonsolfel, vantaPaSparat } from './hjalp.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

// The steps in order: their paths and headings (src/model/steg.rs).
const STEG = [
  ['utvecklingsbehov', 'Utvecklingsbehov'],
  ['orsaksanalys', 'Orsaksanalys'],
  ['malgruppsanalys', 'Målgruppsanalys'],
  ['intressentanalys', 'Intressentanalys'],
  ['arbetsflodesbeskrivning', 'Arbetsflödesbeskrivning'],
  ['informationsinventering', 'Informationsinventering'],
  ['logikmodell', 'Logikmodell'],
  ['kostnader-och-effekter', 'Kostnader och effekter'],
  ['kvalitativa-effekter-risker', 'Kvalitativa effekter, risker och konsekvenser'],
  ['bedomning', 'Bedömning'],
  ['varderingssammanstallning', 'Värderingssammanställning'],
  ['effekthemtagningsplan', 'Effekthemtagningsplan'],
];

/** The .wasm files the page fetches from now on (file names only). */
function wasmLista(page) {
  const filer = [];
  page.on('request', (r) => {
    const namn = new URL(r.url()).pathname.split('/').pop();
    if (namn.endsWith('.wasm')) filer.push(namn);
  });
  return filer;
}

/** A new case titled `titel`, saved in a context of its own: its id and
 * the storage it left, for a fresh context to start from. */
async function sparatFall(browser, url, titel) {
  const context = await browser.newContext();
  const sida = await context.newPage();
  await sida.goto(url);
  await sida.getByRole('button', { name: 'Ny förstudie' }).click();
  await falt(sida, 'Titel på initiativet').fill(titel);
  await vantaPaSparat(sida);
  const id = sida.url().split('/fall/')[1].split('/')[0];
  const lagrat = await context.storageState();
  await context.close();
  return { id, lagrat };
}

const rubrik = async (page) => (await page.locator('#stegrubrik').textContent()).trim();

test('the start page fetches only the main wasm; a case fetches its part when opened', async () => {
  const { browser, url } = m;
  // A context of its own: an empty cache and nothing stored.
  const context = await browser.newContext();
  const page = await context.newPage();
  const fel = samlaKonsolfel(page);
  const filer = wasmLista(page);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Förstudier' }).waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`startsidan hämtar: ${filer.join(', ')}`);
  assert.equal(filer.length, 1, `startsidan hämtar bara huvudmodulen, inte ${filer.join(', ')}`);
  assert.match(filer[0], /^forstudie-[0-9a-f]+_bg\.wasm$/);

  await page.getByRole('button', { name: 'Ny förstudie' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  assert.equal(await rubrik(page), 'Utvecklingsbehov');
  const delar = filer.slice(1);
  console.log(`förstudien hämtar dessutom: ${delar.join(', ')}`);
  assert.ok(delar.length >= 1, 'förstudiens sida kommer i en egen del');
  assert.ok(delar.every((f) => !/_bg\.wasm$/.test(f)), 'huvudmodulen hämtas inte igen');
  assert.deepEqual(fel, []);
  await context.close();
});

test('stored cases are listed from their summaries with the main wasm alone; a case without one fetches the reading part', async () => {
  const { browser, url } = m;
  const { id, lagrat } = await sparatFall(browser, url, 'Listad ur sammanfattningen');

  /** The start page in a context of its own (empty cache) over `lagrat`. */
  const startsidan = async (lagrat) => {
    const context = await browser.newContext({ storageState: lagrat });
    const page = await context.newPage();
    const filer = wasmLista(page);
    await page.goto(url);
    await page.getByRole('rowheader', { name: 'Listad ur sammanfattningen' }).waitFor();
    await page.waitForLoadState('networkidle');
    return { context, page, filer };
  };
  let { context, page, filer } = await startsidan(lagrat);
  assert.equal(filer.length, 1, `bara huvudmodulen, inte ${filer.join(', ')}`);
  await page.evaluate((k) => localStorage.removeItem(k), `forstudie.sammanfattning.${id}`);
  const utan = await context.storageState();
  await context.close();

  ({ context, page, filer } = await startsidan(utan));
  // The reading part, and the parts it shares with the case view; no page.
  assert.ok(filer.some((f) => /^split_las_fullt_/.test(f)), `läsningens del: ${filer.join(', ')}`);
  assert.ok(!filer.some((f) => /^split___/.test(f)), `ingen sidas del: ${filer.join(', ')}`);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), `forstudie.sammanfattning.${id}`),
    /\n26:Listad ur sammanfattningen\n/, 'the case read in full gets its summary');
  await context.close();
});

test('a deep link to a step fetches the main wasm, the case view\'s part and a few shared ones', async () => {
  const { browser, url } = m;
  // A stored case, then the deep link in a context of its own (empty cache).
  const { id, lagrat } = await sparatFall(browser, url, 'Djuplänkad');

  const context = await browser.newContext({ storageState: lagrat });
  const page = await context.newPage();
  const filer = wasmLista(page);
  await page.goto(`${url}fall/${id}/kostnader-och-effekter`);
  await page.locator('#stegrubrik', { hasText: 'Kostnader och effekter' }).waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`djuplänken hämtar ${filer.length} wasm-filer: ${filer.join(', ')}`);
  assert.ok(filer.some((f) => /^split___fall_vy_/.test(f)), 'förstudievyns del');
  assert.ok(!filer.some((f) => /^split___(portfolj|modell|vardermodell|tillganglighet)_/.test(f)), 'ingen annan sidas del');
  // The small chunks the parts share come merged in one module
  // (scripts/sla_ihop_delar.mjs): without that this link fetched 57 files.
  assert.ok(filer.length <= 16, `${filer.length} wasm-filer`);
  await context.close();
});

test('opening the file picker fetches the import\'s parts before a file is chosen', async () => {
  const { browser, url } = m;
  const context = await browser.newContext();
  const page = await context.newPage();
  const filer = wasmLista(page);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Förstudier' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(filer.length, 1);
  const valjare = page.waitForEvent('filechooser');
  await page.locator('label[for=importfil]').click();
  await valjare;
  const delar = ['las_importen', 'krocken', 'spara_nytt'];
  const slut = Date.now() + 10_000;
  while (!delar.every((d) => filer.some((f) => f.startsWith(`split_${d}_`))) && Date.now() < slut) {
    await page.waitForTimeout(50);
  }
  for (const del of delar) {
    assert.ok(filer.some((f) => f.startsWith(`split_${del}_`)), `${del}: ${filer.join(', ')}`);
  }
  assert.ok(!filer.some((f) => /^split___/.test(f)), `ingen sidas del: ${filer.join(', ')}`);
  await context.close();
});

test('a deep link to every step, and a reload there, shows the step', async () => {
  const { page, url, konsolfel } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const id = page.url().match(/\/fall\/([^/]+)\//)[1];
  for (const [slug, namn] of STEG) {
    const adress = `${url}fall/${id}/${slug}`;
    await page.goto(adress);
    await page.locator('#stegrubrik', { hasText: namn }).waitFor();
    assert.equal(await rubrik(page), namn, `djuplänk till ${slug}`);
    await page.reload();
    await page.locator('#stegrubrik', { hasText: namn }).waitFor();
    assert.equal(await rubrik(page), namn, `omladdning av ${slug}`);
    assert.equal(page.url(), adress);
  }
  assert.deepEqual(konsolfel, []);
});

test('every other lazily loaded page opens by a deep link', async () => {
  const { page, url, konsolfel } = m;
  for (const [sokvag, namn] of [
    ['portfolj', 'Portfölj för värderingsteamet'],
    ['tillganglighet', 'Tillgänglighetsredogörelse'],
  ]) {
    await page.goto(`${url}${sokvag}`);
    await page.getByRole('heading', { level: 1, name: namn }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: namn }).waitFor();
  }
  for (const sokvag of ['modell', 'vardermodell']) {
    await page.goto(`${url}${sokvag}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  assert.deepEqual(konsolfel, []);
});
