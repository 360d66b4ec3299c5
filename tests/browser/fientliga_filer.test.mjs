// Hostile import files, picked through the start page's file input as a
// user would: each is refused with a clear Swedish message and nothing in
// local storage changes; markup and script in a file's text are kept as
// text and never run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { miljo } from './hjalp.mjs';

let m;
let giltig;
before(async () => {
  m = await miljo();
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  const nedladdning = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportera (.json)' }).click();
  giltig = await fs.readFile(await (await nedladdning).path(), 'utf8');
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
});
after(async () => { await m?.stang(); });

const lagrat = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function importera(page, namn, innehall) {
  const buffer = Buffer.isBuffer(innehall) ? innehall : Buffer.from(innehall);
  if (buffer.length >= 50 * 1024 * 1024) {
    // Playwright passes large files by path, as a real pick does.
    const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'forstudie-'));
    const fil = path.join(katalog, namn);
    await fs.writeFile(fil, buffer);
    await page.getByLabel('Importera förstudie (.json)').setInputFiles(fil);
    return;
  }
  await page.getByLabel('Importera förstudie (.json)').setInputFiles({ name: namn, mimeType: 'application/json', buffer });
}

function ersatt(text, fran, till) {
  assert.ok(text.includes(fran), `the export holds ${fran}`);
  return text.replace(fran, till);
}

test('malformed, wrong-version, huge, deeply nested and out-of-range files are refused and change nothing', async () => {
  const { page } = m;
  const fore = await lagrat(page);
  const djup = 100_000;
  const fall = [
    ['avkortad.json', giltig.slice(0, 1000), /inte giltig JSON \(fel på rad \d+, kolumn \d+\)/],
    ['binar.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]), /inte giltig JSON/],
    ['version-2.json', ersatt(giltig, '"schema_version": 1', '"schema_version": 2'), /schemaversion 2, men den här versionen av appen läser version 1/],
    ['utan-version.json', '{"forstudie": {}}', /fältet schema_version saknas/],
    // 50 MB: refused by its size before it is read.
    ['stor.json', Buffer.alloc(50 * 1024 * 1024, 0x20), /Filen är för stor \(50 MB\)\. En förstudie är högst 20 MB\./],
    ['nastlad.json', '['.repeat(djup) + ']'.repeat(djup), /inte giltig JSON|stämmer inte med formatet|inte en förstudie/],
    ['nastlad-i-fall.json', ersatt(giltig, '"strategier": [', `"strategier": ${'['.repeat(djup)}`), /inte giltig JSON/],
    ['stort-tal.json', ersatt(giltig, '"startar": 2027', '"startar": 1e400'), /stämmer inte med formatet|inte giltig JSON/],
    ['stort-belopp.json', giltig.replace(/"(\d+)\.00"/, '"9999999999999999999999999999999999.00"'), /stämmer inte med formatet/],
    ['negativ-period.json', ersatt(giltig, '"ar": 5', '"ar": -5'), /stämmer inte med formatet/],
  ];
  for (const [namn, innehall, meddelande] of fall) {
    await importera(page, namn, innehall);
    const fel = page.getByRole('alert').filter({ hasText: `Importen av ${namn} misslyckades` });
    await fel.waitFor({ timeout: 20_000 });
    const felText = (await fel.textContent()).trim();
    assert.match(felText, meddelande, namn);
    assert.match(felText, /Inget har ändrats\.$/, namn);
    assert.equal(await lagrat(page), fore, `${namn} changed local storage`);
  }
  assert.equal(await page.locator('table.fallista tbody tr').count(), 1);
  assert.deepEqual(m.konsolfel, []);
});

test('markup and script in a file are shown as text and never run', async () => {
  const { page } = m;
  const farlig = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const id = JSON.parse(giltig).forstudie.id;
  const fil = ersatt(ersatt(giltig, id, '0a0b0c0d-0000-4000-8000-000000000001'),
    '"titel": "Exempel: Digital ansökan om färdtjänst"', `"titel": ${JSON.stringify(farlig)}`);
  const forfragningar = [];
  page.on('request', (r) => forfragningar.push(r.url()));
  await importera(page, 'markup.json', fil);
  await page.getByText(/Importerade/).waitFor();
  // The title is listed literally, as text.
  await page.locator('table.fallista').getByText(farlig, { exact: true }).waitFor();
  await page.locator('table.fallista tbody tr').filter({ hasText: farlig }).getByRole('link').first().click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), farlig);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img[src=x], main script').count(), 0);
  assert.deepEqual(forfragningar.filter((u) => /\/x$/.test(u)), []);
  assert.deepEqual(m.konsolfel, []);
});
