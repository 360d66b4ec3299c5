import { falt } from './hjalp.mjs';
// Filling step 1 the way a user does: by label.
export const BEHOV = {
  'Titel på initiativet': 'Digital ansökan om färdtjänst',
  'Datum': '2026-03-15',
  'Förvaltning': 'Socialförvaltningen',
  'Nämnd': 'Socialnämnden',
  'Kontaktperson': 'Eva Lind',
  'Kontaktpersonens roll': 'Verksamhetsutvecklare',
  'Problem eller möjlighet': 'Ansökan görs på papper och skrivs in för hand; <b>inget</b> följs upp.',
  'Vilka berörs?': 'Sökande, anhöriga och handläggare',
  'Nollalternativ: vad händer om ingenting görs?': 'Handläggningstiden växer med 20 % om året.',
  'Digitala perspektiv': 'Digitalt först',
  'Relaterade initiativ': 'E-arkiv 2025',
};
export const STRATEGI = 'Utgå från medborgarnas behov och livshändelser';

export async function fyllSteg1(page) {
  for (const [etikett, varde] of Object.entries(BEHOV)) {
    await falt(page, etikett).fill(varde);
  }
  await page.getByLabel(STRATEGI).check();
}

export async function kontrolleraSteg1(page, assert) {
  for (const [etikett, varde] of Object.entries(BEHOV)) {
    assert.equal(await falt(page, etikett).inputValue(), varde, etikett);
  }
  assert.ok(await page.getByLabel(STRATEGI).isChecked());
}
