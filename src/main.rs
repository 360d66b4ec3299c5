#[cfg(feature = "web")]
fn main() {
    forstudie::ui::start();
}

#[cfg(not(feature = "web"))]
fn main() {
    eprintln!("Appen körs i webbläsaren: se README.md (scripts/serve).");
}
