//! Checks over the Fluent files: every message and count of the catalogue is in every language,
//! with the arguments the English uses and no other, every file parses, no key is written twice
//! and no file has a key the catalogue does not know.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::bundle::SOURCES;
use super::language::Language;
use super::{COUNTS, MESSAGES};

/// Every message of a language's files with the names of the variables it uses.
fn messages_of(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let files = SOURCES.iter().find(|(l, _)| *l == language).unwrap().1;
    let mut all = BTreeMap::new();
    for (area, text) in files {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{}/{area}.ftl does not parse: {errors:?}", language.code()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut names = BTreeSet::new();
                    if let Some(pattern) = &m.value {
                        variables_of(pattern, &mut names);
                    }
                    let key = m.id.name.to_owned();
                    assert!(all.insert(key.clone(), names).is_none(), "{}: {key} twice", language.code());
                }
                ast::Entry::Junk { content } => panic!("{}/{area}.ftl: cannot read {content:?}", language.code()),
                _ => {}
            }
        }
    }
    all
}

fn variables_of(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in(expression, names);
        }
    }
}

fn variables_in(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for v in variants {
                variables_of(&v.value, names);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => variables_in(expression, names),
        _ => {}
    }
}

fn catalogue_keys() -> BTreeSet<&'static str> {
    MESSAGES.iter().map(|m| m.key).chain(COUNTS.iter().map(|c| c.key)).collect()
}

#[test]
fn every_key_of_the_catalogue_is_used_once() {
    let all = MESSAGES.len() + COUNTS.len();
    assert_eq!(catalogue_keys().len(), all, "a key names two entries");
}

#[test]
fn every_language_has_every_message_with_the_english_arguments() {
    let english = messages_of(Language::English);
    for language in Language::ALL {
        let messages = messages_of(language);
        for key in catalogue_keys() {
            let Some(names) = messages.get(key) else {
                panic!("{key} is missing from wording/locales/{}/*.ftl", language.code());
            };
            let wanted = english.get(key).unwrap();
            assert_eq!(names, wanted, "{}: {key} uses other arguments than the English", language.code());
        }
        for key in messages.keys() {
            assert!(catalogue_keys().contains(key.as_str()), "{}: {key} is not in the catalogue", language.code());
        }
    }
}

#[test]
fn every_count_uses_its_number() {
    let english = messages_of(Language::English);
    for c in COUNTS {
        assert!(english[c.key].contains("n"), "{} does not say its number", c.key);
    }
}

/// Whether a pattern refers to another message or to a term (`{ other-message }`, `{ -term }`).
fn refers_to_others(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().any(|element| match element {
        ast::PatternElement::Placeable { expression } => expression_refers(expression),
        ast::PatternElement::TextElement { .. } => false,
    })
}

fn expression_refers(expression: &ast::Expression<&str>) -> bool {
    let inline_refers = |inline: &ast::InlineExpression<&str>| match inline {
        ast::InlineExpression::MessageReference { .. } | ast::InlineExpression::TermReference { .. } => true,
        ast::InlineExpression::Placeable { expression } => expression_refers(expression),
        _ => false,
    };
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_refers(selector) || variants.iter().any(|v| refers_to_others(&v.value))
        }
        ast::Expression::Inline(inline) => inline_refers(inline),
    }
}

#[test]
fn each_file_stands_alone_and_its_messages_are_found_without_parsing_it() {
    for (language, files) in SOURCES {
        for (area, text) in files {
            let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            let mut parsed = Vec::new();
            for entry in &resource.body {
                match entry {
                    ast::Entry::Message(m) => {
                        let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                        for pattern in patterns {
                            assert!(
                                !refers_to_others(pattern),
                                "{}/{area}.ftl: {} refers to another",
                                language.code(),
                                m.id.name
                            );
                        }
                        parsed.push(m.id.name);
                    }
                    ast::Entry::Term(t) => {
                        panic!("{}/{area}.ftl: a term -{} (each file must stand alone)", language.code(), t.id.name)
                    }
                    _ => {}
                }
            }
            let scanned: Vec<&str> = super::bundle::message_ids(text).collect();
            assert_eq!(scanned, parsed, "{}/{area}.ftl: the messages found by their lines", language.code());
        }
    }
}
