//! The two kinds of line step 8's grid shows, cost lines and effect lines,
//! as `Rutnatsrad`s: what the one grid component (`rader.rs`)
//! needs to know of each: texts, the shared fields, and an effect line's
//! own category column and realisation row.

use crate::model::tal;
use crate::model::{
    Effektkategori, Effektrad, EffektradStoreFields, Ekonomi, Enhet, Fordelning, Kostnadsrad, KostnadsradStoreFields,
    Kostnadstyp,
};
use crate::ui::komponenter::talfalt::{Arcell, Utkast};
use crate::ui::steg::kostnader::utfall::Utfallscell;
use leptos::prelude::*;
use reactive_stores::{AtKeyed, Field, KeyedSubfield};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A grid's texts and ids.
pub struct Rutnatstexter {
    /// Heading and its id.
    pub rubrik: &'static str,
    pub rubrik_id: &'static str,
    pub tabell_id: &'static str,
    /// The class of each line's `tbody`.
    pub radklass: &'static str,
    /// The columns before the years.
    pub kolumner: &'static [&'static str],
    /// The page chooser's label.
    pub sidor: &'static str,
    pub lagg_till: &'static str,
    /// "kostnaden", "effekten" in "Tog bort …", and the undo button's id.
    pub radnamn: &'static str,
    pub angra_id: &'static str,
    /// The prefix of a new line's id.
    pub id_prefix: &'static str,
}

/// The store path of one kind of line in the case's economy.
pub type Radlista<R> = KeyedSubfield<Field<Ekonomi>, Ekonomi, String, Vec<R>>;
/// One line of a `Radlista`, by its id.
pub type Radfaltet<R> = AtKeyed<Field<Ekonomi>, Ekonomi, String, Vec<R>>;

/// The fields every line has, as store fields of one line.
pub struct Radfalt {
    pub beskrivning: Field<String>,
    pub namnd: Field<String>,
    pub kostnadstyp: Field<Kostnadstyp>,
    pub enhet: Field<Enhet>,
    pub fordelning: Field<Fordelning>,
}

/// A kind of line the grid shows: cost lines and effect lines.
pub trait Rutnatsrad: Clone + Default + Send + Sync + 'static {
    const TEXTER: Rutnatstexter;
    /// What the kind's own columns need from the step (the logic model's
    /// outcomes for an effect line).
    type Tillagg: Clone + Send + Sync + 'static;
    fn ny(id: String, namnd: String) -> Self;
    fn id(&self) -> &str;
    fn namnd(&self) -> &str;
    fn beskrivning(&self) -> String;
    fn falt(rad: Field<Self>) -> Radfalt;
    /// A column after the cost type, if the kind has one.
    fn kategori(_rad: Field<Self>, _id: &str) -> Option<AnyView> {
        None
    }
    /// A row under the line's own, if the kind has one.
    fn efter(_rad: Field<Self>, _id: &str, _ar: Memo<Vec<i32>>, _tillagg: Self::Tillagg) -> Option<AnyView> {
        None
    }
}

/// What both kinds of line have under the same names: the part of
/// `Rutnatsrad` that is the same code for both (their store fields are
/// different traits, so it cannot be a default method).
macro_rules! gemensamma_falt {
    () => {
        fn ny(id: String, namnd: String) -> Self {
            Self { id, namnd, ..Default::default() }
        }
        fn id(&self) -> &str {
            &self.id
        }
        fn namnd(&self) -> &str {
            &self.namnd
        }
        fn beskrivning(&self) -> String {
            self.beskrivning.clone()
        }
        fn falt(rad: Field<Self>) -> Radfalt {
            Radfalt {
                beskrivning: rad.beskrivning().into(),
                namnd: rad.namnd().into(),
                kostnadstyp: rad.kostnadstyp().into(),
                enhet: rad.enhet().into(),
                fordelning: rad.fordelning().into(),
            }
        }
    };
}

