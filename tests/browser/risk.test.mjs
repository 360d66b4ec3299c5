// The risk picture of the example case ("Öppna ett exempel"): NNV in every
// scenario and at every sensitivity rate, with payback and break-even in
// words, on step 8, in the summary (screen and printed PDF) and in the
// portfolio, each equal to the figures the app exports
// (`vardering.scenarier[i].kalkyl`, `vardering.kanslighetsrantor[i]`); a
// negative scenario named in words; the chart of NNV per scenario; an
// explanation per row that links to its section of the model page; and the
// model page itself free of source paths and crate names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { miljo } from './hjalp.mjs';
import { lasPdf } from './pdftext.mjs';

let m;
before(async () => { m = await miljo(); });
after(async () => { await m?.stang(); });

const ren = (t) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
const text = async (loc) => ren(await loc.textContent());

/** "−1 234,50 kr" or the export's "-1234.50" as öre, exactly. */
const ore = (t) => {
  const s = ren(t).replace(/ \(negativt\)$/, '').replace(/ kr$/, '').replace(/ /g, '').replace(',', '.');
  const [hel, dec = '00'] = s.split('.');
  const tal = BigInt(hel.replace('-', '')) * 100n + BigInt(dec.padEnd(2, '0'));
  return hel.startsWith('-') ? -tal : tal;
};
/** The export's amount as the app shows it: "-488 132,29 kr" (after `ren`). */
const kronor = (s) => {
  const [hel, dec] = s.split('.');
  const neg = hel.startsWith('-');
  const siffror = hel.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${neg ? '-' : ''}${siffror},${dec} kr`;
};
/** The export's decimal as the app writes it: "3.50" → "3,5", "0" → "0". */
const decimal = (s) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s).replace('.', ',');
const arText = (fil, t) => (t === null || t === undefined ? 'Ingen inom perioden'
  : String(fil.forstudie.ekonomi.kalkylperiod.startar + t));

let fil;
let fallUrl;

/** Every row the export has: scenarios, then rates, with the row's id. */
const raderIFilen = () => [
  ...fil.vardering.scenarier.map((s, i) => ({ id: `risk-scenario-${i}`, namn: s.namn, k: s.kalkyl })),
  ...fil.vardering.kanslighetsrantor.map((k, i) => ({
    id: `risk-ranta-${i}`, namn: `Ränta ${decimal(k.diskonteringsranta_procent)} %`, k,
  })),
];

/** The risk table under `rot` against the export, row by row. */
async function jamforRisktabell(rot) {
  const rader = raderIFilen();
  assert.equal(await rot.locator('#risktabell tbody tr').count(), rader.length);
  for (const r of rader) {
    const celler = (await rot.locator(`#${r.id}`).locator('th, td').allTextContents()).map(ren);
    assert.ok(celler[0].startsWith(r.namn), `${r.id}: ${celler[0]} är ${r.namn}`);
    assert.equal(ore(celler[1]), ore(r.k.nnv), `${r.namn}: NNV som i exporten`);
    assert.equal(celler[1].endsWith('(negativt)'), ore(r.k.nnv) < 0n, `${r.namn}: negativ i ord`);
    assert.equal(celler[2], arText(fil, r.k.aterbetalningsar), `${r.namn}: återbetalningsår`);
    assert.equal(celler[3], arText(fil, r.k.aterbetalningsar_diskonterat), `${r.namn}: diskonterat`);
  }
  return rader;
}

test('step 8 of the example: every scenario and rate, equal to the export, with break-even and a warning', async () => {
  const { page, url } = m;
  await page.goto(url);
  await page.getByRole('button', { name: 'Öppna ett exempel' }).click();
  await page.waitForURL(/\/utvecklingsbehov$/);
  fallUrl = page.url().replace(/\/utvecklingsbehov$/, '');
  const [nedladdning] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera (.json)' }).click(),
  ]);
  fil = JSON.parse(await fs.readFile(await nedladdning.path(), 'utf8'));
  // The example's own figures: three scenarios and three rates, and its
  // cautious scenario negative while the base is positive.
  assert.equal(fil.vardering.scenarier.length, 3);
  assert.equal(fil.vardering.kanslighetsrantor.length, 3);
  assert.ok(ore(fil.vardering.bas.nnv) > 0n && ore(fil.vardering.scenarier[1].kalkyl.nnv) < 0n);

  await page.goto(`${fallUrl}/kostnader-och-effekter`);
  await page.locator('#risktabell').waitFor();
  const rader = await jamforRisktabell(page);

  // Break-even in words, from the exported share: NNV / PV of the effects.
  const andel = fil.vardering.bas.break_even_andel;
  const procent = decimal((Number(andel) * 100).toFixed(2));
  assert.equal(await text(page.locator('#risk-break-even')),
    `Effekterna kan bli ${procent} % lägre innan nettonuvärdet blir negativt.`);
  // The warning names every negative scenario, in words.
  const negativa = rader.filter((r) => ore(r.k.nnv) < 0n && r.id.startsWith('risk-scenario'));
  const varning = await text(page.locator('#risk-varning'));
  assert.match(varning, /^Nettonuvärdet blir negativt i scenari/);
  for (const r of negativa) assert.ok(varning.includes(r.namn), `${varning} nämner ${r.namn}`);

  // The chart: a name, and every scenario's NNV in its description.
  const diagram = page.getByRole('img', { name: 'Nettonuvärde per scenario' });
  const beskrivning = ren(await diagram.locator('desc').textContent());
  for (const s of fil.vardering.scenarier) assert.ok(beskrivning.includes(`${s.namn}: ${kronor(s.kalkyl.nnv)}`), beskrivning);
  assert.equal(await diagram.locator('rect.stapel').count(), 3);
  assert.equal(await diagram.locator('rect.stapel.negativ').count(), negativa.length);

  // A scenario's explanation: per nämnd, its sum is the row's NNV; its link
  // leads to the section on scenarios of the model page.
  const forklaring = page.locator('details.forklaring').filter({ has: page.getByText('Förklara scenariot Försiktig', { exact: true }) });
  await forklaring.locator('summary').click();
  const summa = forklaring.locator('tfoot td').first();
  await summa.waitFor();
  assert.equal(ore(await summa.textContent()), ore(fil.vardering.scenarier[1].kalkyl.nnv));
  assert.match(await text(forklaring), /kostnaderna blir 25 % högre och effekterna 25 % lägre/);
  await forklaring.getByRole('link', { name: /Så räknas det: scenarier och känslighet/ }).click();
  await page.waitForURL(/\/modell#kanslighet$/);
  const rubrik = page.locator('h2#kanslighet');
  assert.equal(await text(rubrik), 'Scenarier och känslighet');
  await page.waitForFunction(() => {
    const r = document.getElementById('kanslighet')?.getBoundingClientRect();
    return r && Math.abs(r.top) < 2;
  });
  assert.deepEqual(m.konsolfel, []);
});

