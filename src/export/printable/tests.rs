//! Tests of the printable programme: its parts, and the escaping of the HTML and Markdown forms.
