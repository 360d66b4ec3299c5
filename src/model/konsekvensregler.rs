//! Rules of step 9: the risk level of likelihood × consequence, names for
//! the choices, and completion.

use super::belopp::Belopp;
use super::konsekvenser::*;
use super::validering::{giltigt_iso_datum, Brist};

/// Risk level from likelihood × consequence (each 1–5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Riskniva {
    Lag,
    Medel,
    Hog,
}

impl Riskniva {
    /// 1–4 low, 5–12 medium, 15–25 high: a risk that is both likely and
    /// serious is always high.
    pub fn av(sannolikhet: u8, konsekvens: u8) -> Riskniva {
        match u16::from(sannolikhet) * u16::from(konsekvens) {
            0..=4 => Riskniva::Lag,
            5..=12 => Riskniva::Medel,
            _ => Riskniva::Hog,
        }
    }

    pub fn namn(self) -> &'static str {
        match self {
            Riskniva::Lag => "Låg",
            Riskniva::Medel => "Medel",
            Riskniva::Hog => "Hög",
        }
    }
}

impl Risk {
    pub fn niva(&self) -> Riskniva {
        Riskniva::av(self.sannolikhet, self.konsekvens)
    }
}

impl Mottagare {
    pub const ALLA: [Mottagare; 5] = [
        Mottagare::Medborgare,
        Mottagare::Foretag,
        Mottagare::Medarbetare,
        Mottagare::AnnanNamnd,
        Mottagare::Organisationen,
    ];

    pub fn namn(self) -> &'static str {
        match self {
            Mottagare::Medborgare => "Invånare",
            Mottagare::Foretag => "Företag",
            Mottagare::Medarbetare => "Medarbetare",
            Mottagare::AnnanNamnd => "Annan nämnd",
            Mottagare::Organisationen => "Organisationen",
        }
    }

    /// The serde name, for `<select>` values.
    pub fn kod(self) -> &'static str {
        match self {
            Mottagare::Medborgare => "medborgare",
            Mottagare::Foretag => "foretag",
            Mottagare::Medarbetare => "medarbetare",
            Mottagare::AnnanNamnd => "annan_namnd",
            Mottagare::Organisationen => "organisationen",
        }
    }

    pub fn fran_kod(kod: &str) -> Option<Mottagare> {
        Self::ALLA.into_iter().find(|m| m.kod() == kod)
    }
}

impl Finansiering {
    /// Sets the amount of year t (0-based in the kalkylperiod); years before
    /// it that were never entered count as zero.
    pub fn ange_belopp(&mut self, t: usize, belopp: Belopp) {
        if self.belopp_per_ar.len() <= t {
            self.belopp_per_ar.resize(t + 1, Belopp::ZERO);
        }
        self.belopp_per_ar[t] = belopp;
    }

