//! The browser's side of storage, time and randomness.

use crate::lagring::{Lagring, Skrivfel};

/// Local storage behind the domain's `Lagring` trait.
pub struct Webblagring(web_sys::Storage);

impl Webblagring {
    pub fn oppna() -> Result<Self, String> {
        use gloo_storage::Storage;
        // gloo's `raw` panics where storage is blocked, so ask first.
        let tillganglig = web_sys::window().map(|w| matches!(w.local_storage(), Ok(Some(_)))).unwrap_or(false);
        if tillganglig {
            Ok(Webblagring(gloo_storage::LocalStorage::raw()))
        } else {
            Err("Webbläsarens lokala lagring går inte att nå. Tillåt lagring för den här sidan.".to_string())
        }
    }
}

/// The storage, or a message for the user when the browser refuses it.
pub fn lagring() -> Result<Webblagring, String> {
    Webblagring::oppna()
}

impl Lagring for Webblagring {
    fn nycklar(&self) -> Vec<String> {
        let antal = self.0.length().unwrap_or(0);
        (0..antal).filter_map(|i| self.0.key(i).ok().flatten()).collect()
    }

    fn hamta(&self, nyckel: &str) -> Option<String> {
        self.0.get_item(nyckel).ok().flatten()
    }

    fn ange(&mut self, nyckel: &str, varde: &str) -> Result<(), Skrivfel> {
        self.0.set_item(nyckel, varde).map_err(|e| {
            let namn = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            if namn == "QuotaExceededError" {
                Skrivfel::Fullt
            } else {
                Skrivfel::Nekad
            }
        })
    }

    fn ta_bort(&mut self, nyckel: &str) {
        let _ = self.0.remove_item(nyckel);
    }
}

/// Now as RFC 3339 in UTC.
pub fn nu() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Today's date (ISO) where the user is, for dates people read (file names,
/// the follow-up's "today"). Not the UTC date, which in Sweden is still
/// yesterday until 01:00 or 02:00.
pub fn idag() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A stored RFC 3339 time shown in the user's local time, "2026-11-26 14:32".
pub fn visa_tid(rfc3339: &str) -> String {
    let datum = js_sys::Date::new(&rfc3339.into());
    if datum.get_time().is_nan() {
        return rfc3339.to_string();
    }
    format!(
        "{}-{:02}-{:02} {:02}:{:02}",
        datum.get_full_year(),
        datum.get_month() + 1,
        datum.get_date(),
        datum.get_hours(),
        datum.get_minutes()
    )
}

/// Local "14:32" of a stored RFC 3339 time.
pub fn klockslag(rfc3339: &str) -> String {
    let datum = js_sys::Date::new(&rfc3339.into());
    format!("{:02}:{:02}", datum.get_hours(), datum.get_minutes())
}

/// 16 bytes from the browser's cryptographic random source (available in
/// insecure contexts too, unlike `crypto.randomUUID`).
pub fn slumpbytes() -> [u8; 16] {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok()).expect("window.crypto");
    crypto.get_random_values_with_u8_array(&mut bytes).expect("crypto.getRandomValues");
    bytes
}
