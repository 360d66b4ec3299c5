//! The live results of step 8: key figures, net per year, the split per
//! nämnd, and the chart. Every figure comes from the `Vardering`; each
//! opens an explanation (a `<details>`) with the formula in words, the
//! inputs and the lines it sums, for a reader who is not an economist.

use crate::dokument::Avsnitt;
use crate::model::tal::{formatera, formatera_kronor, formatera_kvot};
use crate::model::Belopp;
use crate::ui::komponenter::tabellram::{kolumnrubriker, summarad, tabellram};
use crate::ui::steg::kostnader::diagram::Diagram;
use crate::ui::steg::kostnader::forklaring::{ar_text, radlista, Forklaring, Radnamn};
use crate::ui::steg::kostnader::riskbild::Riskbild;
use crate::vardering::{Allvarlighet, Namndkalkyl, Radslag, Vardering};
use leptos::prelude::*;

#[component]
pub fn Resultat(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    view! {
        <h3 id="resultatrubrik">"Resultat"</h3>
        <Problemlista vardering />
        <Nyckeltal vardering />
        <Diagram vardering />
        <PerAr vardering radnamn />
        <PerNamnd vardering radnamn />
        <Riskbild vardering />
    }
}

/// NNV, payback, NNK and the financial NNV, each with its explanation.
#[component]
pub fn Nyckeltal(vardering: Memo<Vardering>) -> impl IntoView {
    let v = move || vardering.get();
    view! {
        <dl class="nyckeltal">
            <div>
                <dt>"Nettonuvärde (NNV)"</dt>
                <dd id="nyckel-nnv" aria-live="polite">{move || formatera_kronor(vardering.with(|v| v.bas.nnv))}</dd>
                <dd><ForklaraNnv vardering /></dd>
            </div>
            <div>
                <dt>"Återbetalningsår"</dt>
                <dd id="nyckel-aterbetalning">{move || vardering.with(|v| ar_text(v, v.bas.aterbetalningsar))}</dd>
                <dd><ForklaraAterbetalning vardering /></dd>
            </div>
            <div>
                <dt>"Nettonuvärdeskvot (NNK)"</dt>
                <dd id="nyckel-nnk">{move || vardering.with(|v| v.bas.nnk.map(formatera_kvot).unwrap_or_else(|| "Visas när det finns kostnader".into()))}</dd>
                <dd>
                    <Forklaring rubrik="Förklara nettonuvärdeskvoten" avsnitt=Avsnitt::Nnk>
                        <p>"NNK = nettonuvärdet / nuvärdet av kostnaderna. Den säger hur många kronor i nettovärde varje investerad krona ger."</p>
                        <p>{move || { let v = v(); format!("{} / {} = {}", formatera_kronor(v.bas.nnv), formatera_kronor(v.bas.nuvarde.k),
                            v.bas.nnk.map(formatera_kvot).unwrap_or_else(|| "–".into())) }}</p>
                    </Forklaring>
                </dd>
            </div>
            <div>
                <dt>"Finansiellt nettonuvärde (bara ramjustering)"</dt>
                <dd id="nyckel-nnv-fin">{move || formatera_kronor(vardering.with(|v| v.bas.nnv_fin))}</dd>
            </div>
        </dl>
    }
}