    /// The sum over the first `ar` years: amounts past the period (left
    /// from a longer period) do not count.
    pub fn summa(&self, ar: usize) -> Belopp {
        self.belopp_per_ar.iter().take(ar).copied().sum()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum KonsekvensFalt {
    Effekter,
    Risker,
    Tidsplan,
    Ansvarig,
    EffektText(String),
    RiskText(String),
    Atgard(String),
    FasNamn(String),
    FasDatum(String),
    Kalla(String),
}

impl Konsekvenser {
    pub fn brister(&self) -> Vec<Brist<KonsekvensFalt>> {
        use KonsekvensFalt as F;
        let mut b = Vec::new();
        if self.kvalitativa_effekter.is_empty() {
            b.push(Brist::new(F::Effekter, "Lägg till minst en kvalitativ effekt."));
        }
        for e in &self.kvalitativa_effekter {
            if e.beskrivning.trim().is_empty() {
                b.push(Brist::new(F::EffektText(e.id.clone()), "Beskriv effekten."));
            }
        }
        if self.risker.is_empty() {
            b.push(Brist::new(F::Risker, "Lägg till minst en risk."));
        }
        for r in &self.risker {
            if r.beskrivning.trim().is_empty() {
                b.push(Brist::new(F::RiskText(r.id.clone()), "Beskriv risken."));
            }
            if r.niva() == Riskniva::Hog && r.atgard.trim().is_empty() {
                b.push(Brist::new(F::Atgard(r.id.clone()), "En hög risk behöver en åtgärd."));
            }
        }
        if self.tidsplan.is_empty() {
            b.push(Brist::new(F::Tidsplan, "Lägg till minst en fas i tidsplanen."));
        }
        for f in &self.tidsplan {
            if f.namn.trim().is_empty() {
                b.push(Brist::new(F::FasNamn(f.id.clone()), "Ge fasen ett namn."));
            }
            let datum_ok = giltigt_iso_datum(&f.start) && giltigt_iso_datum(&f.slut);
            // ISO dates compare correctly as text.
            if !datum_ok || f.slut < f.start {
                b.push(Brist::new(F::FasDatum(f.id.clone()), "Ange start och slut, där slutet inte är före starten."));
            }
        }
        for f in &self.finansiering {
            if f.kalla.trim().is_empty() {
                b.push(Brist::new(F::Kalla(f.id.clone()), "Ange varifrån finansieringen kommer."));
            }
        }
        if self.forandringsledning.ansvarig.trim().is_empty() {
            b.push(Brist::new(F::Ansvarig, "Ange vem i linjen som leder förändringen."));
        }
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn risk_levels_of_the_matrix() {
        assert_eq!(Riskniva::av(1, 4), Riskniva::Lag);
        assert_eq!(Riskniva::av(2, 2), Riskniva::Lag);
        assert_eq!(Riskniva::av(1, 5), Riskniva::Medel);
        assert_eq!(Riskniva::av(3, 4), Riskniva::Medel);
        assert_eq!(Riskniva::av(3, 5), Riskniva::Hog);
        assert_eq!(Riskniva::av(5, 5), Riskniva::Hog);
    }

    #[test]
    fn step_nine_is_complete_with_effect_risk_phase_and_a_change_lead() {
        let mut k = Konsekvenser::default();
        let falt: Vec<_> = k.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(
            falt,
            vec![KonsekvensFalt::Effekter, KonsekvensFalt::Risker, KonsekvensFalt::Tidsplan, KonsekvensFalt::Ansvarig]
        );
        k.kvalitativa_effekter.push(KvalitativEffekt {
            id: "e".into(),
            beskrivning: "Tryggare".into(),
            ..Default::default()
        });
        k.risker.push(Risk {
            id: "r".into(),
            beskrivning: "Låg användning".into(),
            sannolikhet: 4,
            konsekvens: 4,
            ..Default::default()
        });
        k.tidsplan.push(Fas {
            id: "f".into(),
            namn: "Upphandling".into(),
            start: "2026-05-01".into(),
            slut: "2026-04-01".into(),
        });
        k.forandringsledning.ansvarig = "Enhetschef".into();
        let falt: Vec<_> = k.brister().into_iter().map(|b| b.falt).collect();
        assert_eq!(falt, vec![KonsekvensFalt::Atgard("r".into()), KonsekvensFalt::FasDatum("f".into())]);
        k.risker[0].atgard = "Utbildning".into();
        k.tidsplan[0].slut = "2026-09-30".into();
        assert!(k.brister().is_empty());
    }

    #[test]
    fn financing_amounts_by_year_and_their_sum_within_the_period() {
        let mut f = Finansiering { id: "f".into(), kalla: "Digitaliseringsfonden".into(), belopp_per_ar: vec![] };
        f.ange_belopp(2, Belopp::kronor(300_000));
        f.ange_belopp(0, Belopp::kronor(100_000));
        assert_eq!(f.belopp_per_ar, vec![Belopp::kronor(100_000), Belopp::ZERO, Belopp::kronor(300_000)]);
        assert_eq!(f.summa(5), Belopp::kronor(400_000));
        assert_eq!(f.summa(2), Belopp::kronor(100_000));
        let k = Konsekvenser {
            finansiering: vec![Finansiering { id: "x".into(), ..Default::default() }],
            ..Default::default()
        };
        assert!(k.brister().iter().any(|b| b.falt == KonsekvensFalt::Kalla("x".into())));
    }

    #[test]
    fn recipient_codes_match_serde() {
        for m in Mottagare::ALLA {
            assert_eq!(Mottagare::fran_kod(m.kod()), Some(m));
            assert_eq!(serde_json::to_string(&m).unwrap(), format!("\"{}\"", m.kod()));
        }
    }
}
