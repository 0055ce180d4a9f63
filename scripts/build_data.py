#!/usr/bin/env python3
"""Build data/whrcf-YYYY.toml, one file per edition with at least one session, from the research
files data/sources/whrcf-programs.json (2019-2021) and whrcf-programs-more.json (2012-2018,
2022-2025).

Facts (titles, dates, times, people, roles, organizations, rooms, source URLs) are copied exactly
from the research files. What this script adds is ours (data_*.py): stable session ids, the theme
vocabulary of each edition and the themes of each session, normalised kind/format values, the
organisers' count as a number, and summaries written in our own words. Four rules keep gaps
visible: a truncation marker in any copied value (title, subtitle, other title, room, venue,
organizer, a person's fields) is cut off the fact, the value listed in `cut_off` and the gap said
in the notes; an editorial remark the research left inside a value ("[sic]", "(per KBC)") is moved
to the notes; a weak source is named as such in the sources; a time the sources disagree on is
left out and what each says kept in `time_conflict`.

Run from the repository root:  python3 scripts/build_data.py
"""
import json
import pathlib
import re
import sys

import data_2012_2018
import data_2019_2021
import data_2022_2025
from toml_out import kv

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
OURS = [data_2022_2025, data_2019_2021, data_2012_2018]

# Spellings of one room (ours): the session's room or venue is given the spelling on the right,
# which other sessions in that room are published with, so the Rooms filter offers the room once;
# the published spelling is kept in `place_as_stated`. Only what is clearly the same room.
SAME_ROOM = {
    "김대중컨벤션센터 209+210 회의실": "Kimdaejung Convention Center Rooms 209~210",
    "김대중컨벤션센터 212+213호": "Kimdaejung Convention Center Rooms 212+213",
}

KINDS = {
    None: None, "thematic": "thematic", "special": "special", "plenary": "plenary",
    "ceremony": "ceremony", "network": "network", "training": "training",
    "side-event": "side-event", "pre-forum": "pre-forum", "workshop": "workshop",
    "linked event (연계행사)": "linked-event", "open session": "open-session",
    "official": "official", "side event": "side-event", "network (closed)": "network",
    "special event": "special-event", "policy": "policy", "paper session": "paper-session",
    "informal": "informal", "academic": "academic", "training (closed)": "training",
}

# The published wording -> (format, languages, interpretation). A wording that only names the
# languages ("KOR, ENG") is kept as the languages, not as a format.
FORMATS = {
    None: (None, None, None),
    "live streaming": ("livestream", None, None),
    "invited only": (None, None, None),
    "invited guests": (None, None, None),
    "online": ("online", None, None),
    "online (open session, registration)": ("online", None, None),
    "online / hybrid (reported)": ("hybrid", None, None),
    "비대면 영상회의 (video conference)": ("online", None, None),
    "ZOOM seminar (Korean–English simultaneous interpretation)": ("online", None, ["Korean", "English"]),
    "live online (all forum sessions streamed)": ("livestream", None, None),
    "live streaming (online, no on-site audience)": ("livestream", None, None),
    "closed session": (None, None, None),
    "video conference": ("online", None, None),
    "simultaneous interpretation: Korean, English, Sign language, Real-time text service (Korean)":
        (None, None, ["Korean", "English", "Sign language", "Real-time text service (Korean)"]),
    "simultaneous interpretation: Korean, English": (None, None, ["Korean", "English"]),
    "KOR": (None, ["KOR"], None),
    "ENG": (None, ["ENG"], None),
    "KOR, ENG": (None, ["KOR", "ENG"], None),
    "KOR (KSL, CC), ENG": (None, ["KOR", "ENG"], ["KSL", "CC"]),
    "Live Streaming": ("livestream", None, None),
    "Live Streaming (+ French interpretation)": ("livestream", None, ["French"]),
    "Live Streaming (+ French & Spanish interpretation)": ("livestream", None, ["French", "Spanish"]),
    "virtual": ("online", None, None),
}

# Sources we use but do not trust on their own: named as such wherever they are listed.
WEAK_SOURCES = {
    "https://yupki-toto.com/news/5755?device=mobile":
        "weak source: a gambling-tip site reposting a press article",
}

# A truncation marker at the end of a value: "Cen[ter — truncated ...]", "부대… [cut off ...]".
# What follows the last character found (a guessed "fficials") is never kept.
GAP = re.compile(r"\s*…?\s*\[[^\[\]]*(?:truncated|cut off)[^\[\]]*\]\s*$")

