//! The förstudie as plain serde types: every template of the municipality's
//! handbook for benefits realisation (one module per step, in the handbook's
//! order; README.md, "Var delarna finns"), the valuation inputs and the model
//! parameters (docs/modell.md). No UI types here; the browser build adds store derives only.

mod analyser;
mod analysregler;
mod bedomning;
mod behov;
pub mod belopp;
pub mod effekthemtagning;
pub mod effektuppfoljning;
pub mod ekonomi;
pub mod exempel;
pub mod flodeseffekt;
mod kartlaggning;
mod kartlaggningsregler;
pub mod konsekvenser;
mod konsekvensregler;
mod logikregler;
pub mod modellfil;
pub mod modellregler;
pub mod namnlista;
pub mod nivabeskrivningar;
mod parametrar;
pub mod sidindelning;
pub mod steg;
pub mod tal;
pub mod uppfoljningsutkast;
pub mod utfallskoppling;
pub mod validering;
mod vardermodell;

pub use analyser::{
    Attityd, Intressent, Intressentanalys, Malgrupp, Malgruppsanalys, Orsak, Orsaksanalys, Orsakskategori,
};
pub use analysregler::{IntressentFalt, Kvadrant, MalgruppFalt, OrsakFalt, HOG_FRAN};
pub use bedomning::{Bedomning, Kriteriebedomning, Teambedomning, FORSLAGETS_RUBRIK};
pub use behov::{BehovFalt, Utvecklingsbehov, TITEL_MAX_TECKEN};
pub use belopp::{avrunda_till_ore, Belopp};
pub use effekthemtagning::{
    effektposter, finns, nytt_beslut, synka_planer, Beslut, BeslutFalt, Effekthemtagning, Effektplan, Effektpost,
    Effektslag, PlanFalt, Realiserat, Uppfoljning, DATUMFORMAT,
};
pub use ekonomi::{
    Effektkategori, Effektrad, Ekonomi, Enhet, Fordelning, Fordelningstyp, Kalkylperiod, Kostnadsrad, Kostnadstyp,
    Timkostnad, Timsats, MAX_RADBELOPP,
};
pub use exempel::exempelfall;
pub use flodeseffekt::{effektrad_fran_flode, flode_avviker, kopplad_effektrad, radens_timmar, uppdatera_effektrad};
pub use kartlaggning::{
    Arbetsflode, Informationsinventering, Informationstillgang, Logikled, Logikmodell, Logikpil, Logikpost, Processsteg,
};
pub use kartlaggningsregler::{FlodeFalt, InfoFalt, Lage};
pub use konsekvenser::{Fas, Finansiering, Forandringsledning, Konsekvenser, KvalitativEffekt, Mottagare, Risk};
pub use konsekvensregler::{KonsekvensFalt, Riskniva};
pub use logikregler::LogikFalt;
pub use namnlista::Namnavvikelse;
pub use nivabeskrivningar::{kriteriefraga, nivabeskrivning};
pub use parametrar::{Bedomningsfalt, Kriterium, Modellparametrar, Scenario, Troskelvarden, Vikt, AVRUNDNINGSREGEL};
pub use steg::Steg;
pub use uppfoljningsutkast::{uppfoljningsdatum_fel, Uppfoljningsutkast, UtkastFalt};
pub use utfallskoppling::{kopplingar, utfallsalternativ, Koppling, Kopplingsslag};
pub use vardermodell::{
    modellage, parameterskillnader, scenariotext, Forvaltningspost, Modellage, Modellreferens, Namnalias,
    Parameterskillnad, Vardermodell,
};

