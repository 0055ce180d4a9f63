//! `whrcf completions SHELL` and `whrcf man`: the shell completion scripts and the manual page,
//! generated from the same clap definition that parses the command line, so neither can drift
//! from the options there are. Both are printed to standard output as generated: they hold no
//! text from any file.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use super::Cli;

/// The program's name, as the shell and `man` know it.
const NAME: &str = "whrcf";

/// Print the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode, String> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), NAME, &mut script);
    let script = comma_lists(shell, &String::from_utf8_lossy(&script));
    let script = if shell == clap_complete::Shell::Fish { fish_values(&script) } else { script };
    write_out(script.as_bytes())
}

/// The script with `--columns` completing each name of a comma list (`id,ti<Tab>` → `id,title`),
/// which clap's bash and zsh scripts do only for the first; a name already in the list is not
/// offered again (zsh's `_sequence` leaves them out itself).
fn comma_lists(shell: clap_complete::Shell, script: &str) -> String {
    let names = super::list::columns::Column::ALL.map(super::list::columns::Column::name).join(" ");
    match shell {
        clap_complete::Shell::Bash => script.replace(
            &format!(r#"COMPREPLY=($(compgen -W "{names}" -- "${{cur}}"))"#),
            &format!(
                r#"local done="${{cur%${{cur##*,}}}}" left="" name; for name in {names}; do [[ ",$done" == *",$name,"* ]] || left+=" $name"; done; COMPREPLY=($(compgen -P "$done" -W "$left" -- "${{cur##*,}}"))"#
            ),
        ),
        clap_complete::Shell::Zsh => {
            script.replace(&format!("COLUMN,...:({names})"), &format!("COLUMN,...:_sequence compadd - {names}"))
        }
        _ => script.to_owned(),
    }
}

/// clap's fish script with what it leaves out: a top-level option's values while its value is
/// being typed (`whrcf --lang <Tab>`: fish's `argparse` refuses an option missing its value, so
/// clap's test for "no subcommand yet" failed and no top-level line applied; it now reads the
/// line again without that last word), and the values of a subcommand's positional argument
/// (`whrcf completions <Tab>` offers the shells, not file names).
fn fish_values(script: &str) -> String {
    let parse = "    argparse -s (__fish_whrcf_global_optspecs) -- $cmd 2>/dev/null\n";
    let mut script = script.replacen(
        parse,
        &format!("{parse}    or argparse -s (__fish_whrcf_global_optspecs) -- $cmd[1..-2] 2>/dev/null\n"),
        1,
    );
    for sub in Cli::command().get_subcommands() {
        for arg in sub.get_positionals() {
            let values: Vec<String> = arg.get_possible_values().iter().map(|v| v.get_name().to_owned()).collect();
            if !values.is_empty() {
                script.push_str(&format!(
                    "complete -c {NAME} -n \"__fish_{NAME}_using_subcommand {}\" -f -a \"{}\"\n",
                    sub.get_name(),
                    values.join(" ")
                ));
            }
        }
    }
    script
}

/// Print the manual page: the program's synopsis, description and options, then each
/// subcommand with its own synopsis and options (one page holds them all).
pub fn man_page() -> Result<ExitCode, String> {
    // One language for the whole page: English, as clap writes the help and the section headings.
    whrcf::wording::language::choose(whrcf::wording::language::Language::English, whrcf::wording::language::clock());
    let mut cli = Cli::command().bin_name(NAME).disable_help_subcommand(true);
    cli.build();
    let mut page = Vec::new();
    let man = clap_mangen::Man::new(cli.clone());
    man.render_title(&mut page).map_err(|e| e.to_string())?;
    man.render_name_section(&mut page).map_err(|e| e.to_string())?;
    man.render_synopsis_section(&mut page).map_err(|e| e.to_string())?;
    man.render_description_section(&mut page).map_err(|e| e.to_string())?;
    man.render_options_section(&mut page).map_err(|e| e.to_string())?;
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in cli.get_subcommands().filter(|s| !s.is_hide_set()) {
        page.extend_from_slice(&subcommand_section(sub)?);
    }
    page.extend_from_slice(exit_status().as_bytes());
    man.render_version_section(&mut page).map_err(|e| e.to_string())?;
    let page = with_values(&String::from_utf8_lossy(&page), &cli);
    write_out(plain_quotes(&page).as_bytes())
}

/// The synopsis with each option's value named (`[--edition YEAR|ORDINAL|all]`), as clap's
/// page gives only the option (`[--edition]`).
fn with_values(page: &str, cmd: &clap::Command) -> String {
    let mut page = page.to_owned();
    for arg in cmd.get_arguments().filter(|a| a.get_action().takes_values()) {
        let (Some(long), Some(values)) = (arg.get_long(), arg.get_value_names()) else { continue };
        let values: Vec<&str> = values.iter().map(|v| v.as_str()).collect();
        let option = format!("\\fB{}\\fR", roff_text(&format!("--{long}")));
        page = page.replace(&format!("{option}]"), &format!("{option} \\fI{}\\fR]", roff_text(&values.join(" "))));
    }
    page
}

/// The page with the help's Markdown quotes (`whrcf man`) in bold, as a manual page shows a
/// command; a quote left open on its line is dropped.
fn plain_quotes(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        let quotes = line.matches('`').count();
        let mut open = false;
        for (k, part) in line.split('`').enumerate() {
            if k > 0 && k <= quotes - quotes % 2 {
                out.push_str(if open { "\\fR" } else { "\\fB" });
                open = !open;
            }
            out.push_str(part);
        }
        out.push('\n');
    }
    out
}

