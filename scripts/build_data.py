#!/usr/bin/env python3
"""Build data/whrcf-YYYY.toml from data/sources/whrcf-programs.json.

Facts (titles, dates, times, people, roles, organizations, rooms, source URLs)
are copied exactly from the research file. What this script adds is ours:
stable session ids, the theme vocabulary of each edition and the themes of each
session, normalised kind/format values, and summaries written in our own words.

Run from the repository root:  python3 scripts/build_data.py
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sources" / "whrcf-programs.json"

# ---------------------------------------------------------------- themes
AGENDAS_2021 = [
    ("social-contract", "Agenda i: social rights for a new social contract",
     "First of the four agendas in the mayor's invitation: universal health care, social security, housing, education and gender."),
    ("pandemic-response", "Agenda ii: local government in the pandemic",
     "Second agenda: the challenges local governments face in upholding human rights during the pandemic."),
    ("hr-education", "Agenda iii: human rights education and training",
     "Third agenda: raising human rights awareness among local officials and service providers through education and training."),
    ("hrc-movement", "Agenda iv: the international human rights cities movement",
     "Fourth agenda: strengthening the international movement and solidarity among human rights cities."),
]
TOPICS = {
    "covid-19": ("COVID-19", "The pandemic and its effects on rights."),
    "climate": ("Climate crisis", "Climate change, environment and disasters."),
    "environment": ("Environment", "Urban environment, waste and climate."),
    "education": ("Education", "Schools, students and teachers."),
    "gender-equality": ("Gender equality", "Women's rights and gender-based violence."),
    "gender": ("Gender", "Women's rights and gender equality."),
    "non-discrimination": ("Non-discrimination", "Racism, hate, exclusion and inclusive cities."),
    "refugees-migrants": ("Refugees and migrants", "Refugee protection and migrants' rights."),
    "migrants": ("Migrants", "Migrants' and refugees' rights in the city."),
    "children-youth": ("Children and youth", "Rights of children, students and young people."),
    "children": ("Children", "Rights of children and young people."),
    "older-persons": ("Older persons", "Rights of older people."),
    "disability": ("Disability", "Rights of people with disabilities, independent living."),
    "peace": ("Peace", "Peace and human rights."),
    "sdgs": ("SDGs and 2030 Agenda", "Sustainable Development Goals and the 2030 Agenda."),
    "social-economy": ("Social economy", "Social and solidarity economy."),
    "food": ("Right to food", "Food security and peasants' rights."),
    "city-diplomacy": ("City diplomacy", "Local governments' public diplomacy."),
    "research": ("Research and papers", "Paper sessions and academic work."),
    "local-hr-systems": ("Local human rights systems", "Ombudspersons, commissions, ordinances, officers and laws."),
    "memory": ("Local memories", "Memory of state violence and the May 18 uprising."),
    "state-violence": ("State violence", "State violence and its memory."),
    "safe-cities": ("Safe cities", "Safety in the city."),
    "right-to-the-city": ("Right to the city and housing", "Right to the city, adequate housing, evictions."),
    "hrc-movement": ("Human rights cities movement", "Networks, declarations and cooperation among human rights cities."),
    "hr-education": ("Human rights education and training", "Training of officials, defenders and teachers."),
}

VOCABULARY = {
    "2021": [a for a in AGENDAS_2021] + [
        (t, *TOPICS[t]) for t in [
            "covid-19", "climate", "education", "gender-equality", "non-discrimination",
            "refugees-migrants", "children-youth", "older-persons", "disability", "peace",
            "sdgs", "social-economy", "food", "city-diplomacy", "research", "local-hr-systems"]
    ],
    "2020": [
        (t, *TOPICS[t]) for t in [
            "social-economy", "environment", "older-persons", "disability", "gender",
            "children-youth", "safe-cities", "migrants", "memory", "hrc-movement", "covid-19",
            "right-to-the-city", "sdgs", "non-discrimination", "hr-education", "local-hr-systems",
            "research"]
    ],
    "2019": [
        (t, TOPICS[t][0], "One of the eight thematic areas announced for 2019. " + TOPICS[t][1])
        for t in ["migrants", "social-economy", "gender", "disability", "environment", "children",
                  "older-persons", "state-violence"]
    ] + [
        (t, TOPICS[t][0], "Cross-cutting topic of the 2019 special and plenary sessions. " + TOPICS[t][1])
        for t in ["hrc-movement", "right-to-the-city", "sdgs", "non-discrimination", "hr-education",
                  "local-hr-systems", "research"]
    ],
}

# ------------------------------------------------ per-session: id, themes, summary
SESSIONS = {
    "2021": [
        ("paper-presentation", ["research"], "Young researchers, students and practitioners from many countries presented their human rights papers online in a long pre-forum block chaired by Chonnam National University professors and an RWI researcher. The speaker list we have is cut short."),
        ("public-diplomacy", ["hrc-movement", "city-diplomacy"], "Looks back on a decade of the forum as an exercise in city diplomacy and compares it with other Korean local international forums to see what the forum does well and how it should grow."),
        ("charter-agenda-asia", ["hrc-movement"], "Online consultation by UCLG's human rights committee gathering Asian local perspectives on the Global Charter-Agenda for Human Rights in the City; Gwangju's mayor was billed to present."),
        ("unesco-apcad", ["hrc-movement", "non-discrimination"], "Yearly meeting of the Asia-Pacific Coalition of Cities Against Discrimination, chaired in the interim by Gwangju: new website and newsletter, city policy briefs, the social inclusion marker system and news from ICCAR."),
        ("ombudsman-workshop", ["local-hr-systems"], "Workshop for Korean local ombudspersons: a committee meeting and a case study from the human rights office of Vienna."),
        ("plenary-1", ["hrc-movement", "pandemic-response", "covid-19"], "UCLG and OHCHR brought mayors and movement leaders together on human rights as the backbone of local COVID-19 recovery and on new joint action by local governments."),
        ("opening-ceremony", ["social-contract"], "The official opening, with a video greeting from the UN Secretary-General and keynotes arguing for a new social contract that rebuilds trust through all human rights; speakers took part online and on site."),
        ("korea-hrc-council", ["hrc-movement", "local-hr-systems"], "First forum appearance of the council of Korean local governments committed to human rights: its second general meeting of 2021, held by video, with a progress report and a comparison of member policies."),
        ("refugees", ["refugees-migrants", "non-discrimination"], "First findings of a comparison of refugee status decisions in Korea, Japan and Hong Kong against international standards, ending with proposals for reform."),
        ("children-youth", ["social-contract", "education", "children-youth", "climate"], "How schools should change in a time of disasters: Finland's environmental education, an ecological turn for Korean schooling and Gwangju's plans, then discussion and questions."),
        ("plenary-2", ["pandemic-response", "social-contract", "covid-19"], "Mayors and local leaders on putting human rights at the heart of pandemic recovery, as groundwork for a new social contract."),
        ("plenary-3", ["non-discrimination", "pandemic-response", "covid-19"], "Local governments on non-discrimination as a core policy of human rights cities: their answers to anti-racism protests and to discrimination deepened by COVID-19."),
        ("social-economy", ["social-economy"], "Thematic session on the social economy, known only from the Day 2 newsletter; its Korean title is cut off."),
        ("peace", ["peace"], "Thematic session on peace and human rights, known only by name."),
        ("sdgs", ["sdgs", "climate"], "Thematic session linking the SDGs with human rights, presented as an inclusive answer to the climate crisis."),
        ("indonesian-hrc", ["hrc-movement"], "Special session on human rights cities in Indonesia, known only by name."),
        ("act-on-hr-policy", ["local-hr-systems"], "Special session on the proposed Korean basic act on human rights policy, planned as a dialogue between the Ministry of Justice and local governments."),
        ("international-hr-policy", ["hrc-movement"], "Special session on international human rights policy, known only by name."),
        ("unesco-master-class", ["non-discrimination", "hr-education"], "Launch of UNESCO's Master Class series against racism and discrimination in Gwangju, one of three UNESCO initiatives for 2022 announced at the forum."),
        ("activists-workshop", ["non-discrimination", "covid-19", "hrc-movement"], "Activists compared how they faced and resisted the discrimination the pandemic laid bare, and called for solidarity across the region."),
        ("right-to-food", ["food", "climate", "covid-19", "social-contract"], "Connects the pandemic and the climate crisis with a coming food crisis, argues that peasants' rights under UNDROP underpin the right to food in grain-poor Korea, and asks what farmers and citizens can do around the 2021 UN Food Systems Summit."),
        ("blc-workshop", ["hr-education"], "Online workshop in which participants of the third Blended Learning Course (RWI, UCLG ASPAC, Gwangju) looked back at their training and projects."),
        ("closing-ceremony", ["hrc-movement"], "Closing: reports from the main sessions by co-organisers, the Forum Declaration with its five commitments, a highlight video and participants' impressions."),
        ("round-table", [], "An official event in the Korean programme list; nothing more is known."),
        ("older-persons", ["older-persons", "pandemic-response"], "Thematic session on the rights of older people in disasters."),
        ("disability", ["disability"], "Thematic field on disability named in the forum's preview; no session page survives."),
        ("violence-against-women", ["gender-equality"], "Violence against women was announced as a forum topic; no session page survives."),
        ("myanmar", ["hrc-movement"], "Announced special session on international solidarity with Myanmar; whether it took place during the forum is unclear."),
        ("youth-talk", ["children-youth", "climate"], "RWI and the ASEAN Youth Forum on young people, human rights and the climate crisis."),
        ("teachers-training", ["hr-education", "education"], "Training for human rights teachers invited from across Korea, named in the Korean press."),
        ("iccar-steering-committee", ["hrc-movement", "non-discrimination"], "Global steering committee of UNESCO's coalition of inclusive cities, which chose Gwangju as its next chair."),
        ("iccar-solidarity-panel", ["covid-19", "pandemic-response", "hrc-movement"], "Interactive UNESCO/ICCAR panel on how cities held together in solidarity through the pandemic."),
        ("unesco-art-lab", [], "UNESCO panel presenting an Art-Lab pilot for cities planned for 2022."),
        ("marker-system", ["non-discrimination"], "UNESCO panel with APCAD and the Gwangju International Center on a social inclusion and human rights marker system for Asia-Pacific cities."),
    ],
    "2020": [
        ("opening-ceremony", ["memory", "covid-19", "hrc-movement"], "Online opening marking the forum's tenth edition and forty years since the May 18 uprising, with calls for solidarity between cities in the COVID-19 crisis."),
        ("plenary-1", ["memory", "hrc-movement"], "Cities drew on their own history to propose ways to safe and inclusive human rights cities."),
        ("paper-session", ["research", "sdgs"], "Papers selected by open call on human rights cities and sustainable development, COVID-19 responses among the sub-themes."),
        ("iccar-steering-committee", ["non-discrimination", "hrc-movement"], "Regional coalitions of UNESCO's inclusive cities network presented revised ten-point plans and discussed an incentive programme to be piloted by Gwangju."),
        ("indonesia", ["hrc-movement"], "Indonesian special session organised by Komnas HAM and INFID, opened by the President's chief of staff on human-rights-friendly regencies and cities."),
        ("t8-migrants", ["migrants", "memory"], "Migrants living in Gwangju on what the May 18 uprising means to them and on Gwangju's future as a human rights city, then a panel."),
        ("plenary-2", ["hrc-movement"], "Closed plenary of foreign mayors and city officials working on a shared 2021 roadmap for the movement."),
        ("plenary-3", ["covid-19"], "Plenary with UNESCO and UCLG on public services, human rights and the role of local governments after COVID-19."),
        ("t1-social-economy", ["social-economy"], "Thematic session on the social economy; only its listing survives."),
        ("t2-environment", ["environment"], "Thematic session on the environment; only its listing survives."),
        ("t3-elderly", ["older-persons"], "Thematic session on older people; only its listing survives."),
        ("t4-disability", ["disability"], "Thematic session on disability; only its listing survives."),
        ("t5-gender", ["gender"], "Thematic session on gender; only its listing survives."),
        ("t6-children", ["children-youth"], "Thematic session on children; only its listing survives."),
        ("t7-safe-cities", ["safe-cities"], "Thematic session on safe cities; only its listing survives."),
        ("s1-right-to-the-city", ["right-to-the-city"], "Special session on the right to the city; only its listing survives."),
        ("s2-cities-of-memory", ["memory"], "Korean cities marked by state violence met for the 40th anniversary of May 18 to share their work on truth and memory."),
        ("s3-global-youth", ["children-youth"], "Special youth session whose title is cut off in the only copy we have."),
        ("apcad-relaunch", ["non-discrimination", "hrc-movement"], "The Asia-Pacific Coalition of Cities Against Discrimination was relaunched with a ten-point plan for 2020-2030 and Gwangju as interim chair."),
        ("education-center-workshop", ["hr-education"], "Workshop on Gwangju's new international human rights education centre and the Blended Learning Course for local governments in Asia and the Pacific."),
        ("nhrck-anti-discrimination", ["non-discrimination"], "Session on non-discrimination run by the National Human Rights Commission of Korea."),
        ("defenders-workshop", ["local-hr-systems", "hr-education"], "NHRCK workshop for human rights officers and defenders in Korean local governments."),
        ("closing-ceremony", ["hrc-movement", "sdgs"], "Online closing that adopted a declaration of five commitments, from a stronger UN role with local governments to shared memory among cities."),
    ],
    "2019": [
        ("training-right-to-the-city", ["right-to-the-city", "sdgs", "hr-education"], "Invitation-only course on using the right to the city to put the New Urban Agenda and the SDGs into practice."),
        ("hr-commission-workshop", ["local-hr-systems"], "Took stock of Korea's local human rights ordinances, commissions, offices and officers, and of the tasks ahead for them."),
        ("plenary-1", ["hrc-movement"], "OHCHR, UCLG's human rights committee and cities revisited the principles of human rights cities and new ways of spreading them."),
        ("opening-ceremony", ["hrc-movement"], "Official opening; the UN High Commissioner's video message stressed local governments' part in meeting human rights obligations."),
        ("sdgs-festival", ["sdgs"], "KOICA's festival on the SDGs, peace and global citizenship outside the convention centre, with booths, music and a bicycle parade, toured by forum guests before the opening."),
        ("dark-tour", ["state-violence"], "Guided visit to the places of the 1980 uprising against military rule."),
        ("migrants", ["migrants"], "Are migrants' and refugees' rights protected in Korea and in Gwangju? Local governments' duties and a city that values diversity."),
        ("social-economy", ["social-economy"], "Where social-economy education for young people in Korea should go, and what local governments can do, with Korean and foreign examples."),
        ("right-to-housing", ["right-to-the-city"], "Local governments' role in the right to adequate housing, with a focus on Asia."),
        ("2030-agenda-1", ["sdgs"], "Two expert panels, international and Asian, on localising human rights and the SDGs together."),
        ("strategy-meeting-housing", ["right-to-the-city"], "Strategy meeting tying social protection and zero-evictions campaigns to local authorities and movements, mapping housing initiatives and possible alliances."),
        ("right-to-the-city-asia", ["right-to-the-city"], "Special session on the right to the city in Asian cities."),
        ("disability", ["disability"], "Five years of local deinstitutionalisation and independent-living policy, and New Zealand's experience."),
        ("gender", ["gender"], "Thematic session on gender."),
        ("plenary-2", ["hrc-movement"], "Cities looked for a common, joined-up local strategy on human rights within global agendas."),
        ("combat-hatred", ["non-discrimination"], "Countering hate and discrimination: Japan's hate speech law and local ordinances, hate in classrooms, and xenophobia against migrants."),
        ("cultural-side-events", [], "Traditional music and a visit to the Design Biennale for invited guests."),
        ("networking-dinner", [], "Evening networking party for invited guests."),
        ("children", ["children"], "Seminar by the Gwangju Office of Education on whether cities respect children's and young people's rights, with European, Japanese and Korean cases and discussion by students."),
        ("environment", ["environment"], "Urban waste and plastics: European policy, Greenpeace Korea's campaigns and Gwangju's resource-circulation policy."),
        ("2030-agenda-2", ["sdgs"], "Second workshop of the human rights cities network, sharing experience of human rights cities."),
        ("indonesia-sdgs", ["sdgs", "hrc-movement"], "Indonesian session on how Komnas HAM, regencies and cities build human-rights-friendly local government alongside the SDGs."),
        ("defenders-workshop", ["local-hr-systems", "hr-education"], "Human rights officers of Korean regional and local governments compared how they run local human rights bodies, investigations and education."),
        ("closing-ceremony", ["hrc-movement"], "Official close of the main programme."),
        ("elderly", ["older-persons"], "Thematic session on older persons, one of the eight thematic areas."),
        ("state-violence", ["state-violence"], "Thematic session on state violence, one of the eight thematic areas."),
        ("safe-city", [], "Safe City, named as a further thematic topic in a single press report."),
        ("training-asian-officials", ["hr-education"], "Human rights training programme for government officials from Asia."),
        ("paper-sessions", ["research", "sdgs"], "Junior and senior scholars' sessions on local governments, human rights and sustainable development."),
        ("hr-policy-session", ["hrc-movement"], "Human rights policy session with Komnas HAM; its title is cut off in the only copy."),
        ("nhrck-films-books", ["hr-education"], "The National Human Rights Commission of Korea screened human rights films and showed a collection of human rights books."),
    ],
}

KINDS = {
    None: None, "thematic": "thematic", "special": "special", "plenary": "plenary",
    "ceremony": "ceremony", "network": "network", "training": "training",
    "side-event": "side-event", "pre-forum": "pre-forum", "workshop": "workshop",
    "linked event (연계행사)": "linked-event", "open session": "open-session",
}

FORMATS = {
    None: None,
    "live streaming": "livestream",
    "invited only": None,
    "invited guests": None,
    "online": "online",
    "online (open session, registration)": "online",
    "online / hybrid (reported)": "hybrid",
    "비대면 영상회의 (video conference)": "online",
    "ZOOM seminar (Korean–English simultaneous interpretation)": "online",
    "live online (all forum sessions streamed)": "livestream",
    "live streaming (online, no on-site audience)": "livestream",
    "closed session": None,
    "video conference": "online",
    "simultaneous interpretation: Korean, English, Sign language, Real-time text service (Korean)": None,
    "simultaneous interpretation: Korean, English": None,
}

INTERPRETATION = {
    "ZOOM seminar (Korean–English simultaneous interpretation)": ["Korean", "English"],
    "simultaneous interpretation: Korean, English, Sign language, Real-time text service (Korean)":
        ["Korean", "English", "Sign language", "Real-time text service (Korean)"],
    "simultaneous interpretation: Korean, English": ["Korean", "English"],
}

# ---------------------------------------------------------------- TOML writer
def q(s):
    """A TOML basic string."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def arr(items):
    if not items:
        return "[]"
    if sum(len(i) for i in items) < 60:
        return "[" + ", ".join(q(i) for i in items) + "]"
    return "[\n" + "".join("  " + q(i) + ",\n" for i in items) + "]"


