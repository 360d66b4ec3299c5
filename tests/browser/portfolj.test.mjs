// The valuation team's portfolio: five files picked at once (one broken),
// the ranking, sorting, the per-nämnd totals, an assessment edited in the
// portfolio, and the CSV and JSON exports, byte for byte. Every expected
// figure is worked by hand in src/portfolj/testfall.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { miljo, samlaKonsolfel, vantaPaFokus, vantaPaPortfoljdatabasen, vantaTills } from './hjalp.mjs';
import { FEM_FILER, FILER, ID } from './portfoljfiler.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const ren = (t) => t.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const tabell = (page) => page.locator('#portfoljtabell');
const rubrikknapp = (page, namn) => tabell(page).locator('thead').getByRole('button', { name: namn, exact: true });

/** Each body row's cells as the user reads them (row header included). */
async function rader(page) {
  return tabell(page).locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    // The column of NNV per scenario and rate is tested in risk.test.mjs.
    [...tr.children].filter((c) => !c.matches('.kanslighet')).slice(0, 11).map((c) => (c.querySelector('.titel') ?? c).textContent
      .replace(/\u00a0/g, ' ').replace(/\u2212/g, '-').trim())));
}
const titlar = async (page) => (await rader(page)).map((r) => r[1]);

async function nedladdning(page, knapp) {
  const [d] = await Promise.all([page.waitForEvent('download'), knapp.click()]);
  return { namn: d.suggestedFilename(), bytes: await fs.readFile(await d.path()) };
}