# Editorial remarks the research left inside copied values, exactly as they stand there: each is
# taken out of the value (with the space before it) and the value as recorded kept in the notes.
# A remark that says the value is cut off lists it in `cut_off` too.
REMARKS = {
    "김대중컨벤션센터 4층 컨벤셜홀 [sic]": ["[sic]"],
    "유엔 인권고등판무관 [sic, blog] / UN인권사무소 대표 (KBC: 요티 상헤라)": ["[sic, blog]", "(KBC: 요티 상헤라)"],
    "캄팔라 캄페시장 (KBC)": ["(KBC)"],
    "문화전당 컨퍼런스홀 (per KBC)": ["(per KBC)"],
    "아태난민권리네트워크(APRRN) 동아시아 실무그룹 (per APIL notice)": ["(per APIL notice)"],
    "(사)이주가족복지회 (and others, per press)": ["(and others, per press)"],
    "took part (role cut off in stored article)": ["(role cut off in stored article)"],
    "speaker (text filed under '[개회식]' on MeetingData board)": ["(text filed under '[개회식]' on MeetingData board)"],
    "moderator (role label not in stored text)": ["(role label not in stored text)"],
    "discussant (role label not in stored text)": ["(role label not in stored text)"],
    "Frauenfreundliche Stadt (per Nürnberger Blatt; link to this session inferred)":
        ["(per Nürnberger Blatt; link to this session inferred)"],
    # A person the stored text refers to by office only: the office is what was published, and
    # that no name was given is a gap, said in the notes, never part of the name.
    "Mayor of Gwangju (name not given in the stored RWI excerpt)": ["(name not given in the stored RWI excerpt)"],
    "City of Taipei (speaker not named)": ["(speaker not named)"],
    "Bupati Jember (not named in the stored text)": ["(not named in the stored text)"],
    "Walikota Semarang (not named in the stored text)": ["(not named in the stored text)"],
    "panel (announced)": ["(announced)"],
    "panel (press preview)": ["(press preview)"],
    "Italy (jnilbo: '(이탈리아)')": ["(jnilbo: '(이탈리아)')"],
    "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights (leading)": ["(leading)"],
    "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights (facilitating)": ["(facilitating)"],
}


def ours(name):
    """The value `name` of whichever data module defines it for each edition, merged."""
    merged = {}
    for module in OURS:
        merged.update(getattr(module, name, {}))
    return merged


VOCABULARY, SESSIONS, TOTALS = ours("VOCABULARY"), ours("SESSIONS"), ours("TOTALS")
STATED, TIME_CONFLICTS = ours("STATED"), ours("TIME_CONFLICTS")
GROUPED = set().union(*(getattr(m, "GROUPED", set()) for m in OURS))


def found(value, what, field, gaps, cut_off):
    """`value` as found: without a truncation marker (the gap said about `what` in `gaps`, `field`
    added to `cut_off`) or an editorial remark (moved to `gaps`)."""
    if value is None:
        return None
    if value in REMARKS:
        fact = value
        for remark in REMARKS[value]:
            fact = fact.replace(" " + remark, "", 1)
        gaps.append(f"Remark: {what} as the research records it: '{value}'.")
        if any("cut off" in remark or "truncated" in remark for remark in REMARKS[value]):
            cut_off.append(field)
        return fact
    if not (m := GAP.search(value)):
        return value
    fact = value[:m.start()]
    gaps.append(f"Gap: {what} is cut off in the stored copy after '{fact}'.")
    cut_off.append(field)
    return fact


def source(url):
    """A source URL, with why it is weak when it is."""
    return f"{url} ({WEAK_SOURCES[url]})" if url in WEAK_SOURCES else url


def title(year, e):
    """The edition's full title: as recorded, else made the same way from its ordinal."""
    return e.get("name") or f"The {e['edition']} World Human Rights Cities Forum (WHRCF {year})"


def header(lines, year, e):
    """The programme header of edition `year` (either research file's shape)."""
    if "ordinal" in e:  # whrcf-programs.json
        ordinal, titles = e["ordinal"], [e["theme_ko"]]
        figures = e["headline_figures"]
        stated = figures.get("sessions") or figures.get("programs")
    else:  # whrcf-programs-more.json
        ordinal = int(re.match(r"\d+", e["edition"]).group())
        titles = [e["theme_ko"]] + e.get("theme_variants", [])
        figures = {k: v["value"] for k, v in e["figures"].items()}
        stated = "; ".join(figures[k] for k in STATED[year]) if year in STATED else None
    kv(lines, "id", f"whrcf-{year}")
    kv(lines, "edition", int(year))
    kv(lines, "ordinal", ordinal)
    kv(lines, "title", title(year, e))
    kv(lines, "short_title", f"WHRCF {year}")
    kv(lines, "theme", e["theme"])
    kv(lines, "theme_titles", titles)
    kv(lines, "timezone", e["timezone"])
    kv(lines, "first_day", e["dates"].get("pre_forum") or e["dates"]["start"])
    kv(lines, "last_day", e["dates"]["end"])
    kv(lines, "dates_as_stated", e["dates"]["as_stated"])
    kv(lines, "venue", e["venue"])
    kv(lines, "mode", e.get("mode"))
    kv(lines, "hosts", e["hosts"])
    kv(lines, "organizers", e.get("organizers") or e.get("co_organisers") or [])
    kv(lines, "stated_session_count", stated)
    kv(lines, "stated_session_total", TOTALS.get(year))
    kv(lines, "sources", [source(u) for u in e["sources"]])
    lines.append("")
    lines.append("[figures]")
    for k, v in figures.items():
        kv(lines, k, v)
    lines.append("")


