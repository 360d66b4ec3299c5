//! What the valuation summary (värderingssammanställning) shows beyond the
//! engine's own figures: each nämnd's economic effect split into ramjustering
//! and frigjort ramutrymme and by kostnadstyp, the per-year sums of any set
//! of lines (the footer of an explanation), and one line's value in a year
//! in words. Every sum adds the engine's rounded values exactly, so each
//! total equals the sum of the parts shown beside it.

use super::nuvarde::Flode;
use super::rader::{Radslag, Radvardering};
use super::Vardering;
use crate::model::tal::{formatera, formatera_kronor};
use crate::model::{Belopp, Kostnadstyp};
use serde::{Deserialize, Serialize};

/// Economic effects: ramjustering + frigjort ramutrymme = totalt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Effektdel {
    pub ramjustering: Belopp,
    pub frigjort_ramutrymme: Belopp,
    pub totalt: Belopp,
}

impl Effektdel {
    fn fran(f: &Flode) -> Self {
        Effektdel { ramjustering: f.ram, frigjort_ramutrymme: f.fri, totalt: f.effekter() }
    }
}

/// The effects of one nämnd on one kostnadstyp, over all years.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Typeffekt {
    pub kostnadstyp: Kostnadstyp,
    pub effekt: Effektdel,
}

/// Total ekonomisk effekt of one nämnd over the period; `effekt` is the sum
/// of `per_kostnadstyp`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Namndeffekt {
    pub namnd: String,
    /// The kostnadstyper the nämnd has an effect line on, in
    /// `Kostnadstyp::ALLA` order.
    pub per_kostnadstyp: Vec<Typeffekt>,
    pub effekt: Effektdel,
}

/// The lines of a figure summed per year and over the period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Radsumma {
    /// t = 0 … T-1.
    pub per_ar: Vec<Belopp>,
    pub summa: Belopp,
}

impl Vardering {
    /// Every nämnd with a line (costs only give zeros), in the engine's
    /// order, with its effects split by category and kostnadstyp.
    pub fn effekter_per_namnd(&self) -> Vec<Namndeffekt> {
        self.namnder
            .iter()
            .map(|n| {
                let per_kostnadstyp = self
                    .per_namnd_och_kostnadstyp
                    .iter()
                    .filter(|d| d.namnd == n.namnd)
                    .filter(|d| {
                        self.rader
                            .iter()
                            .any(|r| r.namnd == n.namnd && r.kostnadstyp == d.kostnadstyp && r.slag != Radslag::Kostnad)
                    })
                    .map(|d| Typeffekt { kostnadstyp: d.kostnadstyp, effekt: Effektdel::fran(&d.summa) })
                    .collect();
                Namndeffekt { namnd: n.namnd.clone(), per_kostnadstyp, effekt: Effektdel::fran(&n.summa) }
            })
            .collect()
    }

    /// The effects over all nämnder: the sum of `effekter_per_namnd`.
    pub fn effekter_totalt(&self) -> Effektdel {
        Effektdel::fran(&self.bas.summa)
    }

    /// The sum per year and over the period of the lines
    /// `rader_i(namnd, slag, kostnadstyp)`: for one nämnd's cost lines it is
    /// K(n,t) and K(n).
    pub fn radsumma(&self, namnd: Option<&str>, slag: Radslag, kostnadstyp: Option<Kostnadstyp>) -> Radsumma {
        let mut per_ar = vec![Belopp::ZERO; self.ar as usize];
        for rad in self.rader_i(namnd, slag, kostnadstyp) {
            for (summa, radar) in per_ar.iter_mut().zip(&rad.per_ar) {
                *summa += radar.varde;
            }
        }
        let summa = per_ar.iter().sum();
        Radsumma { per_ar, summa }
    }
}

