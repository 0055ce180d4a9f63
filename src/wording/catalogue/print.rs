//! The words of the printable programme (`whrcf export programme`): its language, its headings
//! and links, and what the command says. Keys of the Fluent files, as the rest of the catalogue,
//! gathered into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    PRINT_MESSAGES:
    // The language these words are in, as an HTML page's `lang` names it (a translation changes it).
    PRINT_LANGUAGE = "print-language";
    PRINT_CONTENTS = "print-contents";
    PRINT_TO_CONTENTS = "print-to-contents";
    PRINT_UNDATED = "print-undated";
    PRINT_TIMES = "print-times";
    EXPORT_WROTE = "export-wrote";
    EXPORT_WROTE_LEFT_OUT = "export-wrote-left-out";
}