def session(lines, year, s, slug, themes, summary):
    """One `[[sessions]]` entry."""
    gaps, cut_off = [], []

    def fact(value, what, field):
        return found(value, what, field, gaps, cut_off)

    title, subtitle = fact(s["title"], "the title", "title"), fact(s["subtitle"], "the subtitle", "subtitle")
    other_titles = [fact(o, "another title", f"other_titles.{i}") for i, o in enumerate(s.get("alt_titles") or [])]
    room, venue = fact(s.get("room"), "the room", "room"), fact(s.get("venue"), "the venue", "venue")
    people = []
    for i, p in enumerate(s["people"] or []):
        name = fact(p["name"], "a person's name", f"people.{i}.name")
        person = {"name": name}
        for key in ["role", "affiliation", "country", "topic"]:
            person[key] = fact(p.get(key), f"the {key} of {name}", f"people.{i}.{key}")
        if p.get("name_ko"):
            gaps.append(f"Korean page: {name} is printed '{p['name_ko']}' ('{p['affiliation_ko']}').")
        people.append(person)
    organizers = [fact(o, "an organizer's name", f"organizers.{i}") for i, o in enumerate(s["organizers"])]
    kind = "grouped" if (year, slug) in GROUPED else KINDS[s["kind"]]
    fmt, languages, interpretation = FORMATS[s["format"]]
    lines.append("[[sessions]]")
    kv(lines, "id", f"{year}-{slug}")
    kv(lines, "title", title)
    kv(lines, "other_titles", other_titles or None)
    kv(lines, "subtitle", subtitle)
    kv(lines, "date", s["date"])
    kv(lines, "start", s["start"])
    kv(lines, "end", s["end"])
    kv(lines, "time_conflict", TIME_CONFLICTS.get((year, slug)))
    kv(lines, "kind", kind)
    if s["kind"] is not None and s["kind"] != kind:
        kv(lines, "kind_as_stated", s["kind"])
    kv(lines, "format", fmt)
    if s["format"] is not None and s["format"] != fmt and not languages:
        kv(lines, "format_as_stated", s["format"])
    kv(lines, "languages", languages)
    kv(lines, "interpretation", interpretation)
    kv(lines, "room", SAME_ROOM.get(room, room))
    kv(lines, "venue", SAME_ROOM.get(venue, venue))
    kv(lines, "place_as_stated", next((p for p in [room, venue] if p in SAME_ROOM), None))
    kv(lines, "themes", themes)
    kv(lines, "organizers", organizers)
    kv(lines, "summary", summary)
    kv(lines, "sources", [source(u) for u in [s["source_url"]] + (s.get("other_sources") or [])])
    kv(lines, "complete", bool(s["complete"]))
    kv(lines, "cut_off", cut_off or None)
    kv(lines, "notes", " ".join(([s["notes"]] if s.get("notes") else []) + gaps) or None)
    for person in people:
        lines.append("[[sessions.people]]")
        for key, value in person.items():
            kv(lines, key, value)
    lines.append("")


def edition_toml(year, e):
    """The whole bundled file of edition `year`."""
    lines = [
        f"# {title(year, e)}: bundled programme of whrcf.",
        "# Facts are copied exactly from the official pages (see data/README.md); summaries are our own words.",
        "# Times are local to `timezone`. A session without date/start/end has none published.",
        "",
    ]
    header(lines, year, e)
    for tid, name, desc in VOCABULARY[year]:
        lines.append("[[themes]]")
        kv(lines, "id", tid)
        kv(lines, "name", name)
        kv(lines, "description", desc)
        lines.append("")
    mine = SESSIONS[year]
    if len(mine) != len(e["sessions"]):
        sys.exit(f"{year}: {len(mine)} summaries for {len(e['sessions'])} sessions")
    vocab = {t[0] for t in VOCABULARY[year]}
    for s, (slug, themes, summary) in zip(e["sessions"], mine):
        if unknown := [t for t in themes if t not in vocab]:
            sys.exit(f"{year} {slug}: themes {unknown} not in the vocabulary")
        session(lines, year, s, slug, themes, summary)
    return "\n".join(lines)


def main():
    research = {}
    for name in ["whrcf-programs.json", "whrcf-programs-more.json"]:
        research.update(json.loads((SOURCES / name).read_text(encoding="utf-8")))
    for year in sorted((y for y in research if y.isdigit()), reverse=True):
        e = research[year]
        if not e["sessions"]:
            print(f"{year}: no sessions found, no file")
            continue
        out = ROOT / "data" / f"whrcf-{year}.toml"
        out.write_text(edition_toml(year, e), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(e['sessions'])} sessions")


if __name__ == "__main__":
    main()
