// A stored case with many cost lines, for the pages of step 8's grid:
// `antal` lines "Rad 1" … in one nämnd, 100 kr in each of three years
// (2027–2029), and one effect line.
export const MANGA_ID = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';

export function fallMedManga(antal) {
  const tid = '2026-11-26T12:00:00Z';
  const kostnader = Array.from({ length: antal }, (_, i) => ({
    id: `k${i + 1}`, namnd: 'Nämnd A', kostnadstyp: 'licenser', beskrivning: `Rad ${i + 1}`,
    enhet: { enhet: 'kronor' }, fordelning: { typ: 'per_ar', varden: ['100', '100', '100'] },
  }));
  return {
    schema_version: 1, app_version: '0.1.0', exporterad: tid,
    forstudie: {
      id: MANGA_ID, skapad: tid, andrad: tid, utvecklingsbehov: { titel: 'Många rader' },
      ekonomi: {
        kalkylperiod: { startar: 2027, ar: 3 }, timkostnader: [], kostnader,
        effekter: [{
          id: 'e1', namnd: 'Nämnd A', kostnadstyp: 'licenser', beskrivning: 'Effekten', kategori: 'ramjustering',
          enhet: { enhet: 'kronor' }, fordelning: { typ: 'per_ar', varden: ['0', '0', '0'] },
        }],
      },
    },
  };
}

/** Stores the case and opens its step 8. */
export async function oppnaMedManga(page, url, antal) {
  await page.goto(url);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`forstudie.fall.${MANGA_ID}`, JSON.stringify(fallMedManga(antal))]);
  await page.goto(`${url}fall/${MANGA_ID}/kostnader-och-effekter`);
  await page.locator('#kostnadsrutnat tbody tr').first().waitFor();
}