impl Radvardering {
    /// How the line's value in year t came about, in Swedish:
    /// "1 200 h × 390,42 kr per timme × 60 % = 281 102,40 kr". A cost in
    /// kronor is its amount.
    pub fn arsforklaring(&self, t: u32) -> String {
        let Some(radar) = self.per_ar.get(t as usize) else {
            return formatera_kronor(Belopp::ZERO);
        };
        let varde = formatera_kronor(radar.varde);
        let mut delar = match (&self.timkostnad_id, self.timkostnad) {
            (Some(_), Some(sats)) => format!("{} h × {} per timme", formatera(radar.mangd), formatera_kronor(sats)),
            (Some(id), None) => format!("{} h × timkostnaden ”{id}”, som saknas", formatera(radar.mangd)),
            (None, _) if radar.realisering_procent.is_none() => return varde,
            (None, _) => formatera_kronor(Belopp::from_decimal(radar.mangd)),
        };
        if let Some(p) = radar.realisering_procent {
            delar.push_str(&format!(" × {} %", formatera(p)));
        }
        format!("{delar} = {varde}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{exempel, Forstudie};
    use crate::vardering::berakna;

    fn exempel() -> (Forstudie, Vardering) {
        let fall = exempel::exempelfall([7; 16], "2026-11-26T12:00:00.000Z");
        let v = berakna(&fall.ekonomi, &fall.parametrar);
        (fall, v)
    }

    fn kr(text: &str) -> Belopp {
        Belopp::from_decimal(text.parse().unwrap())
    }

    #[test]
    fn effects_per_namnd_of_the_example_by_hand() {
        // Socialnämnden, p = 0, 60, 90, 100, 100 %:
        // porto (RAM, Övrigt) 60 000 → 36 000 + 54 000 + 60 000 + 60 000 = 210 000;
        // skanning (RAM, Konsulter) 90 000 → 54 000 + 81 000 + 90 000 + 90 000 = 315 000;
        // tid (FRI, Personal) 1 200 h × 390,42 = 468 504,00 →
        // 281 102,40 + 421 653,60 + 468 504,00 + 468 504,00 = 1 639 764,00.
        let (_, v) = exempel();
        let e = v.effekter_per_namnd();
        assert_eq!(e.len(), 2);
        let ks = &e[0];
        assert_eq!(ks.namnd, exempel::KOMMUNSTYRELSEN);
        assert!(ks.per_kostnadstyp.is_empty(), "costs only");
        assert_eq!(ks.effekt, Effektdel::default());
        let sn = &e[1];
        assert_eq!(sn.namnd, exempel::SOCIALNAMNDEN);
        let typer: Vec<_> = sn.per_kostnadstyp.iter().map(|t| t.kostnadstyp).collect();
        assert_eq!(typer, [Kostnadstyp::Personal, Kostnadstyp::KonsulterOchExternaTjanster, Kostnadstyp::Ovrigt]);
        let del = |ram: &str, fri: &str, tot: &str| Effektdel {
            ramjustering: kr(ram),
            frigjort_ramutrymme: kr(fri),
            totalt: kr(tot),
        };
        assert_eq!(sn.per_kostnadstyp[0].effekt, del("0", "1639764.00", "1639764.00"));
        assert_eq!(sn.per_kostnadstyp[1].effekt, del("315000", "0", "315000"));
        assert_eq!(sn.per_kostnadstyp[2].effekt, del("210000", "0", "210000"));
        assert_eq!(sn.effekt, del("525000", "1639764.00", "2164764.00"));
        assert_eq!(v.effekter_totalt(), sn.effekt);
    }

    #[test]
    fn every_effect_total_is_the_sum_of_its_parts() {
        let (_, v) = exempel();
        let e = v.effekter_per_namnd();
        for n in &e {
            let ram: Belopp = n.per_kostnadstyp.iter().map(|t| t.effekt.ramjustering).sum();
            let fri: Belopp = n.per_kostnadstyp.iter().map(|t| t.effekt.frigjort_ramutrymme).sum();
            assert_eq!((ram, fri), (n.effekt.ramjustering, n.effekt.frigjort_ramutrymme), "{}", n.namnd);
            assert_eq!(n.effekt.totalt, ram + fri);
            for t in &n.per_kostnadstyp {
                assert_eq!(t.effekt.totalt, t.effekt.ramjustering + t.effekt.frigjort_ramutrymme);
            }
        }
        let alla: Belopp = e.iter().map(|n| n.effekt.totalt).sum();
        assert_eq!(alla, v.effekter_totalt().totalt);
    }

    #[test]
    fn line_sums_are_the_namnd_costs_by_hand() {
        // Socialnämnden: licens 180 000 a year, införande 450 000 in year 0,
        // utbildning 80 000 + 20 000: 710 000, 200 000, 180 000 × 3 = 1 450 000.
        // Kommunstyrelsen: integration 250 000, drift 60 000 from year 1: 490 000.
        let (_, v) = exempel();
        let sn = v.radsumma(Some(exempel::SOCIALNAMNDEN), Radslag::Kostnad, None);
        let k = Belopp::kronor;
        assert_eq!(sn.per_ar, [k(710_000), k(200_000), k(180_000), k(180_000), k(180_000)]);
        assert_eq!(sn.summa, k(1_450_000));
        let ks = v.radsumma(Some(exempel::KOMMUNSTYRELSEN), Radslag::Kostnad, None);
        assert_eq!(ks.summa, k(490_000));
        for n in &v.namnder {
            let s = v.radsumma(Some(&n.namnd), Radslag::Kostnad, None);
            assert_eq!(s.per_ar, n.per_ar.iter().map(|f| f.k).collect::<Vec<_>>());
            assert_eq!(s.summa, n.summa.k);
        }
        let alla = v.radsumma(None, Radslag::Kostnad, None);
        assert_eq!(alla.summa, k(1_940_000));
        assert_eq!(alla.summa, v.bas.summa.k);
        let fri = v.radsumma(None, Radslag::FrigjortRamutrymme, Some(Kostnadstyp::Personal));
        assert_eq!(fri.per_ar[1], kr("281102.40"));
        assert_eq!(fri.summa, kr("1639764.00"));
    }

    #[test]
    fn a_line_explains_its_year_in_words() {
        let (_, v) = exempel();
        let rad = |id: &str| v.rader.iter().find(|r| r.id == id).unwrap();
        assert_eq!(
            rad("e-tid").arsforklaring(1),
            "1\u{a0}200 h × 390,42\u{a0}kr per timme × 60 % = 281\u{a0}102,40\u{a0}kr"
        );
        assert_eq!(rad("e-porto").arsforklaring(2), "60\u{a0}000,00\u{a0}kr × 90 % = 54\u{a0}000,00\u{a0}kr");
        assert_eq!(rad("e-porto").arsforklaring(0), "0,00\u{a0}kr × 0 % = 0,00\u{a0}kr");
        assert_eq!(rad("k-licens").arsforklaring(3), "180\u{a0}000,00\u{a0}kr");
        assert_eq!(rad("k-licens").arsforklaring(9), "0,00\u{a0}kr");
    }

    #[test]
    fn an_hour_line_without_its_rate_says_so() {
        let (mut fall, _) = exempel();
        fall.ekonomi.timkostnader.clear();
        let v = berakna(&fall.ekonomi, &fall.parametrar);
        let rad = v.rader.iter().find(|r| r.id == "e-tid").unwrap();
        assert_eq!(
            rad.arsforklaring(3),
            "1\u{a0}200 h × timkostnaden ”t-handlaggare”, som saknas × 100 % = 0,00\u{a0}kr"
        );
    }

    #[test]
    fn the_examples_financing_and_score_by_hand() {
        // Financing: the fond 700 000 then 60 000 a year; Socialnämndens ram
        // 260 000, 200 000, then 180 000. Costs K(t) over both nämnder:
        // 710 000 + 250 000, 200 000 + 60 000, then 180 000 + 60 000: covered
        // to the krona every year.
        let (fall, v) = exempel();
        let j = crate::vardering::finansiering(&v, &fall.konsekvenser.finansiering);
        let k = Belopp::kronor;
        let fin: Vec<_> = j.per_ar.iter().map(|a| (a.finansiering, a.kostnad, a.skillnad)).collect();
        assert_eq!(fin[0], (k(960_000), k(960_000), k(0)));
        assert_eq!(fin[1], (k(260_000), k(260_000), k(0)));
        assert_eq!(fin[4], (k(240_000), k(240_000), k(0)));
        assert_eq!((j.summa.finansiering, j.summa.kostnad, j.summa.skillnad), (k(1_940_000), k(1_940_000), k(0)));
        assert!(j.underskottsar.is_empty());
        // The sources' own sums add up to the financing total.
        let kallor: Belopp = fall.konsekvenser.finansiering.iter().map(|f| f.summa(v.ar as usize)).sum();
        assert_eq!(kallor, j.summa.finansiering);
        // PV_K at 3 %, rounded per nämnd and year: Socialnämnden 710 000 +
        // 194 174,76 + 169 667,26 + 164 725,50 + 159 927,67 = 1 398 495,19;
        // Kommunstyrelsen 250 000 + 58 252,43 + 56 555,75 + 54 908,50 +
        // 53 309,22 = 473 025,90; together 1 871 521,09.
        // NNK = 129 023,49 / 1 871 521,09 = 0,0689 → Ekonomi level 1.
        // Points = w × level / 4: 7,5 × 3/4 = 5,625; 7,5 × 2/4 = 3,75;
        // 7,5 × 1/4 = 1,875; 7,5 × 3/4 = 5,625; 12,5 × 3/4 = 9,375 twice;
        // 10 × 3/4 = 7,5; 5 × (4 − 1)/4 = 3,75; 30 × 1/4 = 7,5. Σ = 54,375: Medel.
        assert_eq!(v.bas.nnv, kr("129023.49"));
        assert_eq!(v.bas.nuvarde.k, kr("1871521.09"));
        assert_eq!(v.bas.nnk, Some("0.0689".parse().unwrap()));
        let p = crate::vardering::berakna_poang(&fall.bedomning, v.bas.nnk, &fall.parametrar);
        assert_eq!(p.kriterier[8].niva, Some(1));
        assert_eq!(p.poang, "54.375".parse().unwrap());
        assert_eq!(p.prioritering, Some(crate::vardering::Prioritering::Medel));
    }
}
