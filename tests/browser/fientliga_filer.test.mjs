// Hostile import files, picked through the start page's file input as a
// user would: each is refused with a clear Swedish message and nothing in
// local storage changes; markup and script in a file's text are kept as
// text and never run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exporteratExempel, miljo } from './hjalp.mjs';

let m;
let giltig;
before(async () => {
  m = await miljo();
  const { page, url } = m;
  giltig = await exporteratExempel(page, url);
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

// The parser's own English must never reach the user.
const ENGELSKA = /missing field|invalid type|expected|at line|parsing failed|invalid value|unknown variant|trailing|recursion|out of range|EOF|Decimal type/;

/** The example export changed as JSON. */
function andrad(andra) {
  const fil = JSON.parse(giltig);
  andra(fil);
  return JSON.stringify(fil, null, 2);
}

/** Every hostile file, and the reason the user must read for it. */
function fientliga() {
  const djup = 100_000;
  return [
    ['avkortad.json', giltig.slice(0, 1000), /^Filen är inte giltig JSON \(fel på rad \d+, kolumn \d+\)\. Den kan vara avkortad/],
    ['binar.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]), /^Filen är inte giltig JSON/],
    // "ANSI": å, ä and ö as one byte each, which is no UTF-8.
    ['ansi.json', Buffer.from(giltig, 'latin1'), /^Filen är inte sparad som UTF-8: på rad \d+ finns tecken som inte går att läsa som UTF-8\. Den kan vara sparad som Windows-1252/],
    ['version-2.json', ersatt(giltig, '"schema_version": 1', '"schema_version": 2'), /^Filen har schemaversion 2, men den här versionen av appen läser version 1\./],
    ['version-text.json', ersatt(giltig, '"schema_version": 1', '"schema_version": "1"'), /^Filens schemaversion ska vara heltalet 1, men filen har text\./],
    ['utan-version.json', '{"forstudie": {}}', /^Filen är inte en förstudie från den här appen: fältet schema_version saknas\./],
    // 50 MB: refused by its size before it is read.
    ['stor.json', Buffer.alloc(50 * 1024 * 1024, 0x20), /^Filen är för stor \(50 MB\)\. En förstudie är högst 20 MB\./],
    ['nastlad.json', '['.repeat(djup) + ']'.repeat(djup), /^Filen är nästlad i för många nivåer \(fler än 128, på rad 1, kolumn \d+\)\./],
    ['nastlad-i-fall.json', ersatt(giltig, '"strategier": [', `"strategier": ${'['.repeat(djup)}`), /^Filen är nästlad i för många nivåer/],
    ['stort-tal.json', ersatt(giltig, '"startar": 2027', '"startar": 1e400'), /^Filen har ett tal som är för stort för att läsas \(rad \d+, kolumn \d+\)\./],
    ['stort-belopp.json', giltig.replace(/"(\d+)\.00"/, '"9999999999999999999999999999999999.00"'),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. [^:]+: ska vara ett belopp med exakt två decimaler/],
    ['negativ-period.json', andrad((f) => { f.forstudie.ekonomi.kalkylperiod.ar = -5; }),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. Kalkylperiod, år: ska vara ett heltal, 0 eller större, men filen har −5\./],
    ['startar-text.json', andrad((f) => { f.forstudie.ekonomi.kalkylperiod.startar = '2027'; }),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. Kalkylperiod, första året \(år 0\): ska vara ett heltal, men filen har text\./],
    ['fel-id.json', andrad((f) => { f.forstudie.id = 'lol'; }),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. Id: är inget giltigt id/],
    ['utan-forstudie.json', andrad((f) => { delete f.forstudie; }),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. Fältet ”forstudie”: saknas i filen\./],
    ['kostnad-3.json', andrad((f) => { f.forstudie.ekonomi.kostnader[2].fordelning = { typ: 'per_ar', varden: ['100', 'Infinity'] }; }),
      /^Filen har rätt version men innehållet stämmer inte med formatet\. Kostnad 3, år 2028: ska vara ett tal, men filen har text som inte går att läsa så\./],
    // Values the fields refuse are refused in a file too.
    ['startar-0.json', ersatt(giltig, '"startar": 2027', '"startar": 0'),
      /^Filen har ett värde som fältet inte tar emot\. Kalkylperiod, första året \(år 0\) är 0 i filen\. Första året ska vara ett årtal mellan 1900 och 2200, till exempel 2027\./],
    ['startar-max.json', ersatt(giltig, '"startar": 2027', '"startar": 2147483647'),
      /^Filen har ett värde som fältet inte tar emot\. Kalkylperiod, första året \(år 0\) är 2147483647 i filen\./],
    ['period-40.json', andrad((f) => { f.forstudie.ekonomi.kalkylperiod.ar = 40; }),
      /Kalkylperiod, antal år är 40 i filen\. Kalkylperioden är ett helt antal år, 1–15\./],
    ['framtida-uppfoljning.json', andrad((f) => {
      f.forstudie.effekthemtagning = { planer: [{ effekt_id: 'e-tid', uppfoljningar: [{ datum: '2999-06-30', varde: '2' }] }] };
    }), /^Filen har ett värde som fältet inte tar emot\. Effekthemtagningsplan, plan 1, uppföljning 1, datum är ”\u2068?2999-06-30\u2069?” i filen\. En uppföljning kan inte ha ett datum efter i dag\./],
  ];
}

test('every hostile file is refused with its true reason in Swedish and changes nothing', async () => {
  const { page } = m;
  const fore = await lagrat(page);
  for (const [namn, innehall, meddelande] of fientliga()) {
    await importera(page, namn, innehall);
    // The file's name is the user's text, isolated in the sentence.
    const fel = page.getByRole('alert').filter({ hasText: `Importen av \u2068${namn}\u2069 misslyckades. ` });
    await fel.waitFor({ timeout: 20_000 });
    const felText = (await fel.textContent()).trim();
    const orsak = felText.replace(`Importen av \u2068${namn}\u2069 misslyckades. `, '').replace(/ Inget har ändrats\.$/, '');
    assert.match(orsak, meddelande, namn);
    assert.doesNotMatch(felText, ENGELSKA, namn);
    // The reason ends its sentence; then the message says nothing changed.
    assert.match(felText, /[.!] Inget har ändrats\.$/, namn);
    assert.equal(await lagrat(page), fore, `${namn} changed local storage`);
  }
  assert.equal(await page.locator('table.fallista tbody tr').count(), 1);
  assert.deepEqual(m.konsolfel, []);
});

test("the portfolio's failure list gives the same reasons", async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  const filer = fientliga();
  const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'portfolj-'));
  const vagar = [];
  for (const [namn, innehall] of filer) {
    vagar.push(path.join(katalog, namn));
    await fs.writeFile(vagar.at(-1), innehall);
  }
  await page.getByLabel('Välj JSON-filer …').setInputFiles(vagar);
  await page.getByRole('status').filter({ hasText: `Läste in 0 av ${filer.length} filer.` }).waitFor({ timeout: 30_000 });
  const lista = page.getByRole('region', { name: 'Filer som inte kunde läsas in' });
  const poster = await lista.getByRole('listitem').evaluateAll((li) => li.map((l) => [l.querySelector('bdi').textContent, l.textContent]));
  assert.deepEqual(poster.map(([namn]) => namn), filer.map(([namn]) => namn));
  for (const [[namn, , meddelande], [, text]] of filer.map((f, i) => [f, poster[i]])) {
    const orsak = text.replace(`${namn}: `, '');
    assert.match(orsak, meddelande, namn);
    assert.doesNotMatch(orsak, ENGELSKA, namn);
    assert.match(orsak, /\.$/, namn);
  }
  await fs.rm(katalog, { recursive: true });
  assert.deepEqual(m.konsolfel, []);
  await page.goto(url);
  await page.locator('table.fallista tbody tr').first().waitFor();
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
