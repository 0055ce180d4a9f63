//! The detail's lines folded to the pane's width by words, each continuation under where its
//! line's text starts (a labelled value under the value, a person under the name), and a web
//! address kept whole on a line of its own: broken, a terminal no longer opens it.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::text;

/// Where the continuation lines of `line` start: after its label when the first span is one
/// (drawn in `label` style, padded, and followed by a value), else under its first letter.
fn hanging_indent(line: &Line<'_>, label: Style) -> usize {
    match line.spans.first() {
        Some(first) if first.style == label && first.content.ends_with(' ') && line.spans.len() > 1 => first.width(),
        Some(first) => {
            let content: &str = &first.content;
            text::width(content) - text::width(content.trim_start())
        }
        None => 0,
    }
}

/// Whether `word` is a web address.
fn is_address(word: &str) -> bool {
    word.contains("://")
}

/// One line being filled.
struct Filling<'a> {
    out: Vec<Line<'a>>,
    spans: Vec<Span<'a>>,
    used: usize,
    width: usize,
    indent: usize,
}

impl<'a> Filling<'a> {
    /// End the current line and start the next at `indent` columns.
    fn break_line(&mut self, indent: usize) {
        while let Some(last) = self.spans.last_mut() {
            let kept = last.content.trim_end().len();
            if kept == 0 {
                self.spans.pop();
                continue;
            }
            if kept < last.content.len() {
                last.content = last.content[..kept].to_owned().into();
            }
            break;
        }
        self.out.push(Line::from(std::mem::take(&mut self.spans)));
        self.used = indent;
        if indent > 0 {
            self.spans.push(Span::raw(" ".repeat(indent)));
        }
    }

    /// Whether nothing but the indent is on the current line.
    fn fresh(&self) -> bool {
        self.spans.iter().all(|s| s.content.trim().is_empty())
    }

    fn push(&mut self, piece: String, style: Style) {
        self.used += text::width(&piece);
        self.spans.push(Span::styled(piece, style));
    }

    /// Put `word` on the line, or on the next, or (a word wider than a line) across lines.
    fn word(&mut self, word: &str, style: Style) {
        let w = text::width(word);
        if self.used + w <= self.width {
            return self.push(word.to_owned(), style);
        }
        if !self.fresh() {
            self.break_line(self.indent);
        }
        let address = is_address(word);
        if self.used + w > self.width && address {
            // An address wider than the indented line starts at the left edge: whole when it
            // fits the pane, else in as few pieces as can be, each from the edge.
            self.spans.clear();
            self.used = 0;
        }
        let continuation = if address { 0 } else { self.indent.min(self.width / 2) };
        let mut piece = String::new();
        for c in word.chars() {
            let cw = text::width(c.encode_utf8(&mut [0; 4]));
            if self.used + text::width(&piece) + cw > self.width && !(piece.is_empty() && self.fresh()) {
                let done = std::mem::take(&mut piece);
                if !done.is_empty() {
                    self.push(done, style);
                }
                self.break_line(continuation);
            }
            piece.push(c);
        }
        self.push(piece, style);
    }

    /// Put a run of spaces on the line; at a break it is dropped.
    fn space(&mut self, space: &str, style: Style) {
        if self.used + text::width(space) <= self.width {
            self.push(space.to_owned(), style);
        } else {
            self.break_line(self.indent);
        }
    }
}

/// `lines` folded to `width` columns.
pub fn wrap<'a>(lines: Vec<Line<'a>>, width: usize, label: Style) -> Vec<Line<'a>> {
    let width = width.max(1);
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if line.width() <= width {
            out.push(line);
            continue;
        }
        let indent = hanging_indent(&line, label).min(width / 2);
        let mut f = Filling { out, spans: Vec::new(), used: 0, width, indent };
        for span in line.spans {
            let style = span.style;
            let content: &str = &span.content;
            let mut rest = content;
            while !rest.is_empty() {
                let spaces = rest.len() - rest.trim_start_matches(' ').len();
                let (piece, tail) = if spaces > 0 {
                    rest.split_at(spaces)
                } else {
                    rest.split_at(rest.find(' ').unwrap_or(rest.len()))
                };
                if spaces > 0 {
                    f.space(piece, style)
                } else {
                    f.word(piece, style)
                }
                rest = tail;
            }
        }
        f.out.push(Line::from(f.spans));
        out = f.out;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect::<String>()).collect()
    }

    #[test]
    fn a_labelled_value_wraps_under_the_value() {
        let label = Style::new().bold();
        let line = Line::from(vec![
            Span::styled(format!("{:<11}", "Time"), label),
            Span::raw("14:00 in one paper and 16:00 in another"),
        ]);
        let wrapped = text_of(&wrap(vec![line], 30, label));
        assert_eq!(wrapped, ["Time       14:00 in one paper", "           and 16:00 in", "           another"]);
    }

    #[test]
    fn an_indented_line_keeps_its_indent_and_an_address_stays_whole() {
        let address = "https://www.example.org/programme/2025/sessions/opening";
        let line = Line::from(format!("    KIM Minji — see {address} for more"));
        let wrapped = text_of(&wrap(vec![line], 60, Style::new().bold()));
        assert_eq!(wrapped[0], "    KIM Minji — see");
        assert_eq!(wrapped[1].trim_start(), address, "whole, on its own line: {wrapped:?}");
        assert_eq!(wrapped[2], "    for more");
        let narrow = text_of(&wrap(vec![Line::from(format!("  {address}"))], 56, Style::new()));
        assert_eq!(narrow, [address], "an address wider than the indented line starts at the edge");
        let split = text_of(&wrap(vec![Line::from(format!("  {address}"))], 40, Style::new()));
        assert_eq!(split, [&address[..40], &address[40..]], "wider than the pane: pieces from the edge");
    }
}