/// One subcommand as a subsection of COMMANDS: its synopsis (which names it), what it does, and
/// its own options (the global ones are given once, above). A subcommand with subcommands of its
/// own (`agenda`) is followed by them, the same way.
fn subcommand_section(sub: &clap::Command) -> Result<Vec<u8>, String> {
    let own = sub.clone().mut_args(|a| if a.is_global_set() || a.get_id() == "help" { a.hide(true) } else { a });
    let man = clap_mangen::Man::new(own.clone());
    let mut part = Vec::new();
    man.render_synopsis_section(&mut part).map_err(|e| e.to_string())?;
    man.render_description_section(&mut part).map_err(|e| e.to_string())?;
    if own.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut part).map_err(|e| e.to_string())?;
    }
    let text = with_values(&String::from_utf8_lossy(&part), &own);
    let mut out = String::new();
    for line in text.lines() {
        // The synopsis line heads the subsection; the other headings become paragraph breaks.
        let line = match line {
            ".SH SYNOPSIS" => ".SS",
            other if other.starts_with(".SH ") => ".PP",
            other => other,
        };
        out.push_str(line);
        out.push('\n');
    }
    let mut out = out.into_bytes();
    for nested in own.get_subcommands().filter(|s| !s.is_hide_set()) {
        out.extend(subcommand_section(nested)?);
    }
    Ok(out)
}

/// The EXIT STATUS section: each code a tagged paragraph (the README's "Exit codes").
fn exit_status() -> String {
    use whrcf::wording::{MAN_EXIT_ERROR, MAN_EXIT_FOUND, MAN_EXIT_SUCCESS};
    let codes = [(0, MAN_EXIT_SUCCESS), (super::EXIT_PROBLEMS, MAN_EXIT_FOUND), (super::EXIT_ERROR, MAN_EXIT_ERROR)];
    let mut section = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in codes {
        section.push_str(&format!(".TP\n{code}\n{}\n", roff_text(meaning.text())));
    }
    section
}

/// Text as a roff line: backslashes and hyphens escaped, and a line that would begin with a
/// control character (`.` or `'`) kept as text.
fn roff_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with(['.', '\'']) { format!("\\&{escaped}") } else { escaped }
}

fn write_out(bytes: &[u8]) -> Result<ExitCode, String> {
    let mut stdout = std::io::stdout().lock();
    super::out::written(stdout.write_all(bytes).and_then(|()| stdout.flush()));
    Ok(ExitCode::SUCCESS)
}
