//! The portfolio's two compilations for the committee: the status of the
//! development needs (each case's stage, counted and summed per nämnd) and
//! the fund's economy (granted, planned, what remains, planned against
//! realised effects). Every figure comes from `portfolj::statussammanstallning`
//! and `portfolj::fondekonomi`; each has a CSV and both print together.

use crate::model::tal::{formatera, formatera_belopp, formatera_kronor};
use crate::model::Belopp;
use crate::portfolj::{
    ekonomi_csv, fondekonomi, status_csv, statussammanstallning, Fas, Fassumma, Fond, Fondekonomi, Portfolj,
    Statussammanstallning,
};
use crate::ui::komponenter::tabellram::{kolumnrubriker, tabellram};
use crate::ui::komponenter::talfalt::Talfalt;
use crate::ui::webblasare::fil::ladda_ned;
use crate::ui::webblasare::webblagring::idag;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The fund as the team entered it, kept in the tab beside the portfolio.
const FONDNYCKEL: &str = "forstudie.portfolj.fond";

fn las_fond() -> Fond {
    let sparad = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(FONDNYCKEL).ok().flatten())
        .and_then(|t| {
            let (ram, namn) = t.split_once('\n')?;
            Some(Fond { namn: namn.to_string(), ram: Belopp::from_decimal(ram.parse().ok()?) })
        });
    sparad.unwrap_or_else(Fond::standard)
}

fn spara_fond(fond: &Fond) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.set_item(FONDNYCKEL, &format!("{}\n{}", fond.ram.to_file_string(), fond.namn));
    }
}

#[component]
pub fn Sammanstallningar(portfolj: RwSignal<Portfolj>, meddelande: RwSignal<Option<String>>) -> impl IntoView {
    let fond = RwSignal::new(las_fond());
    Effect::new(move |_| fond.with(spara_fond));
    let status = Memo::new(move |_| {
        portfolj.with(|p| statussammanstallning(p.fall.iter().map(|f| (&f.forstudie, &f.vardering)), &idag()))
    });
    let ekonomi = Memo::new(move |_| {
        let fond = fond.get();
        portfolj.with(|p| fondekonomi(p.fall.iter().map(|f| (&f.forstudie, &f.vardering)), &fond, &idag()))
    });
    let ladda = move |namn: String, text: String| {
        if ladda_ned(&namn, &text, "text/csv;charset=utf-8").is_err() {
            meddelande.set(Some("Exporten kunde inte skapas i den här webbläsaren.".into()));
        }
    };
    let status_till_csv =
        move |_| ladda(format!("portfolj-status-{}.csv", idag()), status_csv(&status.get_untracked()));
    let ekonomi_till_csv =
        move |_| ladda(format!("portfolj-ekonomi-{}.csv", idag()), ekonomi_csv(&ekonomi.get_untracked()));
    let skriv_ut = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="portfoljsammanstallningar" aria-labelledby="portfoljsammanstallningar-rubrik">
            <h2 id="portfoljsammanstallningar-rubrik">"Sammanställningar för nämnden"</h2>
            <p class="hjalptext">
                "Två sammanställningar av portföljen: utvecklingsbehovens status och portföljens ekonomi. "
                "Utskriften tar med bara dem, var och en på egen sida. Belopp i kronor."
            </p>
            <p class="sammanstalld">{format!("Sammanställt {} av de förstudier som är inlästa i portföljen.", idag())}</p>
            <button type="button" class="skarm" on:click=skriv_ut>"Skriv ut sammanställningarna"</button>
            <Statustabeller status />
            <button type="button" class="skarm" on:click=status_till_csv>"Exportera statusen (CSV)"</button>
            <Ekonomitabeller ekonomi fond />
            <button type="button" class="skarm" on:click=ekonomi_till_csv>"Exportera ekonomin (CSV)"</button>
        </section>
    }
}

fn summaceller(s: Fassumma) -> impl IntoView {
    view! {
        <td class="tal">{s.antal}</td>
        <td class="tal">{formatera_belopp(s.kostnad)}</td>
        <td class="tal">{formatera_belopp(s.nnv)}</td>
    }
}

#[component]
fn Statustabeller(status: Memo<Statussammanstallning>) -> impl IntoView {
    let fasrad = move |(fas, summa): (Fas, Fassumma)| {
        view! { <tr><th scope="row">{fas.namn()}</th>{summaceller(summa)}</tr> }
    };
    view! {
        <div class="sammanstallning-del" id="statusdel">
            <h3 id="statusrubrik">"Utvecklingsbehovens status"</h3>
            <p class="hjalptext">
                "Varje förstudies fas följer av dess egna uppgifter: "
                "förstudie pågår (steg 1–10 inte klara), klar för värdering (steg 1–10 klara), "
                "värderad (värderingsteamet har bedömt den), beslutad (beslut i effekthemtagningsplanen), "
                "genomförs (beslutad och kalkylperiodens första år har börjat) och "
                "effekthemtagning (någon effekt är uppföljd). Kostnad är Σ K under kalkylperioden, nominellt."
            </p>
            {tabellram("Förstudier per fas", view! {
                <table class="portfoljtabell" id="statustabell">
                    <caption>"Per fas"</caption>
                    {kolumnrubriker(["Fas", "Antal", "Kostnad", "NNV"])}
                    <tbody>
                        {move || status.with(|s| Fas::ALLA.into_iter().zip(s.per_fas).map(fasrad).collect_view())}
                    </tbody>
                    <tfoot>
                        {move || view! { <tr><th scope="row">"Totalt"</th>{summaceller(status.with(|s| s.totalt))}</tr> }}
                    </tfoot>
                </table>
            })}
            {tabellram("Antal förstudier per nämnd och fas", view! {
                <table class="portfoljtabell" id="statusnamnder">
                    <caption>"Antal förstudier per nämnd och fas"</caption>
                    {kolumnrubriker(
                        ["Nämnd"].into_iter().chain(Fas::ALLA.map(|f| f.namn())).chain(["Totalt", "Kostnad", "NNV"]),
                    )}
                    <tbody>
                        {move || status.with(|s| s.per_namnd.iter().map(|n| view! {
                            <tr>
                                <th scope="row">{n.namnd.clone()}</th>
                                {n.per_fas.iter().map(|f| view! { <td class="tal">{f.antal}</td> }).collect_view()}
                                {summaceller(n.totalt)}
                            </tr>
                        }).collect_view())}
                    </tbody>
                    <tfoot>
                        {move || status.with(|s| view! {
                            <tr>
                                <th scope="row">"Alla nämnder"</th>
                                {s.per_fas.iter().map(|f| view! { <td class="tal">{f.antal}</td> }).collect_view()}
                                {summaceller(s.totalt)}
                            </tr>
                        })}
                    </tfoot>
                </table>
            })}
        </div>
    }
}