#[component]
pub fn Problemlista(vardering: Memo<Vardering>) -> impl IntoView {
    // A memo: the list is rebuilt only when the problems change, not on
    // every keystroke.
    let problem = Memo::new(move |_| vardering.with(|v| v.problem.clone()));
    move || {
        let problem = problem.get();
        (!problem.is_empty()).then(|| {
            view! {
                <div class="problem">
                    <p><strong>"Att rätta innan siffrorna stämmer:"</strong></p>
                    <ul>
                        {problem.into_iter().map(|p| view! {
                            <li>{if p.allvarlighet == Allvarlighet::Fel { "Fel: " } else { "Varning: " }}{p.meddelande}</li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

#[component]
fn ForklaraNnv(vardering: Memo<Vardering>) -> impl IntoView {
    let innehall = move || {
        let v = vardering.get();
        let ranta = formatera(v.bas.diskonteringsranta_procent);
        let rader = (0..v.ar as usize)
            .map(|t| {
                let ar = v.kalenderar(t as u32);
                let d = v.bas.diskonteringsfaktorer[t].round_dp(6);
                let netto = v.bas.per_ar[t].netto;
                let pv = v.bas.nuvarde_per_ar[t].netto;
                view! {
                    <tr><th scope="row">{ar}</th><td>{formatera(d)}</td><td class="belopp">{formatera_kronor(netto)}</td>
                    <td class="belopp">{formatera_kronor(pv)}</td></tr>
                }
            })
            .collect_view();
        view! {
            <p>
                "Nettonuvärdet är vad initiativet är värt i dagens pengar: alla årens effekter minus alla årens kostnader, "
                "där pengar längre fram räknas ned eftersom en krona om några år är värd mindre än en krona i dag."
            </p>
            <p>{format!("Varje år räknas ned med diskonteringsfaktorn d(t) = 1 / (1 + r)^t, där r är diskonteringsräntan {ranta} % och t är år nummer 0, 1, 2 … Nuvärdet avrundas till hela ören per nämnd och år.")}</p>
            <p>"NNV = summan av (nuvärdet av ramjustering + nuvärdet av frigjort ramutrymme − nuvärdet av kostnader)."</p>
            <table class="forklaringstabell">
                <caption>"Nettot per år och dess nuvärde"</caption>
                {kolumnrubriker(["År", "d(t)", "Netto", "Nuvärde"])}
                <tbody>{rader}</tbody>
                <tfoot>{summarad("Summa = NNV", 3, "belopp", [formatera_kronor(v.bas.nnv)], 0)}</tfoot>
            </table>
            <p>{format!("Nuvärdet av kostnaderna är {}, av ramjusteringen {} och av det frigjorda ramutrymmet {}.",
                formatera_kronor(v.bas.nuvarde.k), formatera_kronor(v.bas.nuvarde.ram), formatera_kronor(v.bas.nuvarde.fri))}</p>
        }
    };
    view! {
        <Forklaring rubrik="Förklara nettonuvärdet" avsnitt=Avsnitt::Nuvarde>
            {innehall}
        </Forklaring>
    }
}

#[component]
fn ForklaraAterbetalning(vardering: Memo<Vardering>) -> impl IntoView {
    let innehall = move || {
        let v = vardering.get();
        let rader = (0..v.ar as usize)
            .map(|t| {
                view! {
                    <tr><th scope="row">{v.kalenderar(t as u32)}</th>
                    <td class="belopp">{formatera_kronor(v.bas.per_ar[t].netto)}</td>
                    <td class="belopp">{formatera_kronor(v.bas.kumulativ_netto[t])}</td></tr>
                }
            })
            .collect_view();
        view! {
            <p>
                "Återbetalningsåret är det första året då effekterna hittills är minst lika stora som kostnaderna "
                "hittills, det vill säga då det ackumulerade nettot (netto år för år, summerat) blir noll eller mer. "
                "Här räknas utan nedräkning till nuvärde."
            </p>
            <table class="forklaringstabell">
                <caption>"Netto och ackumulerat netto per år"</caption>
                {kolumnrubriker(["År", "Netto", "Ackumulerat"])}
                <tbody>{rader}</tbody>
            </table>
            <p>{format!("Räknat med nuvärden blir återbetalningsåret: {}.", ar_text(&v, v.bas.aterbetalningsar_diskonterat))}</p>
        }
    };
    view! {
        <Forklaring rubrik="Förklara återbetalningsåret" avsnitt=Avsnitt::Aterbetalning>
            {innehall}
        </Forklaring>
    }
}

#[component]
pub fn PerAr(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    // Rows made once per number of years, each with a memo of its six
    // texts: an edit updates the rows whose figures changed, and the
    // valuation has one reader per row rather than one per figure.
    let antal = Memo::new(move |_| vardering.with(|v| v.ar as usize));
    let rader = move || {
        (0..antal.get())
            .map(|t| {
                let texter = Memo::new(move |_| {
                    vardering.with(|v| {
                        let f = v.bas.per_ar.get(t).copied().unwrap_or_default();
                        let kumulativ = v.bas.kumulativ_netto.get(t).copied().unwrap_or_default();
                        let ar = v.kalenderar(t as u32).to_string();
                        [
                            ar,
                            formatera_kronor(f.k),
                            formatera_kronor(f.ram),
                            formatera_kronor(f.fri),
                            formatera_kronor(f.netto),
                            formatera_kronor(kumulativ),
                        ]
                    })
                });
                let text = move |i: usize| move || texter.with(|r| r[i].clone());
                view! {
                    <tr>
                        <th scope="row">{text(0)}</th>
                        <td class="belopp">{text(1)}</td>
                        <td class="belopp">{text(2)}</td>
                        <td class="belopp">{text(3)}</td>
                        <td class="belopp">{text(4)}</td>
                        <td class="belopp">{text(5)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let forklaring = move || {
        let v = vardering.get();
        let namn = radnamn.get();
        view! {
            <p>"Netto för ett år = ramjustering + frigjort ramutrymme − kostnader det året, summerat över alla nämnder. "
               "Ackumulerat netto är årets netto plus alla tidigare års."</p>
            <p>"Varje rads värde ett år är beloppet, eller timmarna × timkostnaden, gånger realiseringen p(t) för effekter, avrundat till hela ören."</p>
            <h4>"Kostnadsrader"</h4>{radlista(&v, &namn, None, Radslag::Kostnad)}
            <h4>"Ramjustering"</h4>{radlista(&v, &namn, None, Radslag::Ramjustering)}
            <h4>"Frigjort ramutrymme"</h4>{radlista(&v, &namn, None, Radslag::FrigjortRamutrymme)}
        }
    };
    view! {
        {tabellram("Nettoeffekt per år, går att rulla i sidled", view! {
            <table class="resultattabell" id="netto-per-ar">
            <caption>"Netto per år (kronor)"</caption>
            {kolumnrubriker(["År", "Kostnader", "Ramjustering", "Frigjort ramutrymme", "Netto", "Ackumulerat netto"])}
            <tbody>{rader}</tbody>
        </table>
        })}
        <Forklaring rubrik="Förklara nettot per år" avsnitt=Avsnitt::Summor>
            {forklaring}
        </Forklaring>
    }
}

/// The columns of the per-nämnd table.
#[derive(Clone, Copy)]
enum Namndfigur {
    Ram,
    Fri,
    K,
    Nnv,
}

impl Namndfigur {
    fn av(self, n: &Namndkalkyl) -> Belopp {
        match self {
            Namndfigur::Ram => n.summa.ram,
            Namndfigur::Fri => n.summa.fri,
            Namndfigur::K => n.summa.k,
            Namndfigur::Nnv => n.nnv(),
        }
    }
}

#[component]
fn PerNamnd(vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    // Keyed by name, so a nämnd's row and open explanation stay in place
    // while its figures update.
    let namnder = Memo::new(move |_| vardering.with(|v| v.namnder.iter().map(|n| n.namnd.clone()).collect::<Vec<_>>()));
    view! {
        {tabellram("Effekt per nämnd, går att rulla i sidled", view! {
            <table class="resultattabell" id="per-namnd">
            <caption>"Per nämnd, alla år (kronor)"</caption>
            {kolumnrubriker(["Nämnd", "Ramjustering", "Frigjort ramutrymme", "Kostnader", "Nettonuvärde"])}
            <tbody>
                <For each=move || namnder.get() key=|n| n.clone() let:namnd>
                    <Namndrad namnd vardering />
                </For>
            </tbody>
        </table>
        })}
        <For each=move || namnder.get() key=|n| n.clone() let:namnd>
            <NamndForklaring namnd vardering radnamn />
        </For>
    }
}

/// One nämnd's row: one memo for its four figures, so an edit that
/// changes another nämnd's figures touches nothing here.
#[component]
fn Namndrad(namnd: String, vardering: Memo<Vardering>) -> impl IntoView {
    const FIGURER: [Namndfigur; 4] = [Namndfigur::Ram, Namndfigur::Fri, Namndfigur::K, Namndfigur::Nnv];
    let rubrik = namnd.clone();
    let texter = Memo::new(move |_| {
        vardering.with(|v| {
            let n = v.namnder.iter().find(|n| n.namnd == namnd);
            FIGURER.map(|f| formatera_kronor(n.map(|n| f.av(n)).unwrap_or_default()))
        })
    });
    view! {
        <tr>
            <th scope="row">{rubrik}</th>
            {(0..FIGURER.len()).map(|i| view! { <td class="belopp">{move || texter.with(|t| t[i].clone())}</td> }).collect_view()}
        </tr>
    }
}

#[component]
fn NamndForklaring(namnd: String, vardering: Memo<Vardering>, radnamn: Radnamn) -> impl IntoView {
    let rubrik = format!("Förklara siffrorna för {namnd}");
    let innehall = move || {
        let v = vardering.get();
        let namn = radnamn.get();
        let Some(n) = v.namnder.iter().find(|n| n.namnd == namnd) else {
            return ().into_any();
        };
        let namnd = namnd.as_str();
        let summa = |b: Belopp| formatera_kronor(b);
        view! {
            <p>{format!("Ramjustering för {namnd} är summan av nämndens ramjusteringsrader alla år: {}. Den tas hem som pengar genom att nämndens budgetram sänks.", summa(n.summa.ram))}</p>
            {radlista(&v, &namn, Some(namnd), Radslag::Ramjustering)}
            <p>{format!("Frigjort ramutrymme för {namnd} är summan av nämndens rader med frigjort ramutrymme: {}. Det är tid och resurser som används till annat inom ramen.", summa(n.summa.fri))}</p>
            {radlista(&v, &namn, Some(namnd), Radslag::FrigjortRamutrymme)}
            <p>{format!("Kostnaderna för {namnd} är {}.", summa(n.summa.k))}</p>
            {radlista(&v, &namn, Some(namnd), Radslag::Kostnad)}
            <p>{format!("Nämndens nettonuvärde är {}: nuvärdet av ramjustering {} + frigjort ramutrymme {} − kostnader {}.",
                summa(n.nnv()), summa(n.nuvarde.ram), summa(n.nuvarde.fri), summa(n.nuvarde.k))}</p>
        }
        .into_any()
    };
    view! {
        <Forklaring rubrik avsnitt=Avsnitt::Summor>
            {innehall.clone()}
        </Forklaring>
    }
}
