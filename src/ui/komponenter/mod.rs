//! Controls and parts shared by the pages and the steps: labelled fields with
//! their messages (`falt`, `kontroller`, `talfalt`, all in the one frame of
//! `faltram`), förvaltning and nämnd
//! from the model's lists (`namnval`), editable rows (`radlista`), a wide
//! table's scrolling box (`tabellram`), pages of a long list (`sidvaljare`),
//! the case's model parameters read-only (`kalkylmodell`, steps 8, 10 and
//! 11), the charts' one frame (`diagramram`), the dialogs' close event
//! (`dialog`), a part headed by its h3 (`delavsnitt`), every step's heading and introduction (`steghuvud`) and the 5 × 5 grid and SVG text lines of the diagrams
//! (`rutnat5`).

pub mod delavsnitt;
pub mod diagramram;
pub mod dialog;
pub mod falt;
pub mod faltram;
pub mod kalkylmodell;
pub mod kontroller;
pub mod namnval;
pub mod radlista;
pub mod rutnat5;
pub mod sidvaljare;
pub mod steghuvud;
pub mod tabellram;
pub mod talfalt;
