"""Ours for the 12th-15th forums (2022-2025): theme vocabularies, session ids, themes, summaries.

Read by build_data.py with the research file data/sources/whrcf-programs-more.json. Each
vocabulary is the edition's own announced thematic fields, the subject of its forum theme, and
the few topics its other sessions name (see data/README.md, "Themes").
"""
from data_topics import announced, cross_cutting, forum_theme

# The organisers' count of sessions, as a number (it is in `stated_session_count` as they word it).
TOTALS = {"2025": 27, "2024": 20, "2023": 32, "2022": 38}
# The headline figures that state how many sessions there were, in the order shown.
STATED = {
    "2025": ["programs"],
    "2024": ["programs"],
    "2023": ["programs_held", "programs_announced"],
    "2022": ["programs", "programs_gwangju_news"],
}
# Sessions whose time the sources give differently: what each says (from the research notes).
TIME_CONFLICTS = {
    ("2025", "opening-ceremony"):
        "14:00 ('15일 오후 2시') in moneys.co.kr and in a press repost on yupki-toto.com; "
        "16:00 ('15일 오후 4시') in newspim and 8pm.co.kr",
    ("2025", "plenary"):
        "15:00 ('15일 오후 3시') in the repost on yupki-toto.com, which fits only a 14:00 opening; "
        "'straight after the opening' in 8pm.co.kr, and the opening's own time is disputed",
}
# Entries that group several events in one record.
GROUPED = {("2025", "citizen-side-events")}

VOCABULARY = {
    "2025": announced("One of the seven thematic topics announced for 2025", [
        ("children-youth", "Children and youth (어린이·청소년)"), ("disability", "Disability (장애)"),
        ("migrants", "Migration (이주)"), ("community", "Villages (마을)"), ("gender", "Women (여성)"),
        ("social-economy", "Social economy (사회적경제)"),
        ("anti-violence", "A culture against violence worldwide (지구촌 반폭력 문화확산)"),
    ]) + [forum_theme("2025", "peace", "Peace and solidarity")]
    + cross_cutting("2025", ["memory", "hrc-movement", "local-hr-systems", "hr-education", "research"]),
    "2024": announced("One of the five thematic sessions confirmed for 2024", [
        ("gender", "Women (여성)"), ("civil-society", "Civil society (시민사회 활성화)"),
        ("disability", "Disability (장애)"), ("migrants", "Migration (이주)"),
        ("children-youth", "Children and youth (어린이청소년)"),
    ]) + [forum_theme("2024", "civic-space", "Civic space")]
    + cross_cutting("2024", ["memory", "hrc-movement", "local-hr-systems", "hr-education", "research"]),
    "2023": announced("One of the eight thematic sessions confirmed for 2023", [
        ("disability", "Disability"), ("gender", "Women"), ("migrants", "Migration"), ("youth", "Youth"),
        ("sdgs", "UN SDGs and human rights"), ("children-youth", "Children and youth"),
        ("housing", "Right to housing"), ("housework", "Gender inequality in housework"),
    ]) + [forum_theme("2023", "poverty", "Poverty and inequalities")]
    + cross_cutting("2023", ["memory", "hrc-movement", "local-hr-systems", "hr-education"]),
    "2022": announced("A thematic session found in the 2022 programme", [
        ("lgbtqi", "LGBTQI"), ("disability", "Disability"), ("children-youth", "Children and youth"),
    ]) + [forum_theme("2022", "climate", "Climate crisis")]
    + cross_cutting("2022", ["non-discrimination", "memory", "local-hr-systems", "hr-education"]),
}