// The browser build's store accessors of the types above (`reactive_stores`).
#[cfg(feature = "web")]
pub use analyser::{
    IntressentStoreFields, IntressentanalysStoreFields, MalgruppStoreFields, MalgruppsanalysStoreFields,
    OrsakStoreFields, OrsaksanalysStoreFields, OrsakskategoriStoreFields,
};
#[cfg(feature = "web")]
pub use bedomning::BedomningStoreFields;
#[cfg(feature = "web")]
pub use behov::UtvecklingsbehovStoreFields;
#[cfg(feature = "web")]
pub use effekthemtagning::{EffekthemtagningStoreFields, EffektplanStoreFields};
#[cfg(feature = "web")]
pub use ekonomi::{
    EffektradStoreFields, EkonomiStoreFields, KalkylperiodStoreFields, KostnadsradStoreFields, TimkostnadStoreFields,
};
#[cfg(feature = "web")]
pub use kartlaggning::{
    ArbetsflodeStoreFields, InformationsinventeringStoreFields, InformationstillgangStoreFields,
    LogikmodellStoreFields, LogikpostStoreFields, ProcessstegStoreFields,
};
#[cfg(feature = "web")]
pub use konsekvenser::{
    FasStoreFields, FinansieringStoreFields, ForandringsledningStoreFields, KonsekvenserStoreFields,
    KvalitativEffektStoreFields, RiskStoreFields,
};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One case: a förstudie for one proposed initiative.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "web", derive(reactive_stores::Store))]
pub struct Forstudie {
    pub id: Uuid,
    /// RFC 3339 timestamps (UTC), set by the caller: the model reads no clock.
    pub skapad: String,
    pub andrad: String,
    #[serde(default)]
    pub utvecklingsbehov: Utvecklingsbehov,
    #[serde(default)]
    pub orsaksanalys: Orsaksanalys,
    #[serde(default)]
    pub malgruppsanalys: Malgruppsanalys,
    #[serde(default)]
    pub intressentanalys: Intressentanalys,
    #[serde(default)]
    pub arbetsflode: Arbetsflode,
    #[serde(default)]
    pub informationsinventering: Informationsinventering,
    #[serde(default)]
    pub logikmodell: Logikmodell,
    #[serde(default)]
    pub ekonomi: Ekonomi,
    #[serde(default)]
    pub konsekvenser: Konsekvenser,
    #[serde(default)]
    pub bedomning: Bedomning,
    #[serde(default)]
    pub effekthemtagning: Effekthemtagning,
    /// The parameters the case is computed and scored under: a copy of its
    /// model's, or in older files the case's own.
    #[serde(default)]
    pub parametrar: Modellparametrar,
    /// The model `parametrar` were taken from; absent in files written
    /// before models were named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vardermodell: Option<Modellreferens>,
    /// The värderingsteam's assessment, when it has made one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teambedomning: Option<Teambedomning>,
}

impl Forstudie {
    /// A new, empty case. `random` is 16 random bytes (the browser's crypto),
    /// `nu` the current time as RFC 3339.
    pub fn ny(random: [u8; 16], nu: &str) -> Self {
        Forstudie {
            id: uuid::Builder::from_random_bytes(random).into_uuid(),
            skapad: nu.into(),
            andrad: nu.into(),
            utvecklingsbehov: Utvecklingsbehov::default(),
            orsaksanalys: Orsaksanalys::default(),
            malgruppsanalys: Malgruppsanalys::default(),
            intressentanalys: Intressentanalys::default(),
            arbetsflode: Arbetsflode::default(),
            informationsinventering: Informationsinventering::default(),
            logikmodell: Logikmodell::default(),
            ekonomi: Ekonomi::default(),
            konsekvenser: Konsekvenser::default(),
            bedomning: Bedomning::default(),
            effekthemtagning: Effekthemtagning::default(),
            parametrar: Modellparametrar::default(),
            vardermodell: None,
            teambedomning: None,
        }
    }

    /// The title to list the case under.
    pub fn visningsnamn(&self) -> &str {
        let titel = self.utvecklingsbehov.titel.trim();
        // A title of only invisible characters (zero-width, direction
        // marks) would be an empty, unclickable link: it counts as none.
        if !titel.chars().any(synligt_tecken) {
            "Namnlös förstudie"
        } else {
            titel
        }
    }

    /// The same case under a new id, for keeping an import beside the case
    /// that already has its id.
    pub fn med_nytt_id(mut self, random: [u8; 16]) -> Self {
        self.id = uuid::Builder::from_random_bytes(random).into_uuid();
        self
    }

    /// A copy with a new id and times, for "duplicate". The copy is a new
    /// förstudie (a variant to work on), so it carries no decision and no
    /// benefits-realisation plan: those belong to the case that was decided.
    pub fn kopia(&self, random: [u8; 16], nu: &str) -> Self {
        let mut kopia = self.clone().med_nytt_id(random);
        kopia.skapad = nu.into();
        kopia.andrad = nu.into();
        kopia.utvecklingsbehov.titel = format!("Kopia av {}", self.visningsnamn());
        kopia.effekthemtagning = Effekthemtagning::default();
        kopia
    }
}

/// Whether `c` shows as something: not white space, not a control or
/// format character (zero-width space and joiners, direction marks and
/// isolates, the byte order mark, soft hyphen), not a variation selector
/// or a Hangul filler.
pub fn synligt_tecken(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'))
}
