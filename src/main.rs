#[cfg(target_arch = "wasm32")]
fn main() {
    forstudie::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Appen körs i webbläsaren: se README.md (scripts/serve).");
}
