// Five files for the portfolio tests: four small cases and one broken file.
// The cases are the four of src/portfolj/testfall.rs, where every figure
// is worked by hand (period 2027, T = 5, r = 3 %). Only inputs are written:
// the app computes every figure itself.

const kostnad = (id, namnd, fordelning) => ({ id, namnd, kostnadstyp: 'investering', fordelning });
const effekt = (id, namnd, kategori, fordelning) => ({ id, namnd, kostnadstyp: 'personal', kategori, fordelning });
const engangs = (varde) => ({ typ: 'engangs', ar: 0, varde: String(varde) });
const ater = (fran, varde) => ({ typ: 'aterkommande', fran, till: 4, varde: String(varde) });

const KRITERIER = [
  'angelagenhet_organisatorisk', 'angelagenhet_teknisk', 'angelagenhet_lagkrav', 'strategiskt_varde',
  'genomforbarhet', 'potential_att_realisera', 'kvalitativa_effekter', 'negativa_konsekvenser',
];
/** Levels in criterion order (severity for the last); null leaves one out. */
const nivaer = (n) => KRITERIER.map((kriterium, i) => ({ kriterium, niva: n[i], motivering: '' }))
  .filter((k) => k.niva !== null);

export const ID = {
  a: '01010101-0101-4101-8101-010101010101',
  b: '02020202-0202-4202-8202-020202020202',
  c: '03030303-0303-4303-8303-030303030303',
  d: '04040404-0404-4404-8404-040404040404',
};

function fall(id, titel, forvaltning, namnd, kostnader, effekter, niva) {
  return JSON.stringify({
    schema_version: 1,
    app_version: '0.1.0',
    exporterad: '2026-11-27T10:00:00Z',
    forstudie: {
      id, skapad: '2026-11-20T09:00:00Z', andrad: '2026-11-20T09:00:00Z',
      utvecklingsbehov: { titel, forvaltning, namnd },
      ekonomi: { kalkylperiod: { startar: 2027, ar: 5 }, kostnader, effekter },
      bedomning: { nivaer: nivaer(niva) },
    },
  }, null, 2);
}

export const FILER = {
  a: fall(ID.a, 'A Bokning', 'Kulturförvaltningen', 'Kulturnämnden',
    [kostnad('k1', 'Kulturnämnden', engangs(8000)), kostnad('k2', 'Kommunstyrelsen', engangs(2000))],
    [effekt('e1', 'Kulturnämnden', 'frigjort_ramutrymme', ater(1, 3000)),
      effekt('e2', 'Kommunstyrelsen', 'ramjustering', ater(2, 1000))],
    [3, 2, 1, 4, 3, 2, 3, 1]),
  b: fall(ID.b, 'B Arkiv', 'Socialförvaltningen', 'Socialnämnden',
    [kostnad('k1', 'Socialnämnden', engangs(20000)), kostnad('k2', 'Socialnämnden', ater(1, 1000))],
    [effekt('e1', 'Socialnämnden', 'ramjustering', ater(1, 2000))],
    [2, 2, 2, 2, 2, 2, 2, 2]),
  c: fall(ID.c, 'C Lagkrav', 'Miljöförvaltningen', 'Miljö- och byggnämnden',
    [kostnad('k1', 'Miljö- och byggnämnden', engangs(5000)), kostnad('k2', 'Kommunstyrelsen', engangs(1000))],
    [effekt('e1', 'Miljö- och byggnämnden', 'frigjort_ramutrymme', ater(1, 2500))],
    [2, 1, 4, 2, 2, 2, 2, 2]),
  d: fall(ID.d, 'D Ofärdig', 'Kulturförvaltningen', 'Kulturnämnden',
    [kostnad('k1', 'Kulturnämnden', engangs(1000))], [],
    [4, null, null, null, null, null, null, null]),
};

/** Cut off mid-way, as a mail client or a hand edit might leave it. */
export const TRASIG = FILER.b.slice(0, 120);

const json = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** The five files as setInputFiles takes them: a, the broken one, b, c, d. */
export const FEM_FILER = [
  json('a.json', FILER.a), json('trasig.json', TRASIG), json('b.json', FILER.b),
  json('c.json', FILER.c), json('d.json', FILER.d),
];