impl Rutnatsrad for Kostnadsrad {
    const TEXTER: Rutnatstexter = Rutnatstexter {
        rubrik: "Kostnader",
        rubrik_id: "kostnader-rubrik",
        tabell_id: "kostnadsrutnat",
        radklass: "kostnadsrad",
        kolumner: &["Beskrivning", "Nämnd", "Kostnadstyp", "Enhet", "Fördelning"],
        sidor: "Sidor med kostnader",
        lagg_till: "Lägg till kostnad",
        radnamn: "kostnaden",
        angra_id: "kostnad-angra",
        id_prefix: "k",
    };
    type Tillagg = ();
    gemensamma_falt!();
}

impl Rutnatsrad for Effektrad {
    const TEXTER: Rutnatstexter = Rutnatstexter {
        rubrik: "Ekonomiska effekter",
        rubrik_id: "effekter-rubrik",
        tabell_id: "effektrutnat",
        radklass: "effektrad",
        kolumner: &["Beskrivning", "Nämnd", "Kostnadstyp", "Kategori", "Enhet", "Fördelning"],
        sidor: "Sidor med effekter",
        lagg_till: "Lägg till effekt",
        radnamn: "effekten",
        angra_id: "effekt-angra",
        id_prefix: "e",
    };
    /// The logic model's outcomes (id, text) a line can realise.
    type Tillagg = Signal<Vec<(String, String)>>;
    gemensamma_falt!();
    fn kategori(rad: Field<Self>, id: &str) -> Option<AnyView> {
        let kategori = rad.kategori();
        let vald = move |k: Effektkategori| move || kategori.try_get().unwrap_or_default() == k;
        Some(
            view! {
                <td>
                    <select id=format!("{id}-kategori") aria-label="Kategori"
                        on:change:target=move |ev| kategori.set(if ev.target().value() == "ram" {
                            Effektkategori::Ramjustering
                        } else {
                            Effektkategori::FrigjortRamutrymme
                        })>
                        <option value="fri" selected=vald(Effektkategori::FrigjortRamutrymme)>"Frigjort ramutrymme"</option>
                        <option value="ram" selected=vald(Effektkategori::Ramjustering)>"Ramjustering"</option>
                    </select>
                </td>
            }
            .into_any(),
        )
    }
    fn efter(rad: Field<Self>, id: &str, ar: Memo<Vec<i32>>, utfall: Self::Tillagg) -> Option<AnyView> {
        let beskrivning = rad.beskrivning();
        let utkast: Utkast = RwSignal::new(BTreeMap::new());
        let antal_ar = Signal::derive(move || ar.with(|a| a.len() as u32));
        let p_id = id.to_string();
        let realisering = move || {
            let id = p_id.clone();
            ar.get()
                .into_iter()
                .enumerate()
                .map(|(t, a)| {
                    let t = t as u32;
                    view! {
                        <td>
                            <Arcell id=format!("{id}-p-{t}") t utkast ar=antal_ar tomt=Decimal::ONE_HUNDRED visa=tal::formatera enhet=Signal::derive(|| "%")
                                etikett=Signal::derive(move || format!("Realisering {} {a} (%)", beskrivning.try_get().unwrap_or_default()))
                                varde=Signal::derive(move || rad.try_with(|r| r.realisering(t)).unwrap_or(Decimal::ONE_HUNDRED))
                                ange=Callback::new(move |(t, v)| rad.update(|r| r.ange_realisering(t, v))) />
                        </td>
                    }
                })
                .collect_view()
        };
        Some(
            view! {
                <tr class="realisering">
                    <Utfallscell id=id.to_string() utfall_id=rad.utfall_id() utfall />
                    <th scope="row" colspan="2" class="hoger">"Realisering p(t), %"</th>
                    {realisering}
                    <td colspan="2"></td>
                </tr>
            }
            .into_any(),
        )
    }
}
