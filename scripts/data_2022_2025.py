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
        ("children-youth", ["children-youth"], "Gwangju's Office of Education ran this thematic session for children and youth; our copy gives neither its topic nor its speakers."),
        ("ombudsmen-workshop", ["local-hr-systems"], "Invitation-only workshop of the human rights ombudspersons of Korean local governments, listed twice on the day's page."),
        ("activists-workshop", ["local-hr-systems"], "A network of Korean human rights groups puts forward its own design of a local system to protect human rights in human rights cities."),
        ("hr-commission", ["local-hr-systems"], "Invitation-only meeting of the human rights commissions of Korean local governments."),
        ("alrc", [], "An entry titled only 'ALRC', held by the Korean and Hong Kong offices of the Asian Legal Resource Centre."),
        ("disability", ["disability"], "Forced sterilisation and eugenics as state violence that denies disabled people's very existence, and what peace would mean for them; our copy of the description is cut short."),
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
        ("hr-tour", ["memory"], "By bus from the hotel to Chonnam National University and the National May 18 Cemetery, ending at the Kimdaejung Convention Center: a tour of May 18 sites for invited guests."),
        ("women", ["gender", "civic-space"], "How women can take part safely in digital civic space: an Asia-Pacific women's rights forum and a Korean women's association on what the international women's movement asks for."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only workshop of 인꽃지기, Gwangju's citizen group that puts human rights into practice."),
        ("plenary", ["civic-space"], "A law professor from Hawaii, the head of the civic-tech foundation Wagle and Nuremberg's human rights officer took up civic space as it shrinks around the world: what that costs human rights and how to open it up again."),
        ("civil-society", ["civil-society", "civic-space"], "Thematic session on widening civic space and strengthening civil society: a keynote on citizens' movements for democracy, then papers on shrinking space, digital citizen power and Gwangju's civil society."),
        ("social-movements", ["civic-space", "hrc-movement"], "Mayors, councillors and officials from several continents met online with UCLG, OHCHR and RWI to discuss opening civic space to marginalised groups, so that they can shape what local and regional governments decide."),
        ("paper-session", ["research", "civic-space"], "Papers on civic space and participatory human rights cities, with cases from Indonesia (Bandar Lampung's coast among them), Nairobi and Sweden, moderated by an RWI professor."),
        ("children-youth", ["children-youth"], "Children and youth session on student self-government and education for democratic global citizenship led by students themselves."),
        ("disability", ["disability", "civic-space"], "Universal design, the participation of disabled people and civic space, brought together in one thematic session."),
        ("migration", ["migrants"], "Migrants' health as a right to survive, and what a healthy, inclusive city owes them."),
        ("nhrck-special", ["local-hr-systems", "hrc-movement"], "How can local governments take part in the UN human rights system and so carry international norms into their regions? A special session of the NHRCK."),
        ("commissions-council", ["local-hr-systems"], "Network meeting of the human rights commissions of Korea's metropolitan and provincial governments."),
        ("protection-officers-council", ["local-hr-systems"], "Network meeting of the human rights protection officers of Korean local governments."),
        ("university-centres-council", ["local-hr-systems"], "Network meeting of the human rights centres of universities in Gwangju and South Jeolla."),
    ],
    "2023": [
        ("hr-tour-1", ["memory"], "Invited guests were shown sites of the May 18 Democratization Movement in the morning, heard about those days and paused to remember the victims."),
        ("hr-tour-2", ["memory"], "Survivors of the uprising talked with guests at the May 18 Liberty Park in the afternoon."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only training of Gwangju's citizen human rights monitors, given by a lecturer of the NHRCK's Gwangju office."),
        ("opening-round-table", ["poverty"], "Opening with the mayor, the council chair and the education superintendent, words from OHCHR's deputy head and a keynote by economist 장하준 (online), then a round table of Gwangju, Eunpyeong, Warsaw, Leipzig, Singkawang and the RWI on how cities answer poverty and inequality."),
        ("ombudsmen-workshop", ["local-hr-systems"], "Invitation-only workshop of Korean local government human rights ombudspersons; the education offices named as organizers may belong to another entry."),
        ("digitalisation-procurement", ["poverty"], "Streamed session on digital inclusion and on public purchasing based on human rights as ways for cities to reduce poverty and inequality."),
        ("plenary", ["poverty"], "The edition's only plenary, led by UCLG's human rights committee: a keynote by the UN special rapporteur on extreme poverty, then a panel announced in the press with city leaders, a World Bank economist, a UN independent expert and a Korean professor on local action for equality."),
        ("indonesia", ["hrc-movement", "poverty"], "Economic and environmental justice as Indonesia's human rights cities pursue it; UCLG's committee coordinator spoke. Its day is inferred from the UCLG page."),
        ("charter-agenda-workshop", ["hrc-movement"], "The Global Charter-Agenda for Human Rights in the City was being updated; members of UCLG's committee met in person to work on it."),
        ("housework", ["housework", "gender", "poverty"], "How to close the gender gap in housework: Silvia Federici on wages for housework (by video), Vietnam's policies on unpaid care, and the Gwangju foundation's case for a housework allowance, then a discussion."),
        ("closing-ceremony", ["poverty"], "Prizes of UNESCO's Master Class Gwangju Series were handed out at the closing, which also heard the session reports and the declaration on poverty and inequality before the closing remarks."),
        ("disability", ["disability"], "Disability was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
        ("women", ["gender"], "Women was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
        ("migration", ["migrants"], "Migration was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
        ("youth", ["youth"], "Youth was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
        ("sdgs", ["sdgs"], "Thematic session on the Sustainable Development Goals and human rights; only its name is known."),
        ("children-youth", ["children-youth"], "Children and youth was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
        ("housing", ["housing"], "The right to housing was one of 2023's eight confirmed thematic sessions; apart from the forum's theme, poverty and inequality, nothing about it is recorded."),
    ],
    "2022": [
        ("teachers-training", ["hr-education"], "Korea's teachers of human rights education, invited for a whole day of training."),
        ("hr-tour-1", ["memory"], "Morning bus tour for invited guests to places of the May 18 uprising: Chonnam National University and the National May 18 Cemetery."),
        ("unesco-master-class", ["non-discrimination", "children-youth"], "UNESCO Master Class led by Gwangju for APCAD, preparing young people to answer discrimination and hate online, with a lecture by the vice-chair of the UN racial discrimination committee."),
        ("inkkotjigi-workshop", ["hr-education"], "Invitation-only workshop for the third cohort of Gwangju's citizen human rights monitors."),
        ("opening-round-table", ["climate"], "After the opening (the mayor, keynotes from OHCHR and UNESCO), a round table took up the climate crisis and human rights: the RWI director, Santiago's mayor, the UN special rapporteur on climate change, a Korean youth climate activist and a child activist from Colombia."),
        ("unesco-tour", ["memory"], "Morning round trip from the convention centre to two places of Gwangju's UNESCO heritage: the May 18 archives and the Media Art Platform."),
        ("lgbtqi", ["lgbtqi", "climate"], "Whether LGBTQI people in Gwangju enjoy what its human rights charter promises, and how their rights meet climate justice."),
        ("closing-ceremony", [], "The declaration, awards (prizes of UNESCO's Master Class Gwangju Series among them), reports on the main sessions, a highlight film and closing remarks made up the closing."),
        ("disability", ["disability", "climate"], "What the climate crisis means for the rights of disabled people, and how climate and disaster law should read 'vulnerability'."),
        ("activists-workshop", ["climate", "local-hr-systems"], "Korean human rights activists on climate action that starts from what communities and victims demand, such as protecting people in tiny rooms in Daegu from heat waves."),
        ("children-youth", ["children-youth", "climate"], "Young climate activists and the UN special rapporteur on climate change discussed what the climate crisis means for future generations, in the session run by Gwangju's Office of Education."),
        ("youth-talk", ["children-youth", "climate"], "ASEAN Youth Forum and RWI session on how young people can take part in plans to adapt to climate change, prepared in earlier workshops."),
    ],
}