def kv(lines, key, value):
    if value is None:
        return
    if isinstance(value, bool):
        lines.append(f"{key} = {'true' if value else 'false'}")
    elif isinstance(value, int):
        lines.append(f"{key} = {value}")
    elif isinstance(value, list):
        lines.append(f"{key} = {arr(value)}")
    else:
        lines.append(f"{key} = {q(value)}")


def edition_toml(year, e):
    lines = [
        f"# {e['name']}: bundled programme of whrcf.",
        "# Facts are copied exactly from the official pages (see data/README.md); summaries are our own words.",
        "# Times are local to `timezone`. A session without date/start/end has none published.",
        "",
    ]
    first_day = e["dates"].get("pre_forum") or e["dates"]["start"]
    kv(lines, "id", f"whrcf-{year}")
    kv(lines, "edition", int(year))
    kv(lines, "ordinal", e["ordinal"])
    kv(lines, "title", e["name"])
    kv(lines, "short_title", f"WHRCF {year}")
    kv(lines, "theme", e["theme"])
    kv(lines, "theme_titles", [e["theme_ko"]])
    kv(lines, "timezone", e["timezone"])
    kv(lines, "first_day", first_day)
    kv(lines, "last_day", e["dates"]["end"])
    kv(lines, "dates_as_stated", e["dates"]["as_stated"])
    kv(lines, "venue", e["venue"])
    kv(lines, "mode", e["mode"])
    kv(lines, "hosts", e["hosts"])
    kv(lines, "organizers", e.get("organizers", []))
    figures = e["headline_figures"]
    kv(lines, "stated_session_count", figures.get("sessions") or figures.get("programs"))
    kv(lines, "sources", e["sources"])
    lines.append("")
    lines.append("[figures]")
    for k, v in figures.items():
        kv(lines, k, v)
    lines.append("")
    for tid, name, desc in VOCABULARY[year]:
        lines.append("[[themes]]")
        kv(lines, "id", tid)
        kv(lines, "name", name)
        kv(lines, "description", desc)
        lines.append("")
    ours = SESSIONS[year]
    if len(ours) != len(e["sessions"]):
        sys.exit(f"{year}: {len(ours)} summaries for {len(e['sessions'])} sessions")
    vocab = {t[0] for t in VOCABULARY[year]}
    for s, (slug, themes, summary) in zip(e["sessions"], ours):
        for t in themes:
            if t not in vocab:
                sys.exit(f"{year} {slug}: theme {t} not in vocabulary")
        lines.append("[[sessions]]")
        kv(lines, "id", f"{year}-{slug}")
        kv(lines, "title", s["title"])
        kv(lines, "other_titles", s.get("alt_titles") or None)
        kv(lines, "subtitle", s["subtitle"])
        kv(lines, "date", s["date"])
        kv(lines, "start", s["start"])
        kv(lines, "end", s["end"])
        kind = KINDS[s["kind"]]
        kv(lines, "kind", kind)
        if s["kind"] is not None and s["kind"] != kind:
            kv(lines, "kind_as_stated", s["kind"])
        kv(lines, "format", FORMATS[s["format"]])
        if s["format"] is not None and s["format"] != FORMATS[s["format"]]:
            kv(lines, "format_as_stated", s["format"])
        kv(lines, "interpretation", INTERPRETATION.get(s["format"]))
        kv(lines, "room", s.get("room"))
        kv(lines, "venue", s.get("venue"))
        kv(lines, "themes", themes)
        kv(lines, "organizers", s["organizers"])
        kv(lines, "summary", summary)
        kv(lines, "sources", [s["source_url"]] + (s.get("other_sources") or []))
        kv(lines, "complete", bool(s["complete"]))
        kv(lines, "notes", s.get("notes"))
        for p in s["people"] or []:
            lines.append("[[sessions.people]]")
            kv(lines, "name", p["name"])
            kv(lines, "role", p["role"])
            kv(lines, "affiliation", p["affiliation"])
            kv(lines, "country", p["country"])
            kv(lines, "topic", p.get("topic"))
        lines.append("")
    return "\n".join(lines)


def main():
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    for year in ["2021", "2020", "2019"]:
        out = ROOT / "data" / f"whrcf-{year}.toml"
        out.write_text(edition_toml(year, data[year]), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}: {len(data[year]['sessions'])} sessions")


if __name__ == "__main__":
    main()
