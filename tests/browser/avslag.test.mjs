// Text from files is safe in the page, a case too large for the browser's
// storage says so with its size and the room there is, and a follow-up
// is dated between the plan's baseline and today, each read as the user
// sees it, in an import on the start page and in the portfolio.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { exporteratExempel, falt, miljo } from './hjalp.mjs';

let m;
let giltig;
before(async () => {
  m = await miljo();
  const { page, url } = m;
  giltig = JSON.parse(await exporteratExempel(page, url));
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
});
after(async () => { await m?.stang(); });

let nummer = 0;
/** The example with a new id and its own title, without computed results. */
function fil(titel, andra = () => {}) {
  const f = structuredClone(giltig);
  nummer += 1;
  f.forstudie.id = `0a0b0c0d-0000-4000-8000-${String(nummer).padStart(12, '0')}`;
  f.forstudie.utvecklingsbehov.titel = titel;
  delete f.vardering;
  delete f.bedomning;
  andra(f);
  return JSON.stringify(f);
}

async function importera(page, namn, text) {
  await page.getByLabel('Importera förstudie (.json)').setInputFiles({ name: namn, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const RLO = '\u202e';

test("a title with a right-to-left override cannot turn the app's own words around", async () => {
  const { page, url } = m;
  const titel = `${RLO}Förstudie om bygglov`;
  await importera(page, `${RLO}nosj.json`, fil(titel));
  const besked = page.getByRole('status').filter({ hasText: /^Importerade/ });
  await besked.waitFor();
  // The title is isolated (FSI … PDI): the override ends with it.
  assert.equal(await besked.textContent(),
    `Importerade ”\u2068${titel}\u2069”. Filen har inga beräknade värden; de räknas fram från filens indata vid importen.`);
  // In the list the title is its own bidi island, the link still a link.
  const lank = page.locator('table.fallista a').filter({ hasText: 'Förstudie om bygglov' });
  assert.equal(await lank.locator('bdi').textContent(), titel);
  // The sentence after the title reads left to right: "Filen har" stays
  // to the right of the title on screen.
  const [titelns, efter] = await besked.evaluate((p) => {
    const text = p.firstChild;
    const matt = (fran, till) => {
      const r = document.createRange();
      r.setStart(text, fran);
      r.setEnd(text, till);
      return r.getBoundingClientRect();
    };
    const i = text.data.indexOf('Filen');
    return [matt(0, text.data.indexOf('”.') + 2).right, matt(i, i + 5).left];
  });
  assert.ok(efter >= titelns - 1, `"Filen" at ${efter}, the title's sentence ends at ${titelns}`);
  await page.screenshot({ path: 'tests/artifacts/avslag-rlo-start.png', fullPage: true });

  // The portfolio: the file name is isolated in its failure list too.
  await page.goto(`${url}portfolj`);
  await page.getByLabel('Välj JSON-filer …').setInputFiles([
    { name: `${RLO}nosj.json`, mimeType: 'application/json', buffer: Buffer.from('{"schema_version": "1"}') },
  ]);
  const post = page.getByRole('region', { name: 'Filer som inte kunde läsas in' }).getByRole('listitem');
  await post.waitFor();
  assert.equal(await post.locator('strong > bdi').textContent(), `${RLO}nosj.json`);
  assert.match(await post.textContent(), /: Filens schemaversion ska vara heltalet 1, men filen har text\./);
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('a title of only invisible characters counts as empty and shows as "Namnlös förstudie"', async () => {
  const { page, url } = m;
  await importera(page, 'osynlig.json', fil('\u200b\u200b\u2060\ufeff'));
  await page.getByRole('status').filter({ hasText: 'Importerade ”\u2068Namnlös förstudie\u2069”.' }).waitFor();
  const lank = page.getByRole('link', { name: 'Namnlös förstudie' });
  const ruta = await lank.boundingBox();
  assert.ok(ruta.width > 50 && ruta.height > 10, `a link that can be clicked: ${JSON.stringify(ruta)}`);
  await lank.click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Namnlös förstudie');

  // In the portfolio the same file is listed by the same name.
  await page.goto(`${url}portfolj`);
  await page.getByLabel('Välj JSON-filer …').setInputFiles([
    { name: 'osynlig.json', mimeType: 'application/json', buffer: Buffer.from(fil('\u200b\u200d')) },
  ]);
  await page.getByRole('status').filter({ hasText: 'Läste in 1 av 1 filer.' }).waitFor();
  await page.locator('#portfoljtabell tbody tr').filter({ hasText: 'Namnlös förstudie' }).waitFor();
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test("a case too large for the browser's storage says so, with its size and the room there is", async () => {
  const { page } = m;
  // 32 000 cost lines: about 7 MB as a file (under the 20 MB a file may
  // be), more than the whole storage holds once stored.
  const stor = fil('Trettiotvåtusen rader', (f) => {
    const rad = f.forstudie.ekonomi.kostnader[0];
    f.forstudie.ekonomi.kostnader = Array.from({ length: 32_000 }, (_, i) => ({ ...rad, id: `k${i}` }));
  });
  assert.ok(stor.length > 6_000_000 && stor.length < 20_000_000, `${stor.length}`);
  const fore = await page.evaluate(() => localStorage.length);
  await importera(page, 'stor.json', stor);
  const fel = page.getByRole('alert').filter({ hasText: 'Importen misslyckades.' });
  await fel.waitFor({ timeout: 30_000 });
  const text = (await fel.textContent()).replace(/\u00a0/g, ' ');
  assert.match(text, /^Importen misslyckades\. Kunde inte spara: förstudien är för stor för webbläsarens lokala lagring\. Den tar \d+,\d miljoner tecken, och lagringen rymmer omkring 5,2 miljoner tecken för den här webbplatsen, varav omkring \d,\d miljoner är lediga\. Att ta bort andra förstudier räcker inte; exportera den och dela upp den i mindre delar\. Inget har ändrats\.$/);
  assert.doesNotMatch(text, /Exportera och ta bort förstudier/);
  assert.equal(await page.evaluate(() => localStorage.length), fore);

  // A normal case where the storage is nearly full: the storage is full,
  // and freeing room would help.
  await page.evaluate(() => {
    let i = 0;
    for (let n = 1024 * 1024; n >= 1024; n /= 2) {
      try { for (;;) localStorage.setItem(`fyll.${i++}`, 'x'.repeat(n)); } catch { /* full at this size */ }
    }
  });
  await importera(page, 'liten.json', fil('Liten'));
  const fullt = page.getByRole('alert').filter({ hasText: 'lagringsutrymme är fullt' });
  await fullt.waitFor();
  assert.match((await fullt.textContent()).replace(/\u00a0/g, ' '),
    /^Importen misslyckades\. Kunde inte spara: webbläsarens lagringsutrymme är fullt\. Förstudien tar [\d ]+ tecken och omkring [\d ]+ är lediga\. Exportera och ta bort förstudier du inte behöver\. Inget har ändrats\.$/);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fyll.')).forEach((k) => localStorage.removeItem(k)));
  assert.deepEqual(m.konsolfel, []);
});

test('a follow-up is dated neither after today nor before the baseline, with the message at the field', async () => {
  const { page, url } = m;
  await page.clock.setFixedTime(new Date('2028-12-01T12:00:00Z'));
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  await page.getByRole('navigation', { name: 'Förstudiens steg' }).getByRole('link', { name: /Effekthemtagningsplan/ }).click();
  await falt(page, 'Beslutsdatum').fill('2027-01-10');
  await falt(page, 'Beslutsreferens').fill('SN 2027/12');
  await page.getByRole('button', { name: 'Markera som beslutad' }).click();
  const tid = page.getByRole('region', { name: 'Frigjord handläggartid (från arbetsflödet)' });
  await falt(tid, 'Nollvärdets datum').fill('2027-01-01');
  const forsok = async (datum) => {
    await falt(tid, 'Datum för uppföljningen').fill(datum);
    await falt(tid, 'Uppmätt värde').fill('2,0');
    await tid.getByRole('button', { name: 'Lägg till uppföljningen' }).click();
  };
  const fel = tid.locator('#uppf-e-tid-datum-fel');
  await forsok('2030-06-30');
  await fel.filter({ hasText: 'En uppföljning kan inte ha ett datum efter i dag.' }).waitFor();
  assert.equal(await falt(tid, 'Datum för uppföljningen').getAttribute('aria-invalid'), 'true');
  await forsok('2026-12-31');
  await fel.filter({ hasText: 'En uppföljning kan inte ha ett datum före nollvärdets datum.' }).waitFor();
  assert.equal(await tid.locator('table.uppfoljningar').count(), 0);
  await page.screenshot({ path: 'tests/artifacts/avslag-uppfoljning.png', fullPage: false });
  // Today itself is allowed.
  await forsok('2028-12-01');
  await tid.getByRole('status').filter({ hasText: 'Uppföljningen 2028-12-01 är inlagd.' }).waitFor();
  assert.deepEqual(m.konsolfel, []);
});