#[component]
fn Ekonomitabeller(ekonomi: Memo<Fondekonomi>, fond: RwSignal<Fond>) -> impl IntoView {
    let belopp = |b: Belopp| formatera_belopp(b);
    view! {
        <div class="sammanstallning-del" id="ekonomidel">
            <h3 id="ekonomirubrik">"Portföljens ekonomi"</h3>
            <p class="hjalptext">
                "Beviljat: fondens finansiering av beslutade förstudier (steg 9, källan med fondens namn). "
                "Planerat: fondens finansiering som förstudier klara för värdering eller värderade ber om. "
                "Effekterna: de beslutade förstudiernas planerade ramjustering och frigjorda ramutrymme mot "
                "det realiserade i effekthemtagningens uppföljningar."
            </p>
            <div class="faltrad skarm">
                <div class="falt">
                    <label for="fondnamn">"Finansieringskällans namn i förstudierna"</label>
                    <input id="fondnamn" type="text" prop:value=move || fond.with(|f| f.namn.clone())
                        on:change=move |ev| fond.update(|f| f.namn = event_target_value(&ev)) />
                </div>
                <Talfalt
                    id="fondram".into()
                    etikett="Fondens ram (kr)"
                    varde=Signal::derive(move || fond.with(|f| f.ram.value()))
                    ange=Callback::new(move |v: Decimal| fond.update(|f| f.ram = Belopp::from_decimal(v)))
                    kontroll=Fond::ram_brist
                />
            </div>
            <dl class="nyckeltal" id="fondnyckeltal">
                <div><dt>"Fondens ram"</dt><dd>{move || belopp(ekonomi.with(|e| e.ram))}</dd></div>
                <div><dt>"Beviljat"</dt><dd>{move || belopp(ekonomi.with(|e| e.beviljat))}</dd></div>
                <div><dt>"Återstår efter beviljat"</dt><dd>{move || belopp(ekonomi.with(|e| e.aterstar_efter_beviljat))}</dd></div>
                <div><dt>"Planerat"</dt><dd>{move || belopp(ekonomi.with(|e| e.planerat))}</dd></div>
                <div><dt>"Återstår om det planerade beviljas"</dt><dd>{move || belopp(ekonomi.with(|e| e.aterstar_efter_planerat))}</dd></div>
            </dl>
            {tabellram("Portföljens ekonomi per år", view! {
                <table class="portfoljtabell" id="ekonomitabell">
                    <caption>"Per år"</caption>
                    {kolumnrubriker(["År", "Beviljat", "Planerat", "Planerade effekter", "Realiserade effekter"])}
                    <tbody>
                        {move || ekonomi.with(|e| e.per_ar.iter().map(|p| view! {
                            <tr>
                                <th scope="row">{p.ar}</th>
                                <td class="tal">{belopp(p.beviljat)}</td>
                                <td class="tal">{belopp(p.planerat)}</td>
                                <td class="tal">{belopp(p.planerade_effekter)}</td>
                                <td class="tal">{p.realiserade_effekter.map(belopp).unwrap_or_else(|| "–".into())}</td>
                            </tr>
                        }).collect_view())}
                    </tbody>
                    <tfoot>
                        {move || ekonomi.with(|e| view! {
                            <tr>
                                <th scope="row">"Summa"</th>
                                <td class="tal">{belopp(e.beviljat)}</td>
                                <td class="tal">{belopp(e.planerat)}</td>
                                <td class="tal">{belopp(e.planerade_effekter)}</td>
                                <td class="tal">{belopp(e.realiserade_effekter)}</td>
                            </tr>
                        })}
                    </tfoot>
                </table>
            })}
            <p id="effektjamforelse">{move || ekonomi.with(|e| format!(
                "Under de år som följts upp är {} realiserat mot {} planerat.",
                formatera_kronor(e.realiserade_effekter),
                formatera_kronor(e.planerade_effekter_uppfoljda_ar)
            ))}</p>
            <p class="hjalptext">{move || ekonomi.with(|e| format!(
                "{} förstudier har finansiering ur fonden.",
                formatera(Decimal::from(e.fall.len()))
            ))}</p>
        </div>
    }
}