test('the summary shows the same figures on screen and in its PDF, with the warning', async () => {
  const { page } = m;
  await page.goto(`${fallUrl}/varderingssammanstallning`);
  await page.locator('#sam-prioritet').waitFor();
  const netto = page.getByRole('region', { name: 'Nettoeffekter per år', exact: true });
  const rader = await jamforRisktabell(netto);
  assert.match(await text(netto.locator('#risk-varning')), /Nettonuvärdet blir negativt i scenari/);

  await page.emulateMedia({ media: 'print' });
  assert.ok(await netto.locator('#risktabell').isVisible());
  const pdf = lasPdf(await page.pdf({ format: 'A4' }));
  assert.ok(pdf.sidor.length <= 3, `${pdf.sidor.length} sidor`);
  const alltext = pdf.sidor.map((s) => ren(s.text)).join(' ');
  for (const r of rader) {
    assert.ok(alltext.includes(kronor(r.k.nnv)), `PDF:en har ${r.namn}: ${kronor(r.k.nnv)}`);
    assert.ok(alltext.includes(r.namn), `PDF:en har ${r.namn}`);
  }
  assert.ok(alltext.includes('Nettonuvärdet blir negativt i scenari'), 'PDF:en har varningen');
  assert.ok(alltext.includes('lägre innan nettonuvärdet blir negativt'), 'PDF:en har break-even i ord');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(m.konsolfel, []);
});

test('the portfolio shows each scenario and rate and marks the negative one in words', async () => {
  const { page, url } = m;
  await page.goto(`${url}portfolj`);
  await page.getByText('Portföljen är tom.').waitFor();
  await page.getByLabel('Välj JSON-filer …').setInputFiles({
    name: 'exempel.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(fil, null, 2)),
  });
  const rad = page.locator('#portfoljtabell tbody tr');
  await rad.first().waitFor();
  assert.equal(await rad.count(), 1);
  const punkter = (await rad.locator('td.kanslighet li').allTextContents()).map(ren);
  const rader = raderIFilen();
  assert.equal(punkter.length, rader.length);
  rader.forEach((r, i) => {
    const [namn, varde] = punkter[i].split(': ');
    assert.equal(namn, r.namn);
    assert.equal(ore(varde), ore(r.k.nnv), `${r.namn} i portföljen`);
    assert.equal(varde.endsWith('(negativt)'), ore(r.k.nnv) < 0n);
  });
  assert.match(await text(rad.locator('th .risk-markering')), /^⚠ Negativt NNV i scenari/);
  assert.ok((await text(rad.locator('th .risk-markering'))).includes('Försiktig'));
  const rubrik = page.locator('#portfoljtabell thead th').filter({ hasText: 'NNV per scenario och ränta' });
  assert.equal(await rubrik.count(), 1);
  assert.deepEqual(m.konsolfel, []);
});

test('the model page names no source paths, crates or tests, and its sections have stable ids', async () => {
  const { page, url } = m;
  await page.goto(`${url}modell`);
  await page.getByRole('heading', { name: 'Så räknar värderingen', level: 1 }).waitFor();
  const sida = await page.locator('main').innerText();
  for (const f of ['src/', '.rs', 'rust_decimal', '../', 'shared/', 'tests/', 'cargo', 'serde', 'JSON', '<!--']) {
    assert.ok(!sida.includes(f), `modellsidan nämner ${f}`);
  }
  for (const id of ['exempel', 'avrundning', 'nuvarde', 'nnk', 'aterbetalning', 'break-even', 'kanslighet', 'finansiering', 'bedomning']) {
    if (id === 'exempel') continue;
    assert.equal(await page.locator(`h2#${id}`).count(), 1, `#${id}`);
  }
  assert.match(ren(sida), /0,13 \/ 1,04 = 0,125 kr och blir därför 0,13 kr/);
  assert.deepEqual(m.konsolfel, []);
});