test('five files at once: the broken one is listed with its reason, four load', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('banner').getByRole('link', { name: 'Portfölj (värderingsteamet)' }).click();
  await page.getByRole('heading', { name: 'Portfölj för värderingsteamet', level: 1 }).waitFor();
  assert.equal(page.url(), `${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();

  await page.getByLabel('Välj JSON-filer …').setInputFiles(FEM_FILER);
  await page.getByRole('status').filter({ hasText: 'Läste in 4 av 5 filer. 1 kunde inte läsas in; se listan.' }).waitFor();
  const fel = page.getByRole('region', { name: 'Filer som inte kunde läsas in' });
  assert.equal(await fel.getByRole('listitem').count(), 1);
  assert.match(await fel.textContent(), /trasig\.json: Filen är inte giltig JSON \(fel på rad \d+, kolumn \d+\)/);
  assert.equal(await tabell(page).locator('tbody tr').count(), 4);
  assert.deepEqual(m.konsolfel, []);
});

test('the rows carry the recomputed figures, ranked', async () => {
  const { page } = m;
  // Default: by rank. C is must-do (lagkrav 4), A Medel 60,625, B Låg 35,
  // D unfinished and unranked.
  const sorterad = async (riktning) => ren(await tabell(page).locator(`th[aria-sort=${riktning}]`).textContent());
  assert.equal(await sorterad('ascending'), 'Rang ▲');
  const r = await rader(page);
  assert.deepEqual(r.map((x) => x[0]), ['1', '2', '3', '–']);
  assert.deepEqual(r.map((x) => x[1]), ['C Lagkrav', 'A Bokning', 'B Arkiv', 'D Ofärdig']);
  const [c, a, b, d] = r;
  assert.deepEqual(a.slice(2), ['Kulturförvaltningen', 'Kulturnämnden', '10 000,00', '10 000,00', '3 897,52',
    '0,3898', '2030 (år 3)', '60,6', 'Medel']);
  assert.deepEqual(b.slice(2), ['Socialförvaltningen', 'Socialnämnden', '24 000,00', '23 717,10', '-16 282,91',
    '-0,6865', 'Ingen inom perioden', '35', 'Låg']);
  assert.deepEqual(c.slice(4), ['6 000,00', '6 000,00', '3 292,74', '0,5488', '2030 (år 3)', '59,3',
    'Måste genomföras – prioritera hur']);
  assert.deepEqual(d.slice(4), ['1 000,00', '1 000,00', '-1 000,00', '-1,0000', 'Ingen inom perioden',
    '7,5 (ofullständig)', 'Ej klar: 7 kriterier saknar nivå']);
  // The footer sums the rows: 10 000 + 24 000 + 6 000 + 1 000 and
  // 3 897,52 − 16 282,91 + 3 292,74 − 1 000.
  assert.equal(ren(await page.locator('#summa-kostnad').textContent()), '41 000,00');
  assert.equal(ren(await page.locator('#summa-nnv').textContent()), '-10 092,65');
});

test('sorting by NNV and by score, both ways', async () => {
  const { page } = m;
  await rubrikknapp(page, 'NNV (kr)').click();
  assert.equal(await tabell(page).locator('th[aria-sort]').count(), 1);
  assert.equal(ren(await tabell(page).locator('th[aria-sort=descending]').textContent()), 'NNV (kr) ▼');
  assert.deepEqual((await titlar(page)).map((t) => t[0]), ['A', 'C', 'D', 'B']);
  await rubrikknapp(page, 'NNV (kr)').click();
  assert.equal(ren(await tabell(page).locator('th[aria-sort=ascending]').textContent()), 'NNV (kr) ▲');
  assert.deepEqual((await titlar(page)).map((t) => t[0]), ['B', 'D', 'C', 'A']);
  await rubrikknapp(page, 'Poäng (0–100)').click();
  assert.deepEqual((await titlar(page)).map((t) => t[0]), ['A', 'C', 'B', 'D']);
  // Keyboard: the header buttons are ordinary buttons.
  await rubrikknapp(page, 'Poäng (0–100)').focus();
  await page.keyboard.press('Enter');
  assert.deepEqual((await titlar(page)).map((t) => t[0]), ['D', 'B', 'C', 'A']);
});

test('totals per nämnd across the portfolio', async () => {
  const { page } = m;
  const namnder = await page.locator('#namndtabell tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [tr.querySelector('th .titel').textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]));
  const r = namnder.map((x) => x.map(ren));
  assert.deepEqual(r, [
    // A: K 2 000, RAM 3 000, NNV 746,23; C: K 1 000, NNV −1 000.
    ['Kommunstyrelsen', '3 000,00', '3 000,00', '0,00', '-253,77', '2'],
    // A: K 8 000, FRI 12 000, NNV 3 151,29; D: K 1 000, NNV −1 000.
    ['Kulturnämnden', '9 000,00', '0,00', '12 000,00', '2 151,29', '2'],
    ['Miljö- och byggnämnden', '5 000,00', '0,00', '10 000,00', '4 292,74', '1'],
    ['Socialnämnden', '24 000,00', '8 000,00', '0,00', '-16 282,91', '1'],
  ]);
  const total = await page.locator('#namndtabell tfoot tr').evaluate((tr) => [...tr.children].map((c) => c.textContent));
  assert.deepEqual(total.map(ren), ['Totalt', '41 000,00', '11 000,00', '22 000,00', '-10 092,65', '']);
  // The parts of a nämnd's total are there to open.
  const ks = page.locator('#namndtabell tbody tr').first();
  await ks.getByText('Förstudierna').click();
  assert.match(ren(await ks.locator('li').first().textContent()), /^A Bokning: K 2 000,00, RAM 3 000,00, FRI 0,00, NNV 746,23$/);
  assert.match(ren(await ks.locator('li').nth(1).textContent()), /^C Lagkrav: K 1 000,00, RAM 0,00, FRI 0,00, NNV -1 000,00$/);
});

test('an assessment edited in the portfolio changes score, priority and rank', async () => {
  const { page } = m;
  await rubrikknapp(page, 'Rang').click();
  await page.getByRole('button', { name: 'Bedöm B Arkiv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bedöm ”B Arkiv”' });
  await dialog.waitFor();
  const niva = (kriterium) => dialog.getByRole('group', { name: new RegExp(`^${kriterium}`) }).getByLabel('Nivå');
  // The criteria are readable where they are scored.
  const alternativ = await niva('Genomförbarhet').locator('option').allTextContents();
  assert.equal(alternativ.length, 6);
  assert.equal(alternativ[0], 'Ej bedömd');
  assert.match(alternativ[5], /^Nivå 4: Lösningen finns redan eller är enkel att införa/);
  const allvar = await dialog.getByRole('group', { name: /^Negativa konsekvenser/ }).getByLabel('Allvarlighet')
    .locator('option').allTextContents();
  assert.match(allvar[2], /^Allvarlighet 1: .* Ger nivå 3\.$/);
  assert.match(ren(await dialog.locator('#pb-ekonomi').textContent()),
    /^Nivå 0, räknad ur förstudiens NNK -0,6865: NNK under 0/);

  // B from 35: genomförbarhet, strategiskt värde, kvalitativa, organisatorisk,
  // teknisk and potential 2 → 4 add 6,25 + 3,75 + 5 + 3,75 + 3,75 + 6,25.
  for (const k of ['Genomförbarhet', 'Strategiskt värde', 'Kvalitativa effekter och nytta',
    'Angelägenhet, organisatorisk', 'Angelägenhet, teknisk', 'Potential att realisera effekterna']) {
    await niva(k).selectOption('4');
  }
  await dialog.getByText('Poäng med de här nivåerna, under värderingsteamets modell: 63,7 av 100. Summerad prioritering: Medel.').waitFor();

  // A reason without a level is refused at its field, not dropped.
  const lagkrav = dialog.getByRole('group', { name: /^Angelägenhet, lagkrav/ });
  await lagkrav.getByLabel('Nivå').selectOption('');
  await lagkrav.getByLabel('Motivering').fill('Inget nytt lagkrav.');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await lagkrav.getByText('Välj en nivå, eller töm motiveringen').waitFor();
  assert.equal(await lagkrav.getByLabel('Motivering').getAttribute('aria-invalid'), 'true');
  assert.equal(await dialog.isVisible(), true);
  await lagkrav.getByLabel('Nivå').selectOption('2');
  // The team's assessment is saved with who made it.
  await dialog.getByText('Skriv ditt namn: värderingsteamets bedömning sparas med vem som gjort den.').waitFor();
  await dialog.getByLabel('Bedömd av (ditt namn)').fill('Eva Ek');
  await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('status').filter({ hasText: 'Bedömningen av ”B Arkiv” är sparad i portföljen.' }).waitFor();
  await vantaPaFokus(page, (e) => e?.getAttribute('aria-label'), 'Bedöm B Arkiv');

  // 63,75 is now ahead of A's 60,625: B second, A third.
  const r = await rader(page);
  assert.deepEqual(r.map((x) => [x[0], x[1], x[9], x[10]]), [
    ['1', 'C Lagkrav', '59,3', 'Måste genomföras – prioritera hur'],
    ['2', 'B Arkiv', '63,7', 'Medel'],
    ['3', 'A Bokning', '60,6', 'Medel'],
    ['–', 'D Ofärdig', '7,5 (ofullständig)', 'Ej klar: 7 kriterier saknar nivå'],
  ]);
  assert.match(await tabell(page).locator('tbody tr').nth(1).locator('th').textContent(), /Bedömningen ändrad här/);
  assert.match(await tabell(page).locator('tbody tr').nth(1).locator('th').textContent(), /Bedömd av värderingsteamet \(Eva Ek\)/);
});

test('the table as CSV for Swedish Excel, byte for byte', async () => {
  const { page } = m;
  const { namn, bytes } = await nedladdning(page, page.getByRole('button', { name: 'Exportera tabellen (CSV)' }));
  assert.match(namn, /^portfolj-\d{4}-\d\d-\d\d\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const vantat = '\ufeffRang;Förstudie;Förvaltning;Nämnd;Total kostnad, nominell (kr);Total kostnad, nuvärde (kr);'
    + 'NNV (kr);NNK;Återbetalningsår;Poäng (0–100);Summerad prioritering;Fil;Id\r\n'
    + `1;C Lagkrav;Miljöförvaltningen;Miljö- och byggnämnden;6000,00;6000,00;3292,74;0,5488;2030;59,375;Måste genomföras – prioritera hur;c.json;${ID.c}\r\n`
    + `2;B Arkiv;Socialförvaltningen;Socialnämnden;24000,00;23717,10;-16282,91;-0,6865;;63,75;Medel;b.json;${ID.b}\r\n`
    + `3;A Bokning;Kulturförvaltningen;Kulturnämnden;10000,00;10000,00;3897,52;0,3898;2030;60,625;Medel;a.json;${ID.a}\r\n`
    + `;D Ofärdig;Kulturförvaltningen;Kulturnämnden;1000,00;1000,00;-1000,00;-1;;7,5;Ej klar: 7 kriterier saknar nivå;d.json;${ID.d}\r\n`;
  assert.equal(bytes.toString('utf8'), vantat);

  const namnder = await nedladdning(page, page.getByRole('button', { name: 'Exportera nämndsummorna (CSV)' }));
  assert.equal(namnder.bytes.toString('utf8'), '\ufeffNämnd;Kostnad K, nominell (kr);Ramjustering RAM, nominell (kr);'
    + 'Frigjort ramutrymme FRI, nominell (kr);NNV (kr);Antal förstudier\r\n'
    + 'Kommunstyrelsen;3000,00;3000,00;0,00;-253,77;2\r\n'
    + 'Kulturnämnden;9000,00;0,00;12000,00;2151,29;2\r\n'
    + 'Miljö- och byggnämnden;5000,00;0,00;10000,00;4292,74;1\r\n'
    + 'Socialnämnden;24000,00;8000,00;0,00;-16282,91;1\r\n'
    + 'Totalt;41000,00;11000,00;22000,00;-10092,65;\r\n');
});

test('the assessed cases go back as one JSON file each, importable', async () => {
  const { page } = m;
  const filer = [];
  const alla = new Promise((klar) => {
    page.on('download', async (d) => {
      filer.push({ namn: d.suggestedFilename(), text: await fs.readFile(await d.path(), 'utf8') });
      if (filer.length === 4) klar();
    });
  });
  await page.getByRole('button', { name: 'Exportera bedömda fall (JSON)' }).click();
  await alla;
  page.removeAllListeners('download');
  await page.getByRole('status').filter({ hasText: 'Exporterade 4 av 4 förstudier' }).waitFor();
  assert.deepEqual(filer.map((f) => f.namn.replace(/-\d{4}-\d\d-\d\d\.json$/, '')),
    ['c-lagkrav', 'b-arkiv', 'a-bokning', 'd-ofardig']);
  const b = JSON.parse(filer[1].text);
  assert.equal(b.forstudie.id, ID.b);
  assert.equal(b.bedomning.poang, '63.75');
  assert.equal(b.bedomning.prioritering, 'medel');
  // The team's assessment is written beside the förvaltning's proposal,
  // which is kept as it was (every level 2).
  const team = b.forstudie.teambedomning;
  assert.equal(team.bedomd_av, 'Eva Ek');
  assert.equal(team.modell.namn, 'Handbokens standardmodell');
  assert.equal(team.bedomning.nivaer.find((n) => n.kriterium === 'genomforbarhet').niva, 4);
  assert.equal(team.bedomning.nivaer.find((n) => n.kriterium === 'angelagenhet_lagkrav').motivering, 'Inget nytt lagkrav.');
  assert.equal(b.forstudie.bedomning.nivaer.find((n) => n.kriterium === 'genomforbarhet').niva, 2);
  assert.equal(b.vardering.bas.nnv, '-16282.91');
  // A file exported here reads back into a portfolio as it was.
  assert.equal(JSON.parse(filer[2].text).forstudie.utvecklingsbehov.titel, 'A Bokning');
});

test('a reload keeps the portfolio; the own cases are never touched', async () => {
  const { page } = m;
  await page.reload();
  await tabell(page).locator('tbody tr').nth(3).waitFor();
  const r = await rader(page);
  assert.deepEqual(r.map((x) => [x[0], x[9]]), [['1', '59,3'], ['2', '63,7'], ['3', '60,6'], ['–', '7,5 (ofullständig)']]);
  const egna = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('forstudie.fall.')));
  assert.deepEqual(egna, []);
});

test('removing an edited case asks first; clearing empties the portfolio', async () => {
  const { page } = m;
  await page.getByRole('button', { name: 'Ta bort B Arkiv ur portföljen' }).click();
  const fraga = page.getByRole('dialog', { name: 'Ta bort ur portföljen?' });
  await fraga.waitFor();
  await fraga.getByRole('button', { name: 'Ta bort' }).click();
  await fraga.waitFor({ state: 'hidden' });
  assert.equal(await tabell(page).locator('tbody tr').count(), 3);
  assert.equal(ren(await page.locator('#summa-kostnad').textContent()), '17 000,00');
  // No edits left: clearing needs no question.
  await page.getByRole('button', { name: 'Rensa portföljen' }).click();
  await page.getByText('Portföljen är tom.').waitFor();
  await vantaPaPortfoljdatabasen(page, 0);
  await page.reload();
  await page.getByText('Portföljen är tom.').waitFor();
});

test('files dropped on the page load too', async () => {
  const { page } = m;
  const data = await page.evaluateHandle(([a, c]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'a.json', { type: 'application/json' }));
    dt.items.add(new File([c], 'c.json', { type: 'application/json' }));
    return dt;
  }, [FILER.a, FILER.c]);
  await page.locator('.slappyta').dispatchEvent('drop', { dataTransfer: data });
  await page.getByRole('status').filter({ hasText: 'Läste in 2 av 2 filer.' }).waitFor();
  assert.deepEqual(await titlar(page), ['C Lagkrav', 'A Bokning']);
  // The same case again is refused with the file it came from.
  await page.getByLabel('Välj JSON-filer …').setInputFiles([{ name: 'a-igen.json', mimeType: 'application/json', buffer: Buffer.from(FILER.a) }]);
  await page.getByRole('region', { name: 'Filer som inte kunde läsas in' })
    .getByText('a-igen.json: Förstudien ”\u2068A Bokning\u2069” finns redan i portföljen (från filen \u2068a.json\u2069).').waitFor();
  assert.deepEqual(m.konsolfel, []);
});

test('a file larger than any case is refused by its size and the others still load', async () => {
  const { page } = m;
  // Passed by path, as a real pick of a 50 MB file is.
  const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'portfolj-'));
  const stor = path.join(katalog, 'stor.json');
  await fs.writeFile(stor, Buffer.alloc(50 * 1024 * 1024, 0x20));
  const b = path.join(katalog, 'b.json');
  await fs.writeFile(b, FILER.b);
  await page.getByLabel('Välj JSON-filer …').setInputFiles([stor, b]);
  await page.getByRole('status').filter({ hasText: 'Läste in 1 av 2 filer. 1 kunde inte läsas in; se listan.' }).waitFor();
  await page.getByRole('region', { name: 'Filer som inte kunde läsas in' })
    .getByText('stor.json: Filen är för stor (50 MB). En förstudie är högst 20 MB.').waitFor();
  assert.ok((await titlar(page)).includes('B Arkiv'));
  await fs.rm(katalog, { recursive: true });
  assert.deepEqual(m.konsolfel, []);
});

test('many files: progress "k av n" while reading, failures in the order picked, the rest ranked', async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  const tom = page.getByRole('button', { name: 'Rensa portföljen' });
  // The portfolio is read from the browser's database first.
  await page.getByText('Portföljen är tom.').or(tom).first().waitFor();
  if (await tom.isVisible()) {
    await tom.click();
    // An assessment changed here makes the page ask first.
    const dialog = page.getByRole('dialog');
    await Promise.race([dialog.waitFor(), page.getByText('Portföljen är tom.').waitFor()]);
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Rensa portföljen' }).click();
  }
  await page.getByText('Portföljen är tom.').waitFor();
  // 60 copies of case A with ids of their own, a broken file as number 10 and
  // a second copy of number 1 as number 40.
  const katalog = await fs.mkdtemp(path.join(os.tmpdir(), 'portfolj-manga-'));
  const filer = [];
  for (let i = 1; i <= 60; i++) {
    const fil = JSON.parse(FILER.a);
    fil.forstudie.id = `00000000-0000-4000-8000-${String(i === 40 ? 1 : i).padStart(12, '0')}`;
    fil.forstudie.utvecklingsbehov.titel = `Kopia ${i}`;
    const namn = path.join(katalog, `kopia-${i}.json`);
    await fs.writeFile(namn, i === 10 ? '{"schema_version": 1, "forst' : JSON.stringify(fil));
    filer.push(namn);
  }
  const sett = page.evaluate(() => new Promise((klar) => {
    const texter = new Set();
    const obs = new MutationObserver(() => {
      const p = document.querySelector('.framsteg');
      if (p) texter.add(p.textContent.trim());
      if (document.body.textContent.includes('Läste in 58 av 60 filer.')) {
        obs.disconnect();
        klar([...texter]);
      }
    });
    obs.observe(document.body, { childList: true, subtree: true, characterData: true });
  }));
  await page.getByLabel('Välj JSON-filer …').setInputFiles(filer);
  const framsteg = await sett;
  assert.ok(framsteg.length > 0 && framsteg.every((t) => /^Läser in \d+ av 60 filer …$/.test(t)), framsteg.join(' | '));
  await page.getByText('Läste in 58 av 60 filer. 2 kunde inte läsas in; se listan.').waitFor();
  assert.equal(await page.locator('.framsteg').count(), 0, 'the progress goes when the files are read');
  const fel = await page.locator('.portfoljfel li').allTextContents();
  assert.equal(fel.length, 2);
  assert.match(fel[0], /^kopia-10\.json: /);
  // Names from a file are isolated (U+2068 … U+2069) in the message.
  assert.match(fel[1], /^kopia-40\.json: Förstudien ”\u2068Kopia 1\u2069” finns redan i portföljen \(från filen \u2068kopia-1\.json\u2069\)/);
  // Equal copies share rank 1; the table shows 50 rows a page.
  await page.getByText('Visar rad 1–50 av 58 (sida 1 av 2)').waitFor();
  const rangs = await tabell(page).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[0].textContent.trim()));
  assert.equal(rangs.length, 50);
  assert.ok(rangs.every((r) => r === '1'), rangs.join(','));
  await fs.rm(katalog, { recursive: true, force: true });
});

test('leaving the page while the portfolio is being written asks first', async () => {
  const { browser, url } = m;
  const context = await browser.newContext();
  const page = await context.newPage();
  const fel = samlaKonsolfel(page);
  await page.goto(`${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  // Another connection holds the store in a write of its own until told to
  // let go, so the page's write waits, as a slow disk would make it.
  await page.evaluate(() => new Promise((klar, fel) => {
    const req = indexedDB.open('forstudie-portfolj');
    req.onerror = () => fel(req.error);
    req.onsuccess = () => {
      const lager = req.result.transaction('fall', 'readwrite').objectStore('fall');
      const hall = () => { if (!window.__slapp) lager.get('-').onsuccess = hall; };
      hall();
      klar();
    };
  }));
  const lamnas = () => page.evaluate(() => {
    const ev = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(ev);
    return ev.defaultPrevented ? 'frågar' : 'lämnar';
  });
  assert.equal(await lamnas(), 'lämnar', 'nothing to write yet');
  await page.getByLabel('Välj JSON-filer …').setInputFiles([{ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(FILER.a) }]);
  await page.getByRole('status').filter({ hasText: 'Läste in 1 av 1 filer.' }).waitFor();
  assert.equal(await lamnas(), 'frågar', 'the case is shown but not yet written');
  await page.evaluate(() => { window.__slapp = true; });
  await vantaPaPortfoljdatabasen(page, 1);
  await vantaTills(page, lamnas, 'lämnar', 'written: the page may be left');
  assert.deepEqual(fel, []);
  await context.close();
});
