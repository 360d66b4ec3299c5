//! Files in and out: a download made from a Blob, and reading a picked file.
//! Nothing is sent anywhere: the file is the only way a case leaves.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file download named `filnamn`.
pub fn ladda_ned(filnamn: &str, text: &str, mimetyp: &str) -> Result<(), JsValue> {
    let delar = js_sys::Array::of1(&JsValue::from_str(text));
    let egenskaper = web_sys::BlobPropertyBag::new();
    egenskaper.set_type(mimetyp);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&delar, &egenskaper)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let dokument = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let lank: web_sys::HtmlAnchorElement = dokument.create_element("a")?.dyn_into()?;
    lank.set_href(&url);
    lank.set_download(filnamn);
    lank.set_hidden(true);
    dokument.body().ok_or("no body")?.append_child(&lank)?;
    lank.click();
    lank.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Reads a picked file as text (`format::avkoda`: UTF-8, or UTF-16 with a
/// byte order mark; other bytes are refused with the reason, never
/// replaced). A file larger than any case is refused by its size, before
/// its bytes are read into memory.
pub async fn las_text(fil: web_sys::File) -> Result<String, String> {
    let storlek = fil.size();
    if storlek > crate::format::MAX_FILSTORLEK as f64 {
        // File sizes are whole bytes; the browser gives them as a JS number.
        let bytes = storlek as usize;
        return Err(crate::format::Lasfel::ForStor { bytes }.to_string());
    }
    let buffert = wasm_bindgen_futures::JsFuture::from(fil.array_buffer())
        .await
        .map_err(|_| "Filen kunde inte läsas.".to_string())?;
    let bytes = js_sys::Uint8Array::new(&buffert).to_vec();
    crate::format::avkoda(&bytes).map_err(|e| e.to_string())
}
