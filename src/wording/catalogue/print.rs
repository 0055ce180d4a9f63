//! The words of the printable programme (`whrcf export programme`): its language, its headings
//! and links, and what the command says. Same keys and texts as the rest of the catalogue,
//! gathered into its `MESSAGES` by the parent.

use super::super::Message;

messages! {
    PRINT_MESSAGES:
    // The language these words are in, as an HTML page's `lang` names it (a translation changes it).
    PRINT_LANGUAGE = "print-language" => "en";
    PRINT_CONTENTS = "print-contents" => "Days";
    PRINT_TO_CONTENTS = "print-to-contents" => "Back to the days";
    PRINT_UNDATED = "print-undated" => "Date not published";
    PRINT_TIMES = "print-times" => "Times: {zone}";
    EXPORT_WROTE = "export-wrote" => "wrote {file} ({sessions} of {programme})";
}
