//! Every style of the app in one place. With `NO_COLOR` set, only bold, reverse, underline and
//! dim are used, and no information is carried by colour alone anyway (markers are glyphs).

use ratatui::style::{Color, Modifier, Style};

/// The app's styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set (to anything non-empty).
    pub fn from_env() -> Self {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    /// A theme with or without colours.
    #[cfg(test)]
    pub fn new(color: bool) -> Self {
        Theme { color }
    }

    fn fg(self, c: Color) -> Style {
        if self.color { Style::new().fg(c) } else { Style::new() }
    }

    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    pub fn tab(self) -> Style {
        Style::new()
    }

    pub fn tab_active(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }

    pub fn selected(self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// Whether a drawn cell's style is the selection's (its background, or reverse video
    /// without colours).
    pub fn is_selected(self, style: Style) -> bool {
        match self.selected().bg {
            Some(bg) => style.bg == Some(bg),
            None => style.add_modifier.contains(Modifier::REVERSED),
        }
    }

    pub fn highlight(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn badge(self) -> Style {
        self.fg(Color::Magenta)
    }

    pub fn label(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    pub fn border(self, focused: bool) -> Style {
        if focused { self.fg(Color::Cyan).add_modifier(Modifier::BOLD) } else { self.dim() }
    }

    pub fn notice(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn missing(self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }
}