SESSIONS = {
    "2025": [
        ("opening-ceremony", ["peace", "memory"], "The forum opens with the Gwangju mayor's address and a keynote by Woosuk University's 서승 on May 18, state violence and resisting it. Two press accounts put the start at 14:00, two others at 16:00."),
        ("plenary", ["peace", "hrc-movement"], "Plenary on worldwide solidarity for peace: a talk by an Ewha University professor on conscience and the future of the human rights community, then proposals on peace in Korean society and on Bangladesh's peace movement."),
        ("book-talk", [], "A book talk with a concert, for the public, given by actor 차인표. Its time is known only from a weak source."),
        ("paper-session", ["research", "peace"], "Papers on what human rights cities can do to prevent conflict and build peace, drawn from Medellín, cities of former Yugoslavia, Cox's Bazar and Indonesia, with an RWI professor moderating."),
        ("children-youth", ["children-youth"], "The children and youth strand, run by Gwangju's Office of Education; its topic and speakers are not in our copy."),
        ("ombudsmen-workshop", ["local-hr-systems"], "Invitation-only workshop of the human rights ombudspersons of Korean local governments, listed twice on the day's page."),
        ("activists-workshop", ["local-hr-systems"], "A network of Korean human rights groups puts forward its own design of a local system to protect human rights in human rights cities."),
        ("hr-commission", ["local-hr-systems"], "Invitation-only meeting of the human rights commissions of Korean local governments."),
        ("alrc", [], "An entry titled only 'ALRC', held by the Korean and Hong Kong offices of the Asian Legal Resource Centre."),
        ("disability", ["disability"], "Disability session on eugenics and forced sterilisation as state violence that denies disabled people's existence."),
        ("special-repressed-regions", ["peace", "hrc-movement"], "Special session in which activists from places under repression, Myanmar among them, tell how cities stood together and resisted; its official title was not found."),
        ("training", ["hr-education"], "International training that shows officials from Asian countries Gwangju's human rights policies."),
        ("may18-eve", ["memory"], "Guests from abroad take part in the eve of the May 18 commemoration and in the march for democracy and peace."),
        ("citizen-side-events", [], "Several events for citizens grouped in one entry: screenings of human rights films and a cooking class called the 'peace table'."),
        ("migration", ["migrants"], "Thematic session on migration, known only as one of the seven announced topics."),
        ("community", ["community"], "Thematic session on villages and local communities, known only as one of the seven announced topics."),
        ("women", ["gender"], "Thematic session on women, known only as one of the seven announced topics."),
        ("social-economy", ["social-economy"], "Thematic session on the social economy, known only as one of the seven announced topics."),
        ("anti-violence", ["anti-violence"], "Thematic session on spreading a culture against violence around the world, known only as one of the seven announced topics."),
    ],
    "2024": [
        ("opening-ceremony", ["civic-space"], "The forum opened at 14:00: the mayor spoke, the city council, UNESCO and OHCHR sent congratulations, and Kim Dong-choon argued that development-driven cities leave citizens less room to act."),
        ("hr-tour", ["memory"], "Bus tour for invited guests to places of the May 18 uprising: Chonnam National University and the National May 18 Cemetery, ending at the convention centre."),
        ("women", ["gender", "civic-space"], "How women can take part safely in digital civic space: an Asia-Pacific women's rights forum and a Korean women's association on what the international women's movement asks for."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only workshop of 인꽃지기, Gwangju's citizen group that puts human rights into practice."),
        ("plenary", ["civic-space"], "Plenary on civic space shrinking around the world, what that costs human rights and how to widen it, with a law professor, a civic-tech foundation and Nuremberg's human rights office."),
        ("civil-society", ["civil-society", "civic-space"], "Thematic session on widening civic space and strengthening civil society: a keynote on citizens' movements for democracy, then papers on shrinking space, digital citizen power and Gwangju's civil society."),
        ("social-movements", ["civic-space", "hrc-movement"], "Online special session of UCLG, OHCHR and RWI on how local and regional governments keep civic space open so that marginalised people can shape public decisions, with mayors, councillors and officials from several continents."),
        ("paper-session", ["research", "civic-space"], "Papers on civic space and participatory human rights cities, with cases from Indonesia (Bandar Lampung's coast among them), Nairobi and Sweden, moderated by an RWI professor."),
        ("children-youth", ["children-youth"], "Children and youth session on student self-government and education for democratic global citizenship led by students themselves."),
        ("disability", ["disability", "civic-space"], "Thematic session linking civic space with universal design and the rights of disabled people."),
        ("migration", ["migrants"], "Migrants' health as a right to survive, and what a healthy, inclusive city owes them."),
        ("nhrck-special", ["local-hr-systems", "hrc-movement"], "Special session of the National Human Rights Commission of Korea on bringing local governments into the UN human rights system so that international norms are applied locally."),
        ("commissions-council", ["local-hr-systems"], "Network meeting of the human rights commissions of Korea's metropolitan and provincial governments."),
        ("protection-officers-council", ["local-hr-systems"], "Network meeting of the human rights protection officers of Korean local governments."),
        ("university-centres-council", ["local-hr-systems"], "Network meeting of the human rights centres of universities in Gwangju and South Jeolla."),
    ],
    "2023": [
        ("hr-tour-1", ["memory"], "Morning tour for invited guests to historic places of the May 18 Democratization Movement, with its history told and the victims remembered."),
        ("hr-tour-2", ["memory"], "Afternoon visit to the May 18 Liberty Park and a talk with survivors of the uprising."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only training of Gwangju's citizen human rights monitors, given by a lecturer of the NHRCK's Gwangju office."),
        ("opening-round-table", ["poverty"], "Opening with the mayor, the council chair and the education superintendent, words from OHCHR's deputy head and a keynote by economist 장하준 (online), then a round table of Gwangju, Eunpyeong, Warsaw, Leipzig, Singkawang and the RWI on how cities answer poverty and inequality."),
        ("ombudsmen-workshop", ["local-hr-systems"], "Invitation-only workshop of Korean local government human rights ombudspersons; the education offices named as organizers may belong to another entry."),
        ("digitalisation-procurement", ["poverty"], "Streamed session on digital inclusion and on public purchasing based on human rights as ways for cities to reduce poverty and inequality."),
        ("plenary", ["poverty"], "The edition's only plenary, led by UCLG's human rights committee: a keynote by the UN special rapporteur on extreme poverty, then a panel announced in the press with city leaders, a World Bank economist, a UN independent expert and a Korean professor on local action for equality."),
        ("indonesia", ["hrc-movement", "poverty"], "Indonesian human rights cities on economic and environmental justice, with UCLG's committee coordinator among the speakers; the day is inferred."),
        ("charter-agenda-workshop", ["hrc-movement"], "UCLG committee members met in person to work on the new version of their Global Charter-Agenda for Human Rights in the City."),
        ("housework", ["housework", "gender", "poverty"], "How to close the gender gap in housework: Silvia Federici on wages for housework (by video), Vietnam's policies on unpaid care, and the Gwangju foundation's case for a housework allowance, then a discussion."),
        ("closing-ceremony", ["poverty"], "Closing: reports of the sessions, the declaration on poverty and inequality, prizes of UNESCO's Master Class Gwangju Series and the closing remarks."),
        ("disability", ["disability"], "Thematic session on disability; only its name and the forum's theme of poverty and inequality are known."),
        ("women", ["gender"], "Thematic session on women; only its name and the forum's theme of poverty and inequality are known."),
        ("migration", ["migrants"], "Thematic session on migration; only its name and the forum's theme of poverty and inequality are known."),
        ("youth", ["youth"], "Thematic session on young people; only its name and the forum's theme of poverty and inequality are known."),
        ("sdgs", ["sdgs"], "Thematic session on the Sustainable Development Goals and human rights; only its name is known."),
        ("children-youth", ["children-youth"], "Thematic session on children and youth; only its name and the forum's theme of poverty and inequality are known."),
        ("housing", ["housing"], "Thematic session on the right to housing; only its name and the forum's theme of poverty and inequality are known."),
    ],
    "2022": [
        ("teachers-training", ["hr-education"], "Full-day training, by invitation, for teachers of human rights education in Korea."),
        ("hr-tour-1", ["memory"], "Morning bus tour for invited guests to places of the May 18 uprising: Chonnam National University and the National May 18 Cemetery."),
        ("unesco-master-class", ["non-discrimination", "children-youth"], "UNESCO Master Class led by Gwangju for APCAD, preparing young people to answer discrimination and hate online, with a lecture by the vice-chair of the UN racial discrimination committee."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only workshop for the third cohort of Gwangju's citizen human rights monitors."),
        ("opening-round-table", ["climate"], "Opening with the mayor and keynotes from OHCHR and UNESCO, then a round table on the climate crisis and human rights with a child activist from Colombia, the UN special rapporteur on climate change, Santiago's mayor, a Korean youth climate activist and the RWI director."),
        ("unesco-tour", ["memory"], "Morning tour of Gwangju's UNESCO heritage: the May 18 Archives and the Media Art Platform."),
        ("lgbtqi", ["lgbtqi", "climate"], "Whether LGBTQI people in Gwangju enjoy what its human rights charter promises, and how their rights meet climate justice."),
        ("closing-ceremony", [], "Closing with a highlight film, reports of the main sessions, the declaration, awards and closing remarks."),
        ("disability", ["disability", "climate"], "What the climate crisis means for the rights of disabled people, and how climate and disaster law should read 'vulnerability'."),
        ("activists-workshop", ["climate", "local-hr-systems"], "Korean human rights activists on climate action that starts from what communities and victims demand, such as protecting people in tiny rooms in Daegu from heat waves."),
        ("children-youth", ["children-youth", "climate"], "Session of Gwangju's Office of Education on the climate crisis and the generations to come, with young climate activists and the UN special rapporteur."),
        ("youth-talk", ["children-youth", "climate"], "ASEAN Youth Forum and RWI session on how young people can take part in plans to adapt to climate change, prepared in earlier workshops."),
    ],
}
