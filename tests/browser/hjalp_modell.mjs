// A värderingsmodell file for browser tests (the format: src/model/modellfil.rs).

/** A model file as the app writes it: discount rate 8 %, one strategy, two
 * nämnder, the handbook's other values; `andra` replaces parameters. */
export function modellfil(andra = {}, namn = 'Testkommunens modell', version = '2027.1') {
  const vikter = [
    ['angelagenhet_organisatorisk', '7.5'], ['angelagenhet_teknisk', '7.5'], ['angelagenhet_lagkrav', '7.5'],
    ['strategiskt_varde', '7.5'], ['genomforbarhet', '12.5'], ['potential_att_realisera', '12.5'],
    ['kvalitativa_effekter', '10'], ['negativa_konsekvenser', '5'], ['ekonomi', '30'],
  ].map(([kriterium, vikt]) => ({ kriterium, vikt }));
  return {
    modellformat: 1,
    vardermodell: {
      namn, version, giltig_fran: '2027-01-01',
      parametrar: {
        diskonteringsranta_procent: '8', kanslighetsrantor_procent: ['0', '3.5', '8'],
        scenarier: [
          { namn: 'Bas', kostnad_procent: '0', effekt_procent: '0' },
          { namn: 'Försiktig', kostnad_procent: '25', effekt_procent: '25' },
          { namn: 'Pessimistisk', kostnad_procent: '50', effekt_procent: '50' },
        ],
        paslag_procent: '54', produktiva_timmar_per_manad: '142', vikter,
        troskelvarden: { hog: '70', medel: '50' },
        strategier: ['Digital samverkan för en effektivare förvaltning'],
        ...andra,
      },
      kostnadstyper: ['personal', 'konsulter_och_externa_tjanster', 'licenser', 'drift_och_forvaltning', 'investering',
        'utbildning_och_forandringsledning', 'lokaler', 'ovrigt'],
      namnder: ['Kommunstyrelsen', 'Socialnämnden'],
      forvaltningar: [{ namn: 'Socialförvaltningen', namnd: 'Socialnämnden' }],
    },
  };
}

