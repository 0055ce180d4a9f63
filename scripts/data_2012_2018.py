"""Ours for the 2nd-8th forums (2012-2018): theme vocabularies, session ids, themes, summaries.

Read by build_data.py with the research file data/sources/whrcf-programs-more.json. Each
vocabulary is the edition's own thematic fields, the subject of its forum theme when sessions
carry it, and the few topics its other sessions name (see data/README.md, "Themes").
"""
from data_topics import announced, cross_cutting, forum_theme

# The organisers' count of sessions, as a number, when the sources give one.
TOTALS = {"2018": 40}
# The headline figures that state how many sessions there were, in the order shown.
STATED = {"2018": ["programs_oct", "programs_sept"], "2013": ["structure"]}
# Entries that group several events (or a count of them) in one record.
GROUPED = {
    ("2018", "first-day-topics"), ("2015", "side-events"), ("2014", "official-special-events"),
    ("2013", "invited-workshops"), ("2013", "public-workshops"),
}

VOCABULARY = {
    "2018": announced("One of the nine thematic fields of the June 2018 preview", [
        ("migrants", "Migrants and refugees (이주민·난민)"), ("disability", "Persons with disabilities (장애인)"),
        ("older-persons", "Older persons (노인)"), ("children-youth", "Children and youth (어린이·청소년)"),
        ("gender", "Women (여성)"), ("state-violence", "State violence (국가폭력)"),
        ("environment", "Environment (환경)"), ("peace", "City and peace (도시와 평화)"),
        ("social-economy", "Social economy (사회적 경제)"),
    ]) + cross_cutting("2018", ["hrc-movement", "local-hr-systems", "sdgs"]),
    "2017": announced("One of the nine thematic fields of 2017", [
        ("gender", "Women (여성)"), ("state-violence", "State violence (국가폭력)"),
        ("environment", "Environment (환경)"), ("social-economy", "Social economy (사회적경제)"),
        ("migrants", "Migrants and refugees (이주민난민)"), ("disability", "Disability (장애)"),
        ("older-persons", "Older persons (노인)"), ("children-youth", "Children and youth (어린이청소년)"),
        ("community", "Village communities (마을 공동체)"),
    ]) + [forum_theme("2017", "democracy", "Human rights cities, democracy and practice")],
    "2016": announced("One of the eight themed sessions listed for 2016", [
        ("environment", "City and environment (도시와 환경)"), ("gender", "City and women (도시와 여성)"),
        ("disability", "Disability and human rights (장애와 인권)"),
        ("social-economy", "Social economy and urban regeneration (사회적 경제와 도시재생)"),
        ("older-persons", "Older persons and housing (노인과 주거)"),
        ("children-youth", "City and children and youth (도시와 어린이청소년)"),
        ("education", "Education policy and school self-government (교육정책과 학교자치)"),
        ("migrants", "Migrants, refugees and human rights (이주민 난민과 인권)"),
    ]) + [forum_theme("2016", "urban-development", "Urban development (도시발전)"),
          forum_theme("2016", "housing", "Housing (주거)")]
    + cross_cutting("2016", ["right-to-the-city", "hrc-movement", "local-hr-systems", "research"]),
    "2015": announced("One of the eight thematic sessions of 2015", [
        ("state-violence", "State violence (국가폭력)"), ("older-persons", "Older persons (노인)"),
        ("children-youth", "Children and youth (어린이·청소년)"), ("gender", "Women (여성)"),
        ("disability", "Disability (장애)"), ("social-economy", "Social economy (사회적경제)"),
        ("migrants", "Migrants (이주민)"), ("environment", "Environment (환경)"),
    ]) + [forum_theme("2015", "hrc-movement", "A global alliance of human rights cities")]
    + cross_cutting("2015", ["local-hr-systems", "memory"]),
    "2014": announced("One of the five thematic sessions listed for 2014", [
        ("state-violence", "State violence and human rights cities (국가폭력과 인권도시)"),
        ("children-youth", "Children and youth (어린이청소년도시와 장애)"),
        ("disability", "Disability (어린이청소년도시와 장애)"),
        ("older-persons", "Older persons and human rights (노인과 인권)"),
        ("environment", "Environment and human rights (환경과 인권)"), ("gender", "City and women (도시와 여성)"),
    ]) + [forum_theme("2014", "hrc-movement", "A global alliance of human rights cities")]
    + cross_cutting("2014", ["memory", "right-to-the-city"]),
    "2013": cross_cutting("2013", ["local-hr-systems"]),
    "2012": cross_cutting("2012", ["civil-society", "local-hr-systems", "non-discrimination", "memory", "hrc-movement"]),
}


def field_only(slug, theme, what, year_note="only its name is known"):
    """A thematic session known by its name alone."""
    return (slug, [theme], f"Thematic session on {what}; {year_note}.")


SESSIONS = {
    "2018": [
        ("opening-ceremony", [], "Opening on the afternoon of 18 October: a citizens' choir sang 'March for the Beloved', the mayor opened the forum and the NHRCK chair welcomed guests, among them a vice foreign minister, the UN deputy high commissioner and the RWI director."),
        ("opening-round-table", ["hrc-movement"], "What should local government do, with central government, to realise human rights? A round table with a keynote by the mayor, which also marked three anniversaries: 70 years of the Universal Declaration, 25 of the Vienna Declaration and 20 of the Gwangju Asian Human Rights Charter."),
        ("first-day-topics", ["peace", "sdgs"], "Several first-day discussions grouped in one entry, as TDBB's report lists them: solidarity between cities, Vienna as a human rights city, a plan of action for peace, Guatemala's long struggle for rights, local commitments to peace, and localising the SDGs."),
        ("talk-concert-climate", ["environment"], "A talk beside the forum with professor Cho Hyo-je on climate change as a question of human rights."),
        ("closing-ceremony", [], "Closing on 20 October: a report on the sessions, the reading of the Gwangju declaration, the handing over of a declaration on migrants' rights in Gwangju and the vice-mayor's closing address."),
        ("plenary", ["peace", "migrants"], "With the Yemeni refugees on Jeju as background, the plenary asked who we share our cities with and what practical steps lead to peaceful urban communities; its official title was not found."),
        ("domestic-policy", ["local-hr-systems"], "Korean mayors set out their view of human rights and their plans for the new local government term; the sources differ on which mayors came."),
        ("barcelona-policy", ["migrants"], "Barcelona as a case: how the city deals with migration, with many religions and with self-government by its citizens."),
        field_only("migrants", "migrants", "migrants and refugees", "one of the nine announced fields, known only by name"),
        field_only("disability", "disability", "persons with disabilities", "one of the nine announced fields, known only by name"),
        field_only("older-persons", "older-persons", "older persons", "one of the nine announced fields, known only by name"),
        field_only("children-youth", "children-youth", "children and youth", "one of the nine announced fields, known only by name"),
        field_only("women", "gender", "women", "one of the nine announced fields, known only by name"),
        field_only("state-violence", "state-violence", "state violence", "one of the nine announced fields, known only by name"),
        field_only("environment", "environment", "the environment", "one of the nine announced fields, known only by name"),
        field_only("peace", "peace", "the city and peace, added for the 70th anniversary of Jeju 4·3", "known only by name"),
        field_only("social-economy", "social-economy", "the social economy", "one of the nine announced fields, known only by name"),
    ],
    "2017": [
        ("older-persons", ["older-persons"], "Thematic session asking whether Gwangju is an age-friendly city, from 13:00 on the second day."),
        ("children-youth-education", ["children-youth"], "Morning session on children and young people in the city: schools, how spaces are shaped, and democracy."),
        ("democracy-villages", ["community", "democracy"], "Session on village communities and grassroots platforms for citizens to take part, held at the same time as the children's session."),
        ("disability", ["disability"], "Thematic session on disability and human rights; its afternoon of 16 September follows from the order of the preview."),
        ("migrants", ["migrants"], "Thematic session on migrants, refugees and human rights; its afternoon of 16 September follows from the order of the preview."),
        ("opening-ceremony", [], "The opening ceremony, known only from the programme table."),
        ("opening-round-table", [], "The opening round table, known only from the programme table."),
        ("closing-ceremony", [], "The closing ceremony, known only from the programme table."),
        ("plenary-1", ["democracy"], "First plenary, on participatory democracy and human rights cities; only its title survives."),
        ("plenary-2", [], "Second plenary, on Sweden's human rights policy; only its title survives."),
        field_only("women", "gender", "the city and women", "only its title survives"),
        ("social-economy", ["social-economy", "community"], "Thematic session on the social economy and reviving communities; only its title survives."),
        field_only("environment", "environment", "the city and the environment", "only its title survives"),
        field_only("state-violence", "state-violence", "state violence and human rights", "only its title survives"),
        ("asia-special", [], "A special session whose title breaks off after '아시아 인권' (Asian human rights) in the only copy."),
    ],
    "2016": [
        ("plenary-habitat", ["right-to-the-city"], "Experts met before the opening to get ready for the UN Habitat III conference in Quito, around the right to the city."),
        ("opening-ceremony", [], "The mayor, the council speaker and the forum's co-chair spoke after Indian Suni opened with 'March for the Beloved'."),
        ("opening-round-table", [], "Are our cities happy places to live? The governor of Jeju and the mayors of Seongnam and Gwangju answered with a UN human rights representative."),
        ("uclg-committee", ["hrc-movement", "right-to-the-city"], "The right to the city and a worldwide alliance of human rights cities were discussed, with the 2015 report and the 2016 plan, when UCLG's human rights committee held its annual meeting in Gwangju on 22 July."),
        ("closing-ceremony", ["housing"], "The forum closed with a report on its sessions and a declaration that local governments must see that people have a decent place to live."),
        field_only("environment", "environment", "the city and the environment"),
        field_only("women", "gender", "the city and women"),
        field_only("disability", "disability", "disability and human rights"),
        ("social-economy-regeneration", ["social-economy", "urban-development"], "Thematic session on the social economy and urban regeneration; only its name is known."),
        ("older-persons-housing", ["older-persons", "housing"], "Thematic session on older persons and housing; only its name is known."),
        field_only("children-youth", "children-youth", "the city and children and youth"),
        field_only("education-school", "education", "education policy and schools governing themselves"),
        field_only("migrants", "migrants", "migrants, refugees and human rights"),
        ("guidelines-workshop", ["local-hr-systems"], "Experts' workshop on guidelines for local government and human rights, one of nine special sessions."),
        ("local-cases", ["local-hr-systems"], "Special session on human rights cases from local governments; only its name is known."),
        ("urban-policy", ["urban-development"], "Special session on urban policy; only its name is known."),
        ("ngo-policy-evaluation", ["local-hr-systems"], "Special session in which NGOs assess human rights policies; only its name is known."),
        ("papers", ["research"], "Presentation of human rights papers, counted among the special sessions; only its name is known."),
    ],
    "2015": [
        ("opening-ceremony", [], "The opening started at 16:00 on 15 May: the mayor spoke, the chair of the organising committee welcomed guests, and the council speaker and 이희호 offered congratulations."),
        ("opening-round-table", ["hrc-movement"], "Round table after the opening: the Gwangju mayor, the governor of South Chungcheong and Toronto's deputy mayor on their work as human rights cities, chaired by the committee's head."),
        ("policy-session-1", ["local-hr-systems"], "Six local governments, from Seoul and South Chungcheong to Kaohsiung, Utrecht, Nuremberg and Wonosobo, presented their human rights institutions and how they carry them out; on the opening morning."),
        ("experts-workshop", ["local-hr-systems"], "About fifty experts, members of the UN Human Rights Council's Advisory Committee among them, on the main human rights questions for local government and what to recommend."),
        field_only("state-violence", "state-violence", "state violence", "one of eight, known only by name"),
        field_only("older-persons", "older-persons", "older persons", "one of eight, known only by name"),
        field_only("children-youth", "children-youth", "children and youth", "one of eight, known only by name"),
        field_only("women", "gender", "women", "one of eight, known only by name"),
        field_only("disability", "disability", "disability", "one of eight, known only by name"),
        field_only("social-economy", "social-economy", "the social economy", "one of eight, known only by name"),
        field_only("migrants", "migrants", "migrants", "one of eight, known only by name"),
        field_only("environment", "environment", "the environment", "one of eight, known only by name"),
        ("side-events", ["memory"], "Several side events grouped in one entry: the eve of the May 18 commemoration, 인권테마역사 and a visit to the May 18 Archive Center."),
    ],
    "2014": [
        ("opening-ceremony", [], "Opening ceremony with congratulations from 이희호 of the Kim Dae-jung Peace Center; the three leading candidates for mayor of Gwangju were there."),
        ("official-special-events", [], "Official and special events grouped in one entry by a preview: case presentations and meetings, with a Seoul National University sociologist and the secretary of UCLG's human rights committee taking part."),
        field_only("state-violence", "state-violence", "state violence and human rights cities"),
        ("children-youth-disability", ["children-youth", "disability"], "Thematic session on cities for children and young people, and on disability; only its name is known."),
        field_only("older-persons", "older-persons", "older persons and human rights"),
        field_only("environment", "environment", "the environment and human rights"),
        field_only("women", "gender", "the city and women"),
        ("hr-culture-tour", [], "Side event visiting places of human rights culture (인권문화탐방); no date is given."),
        ("may18-ceremony", ["memory"], "Guests attend the May 18 commemoration ceremony; the source gives no date."),
        ("good-practice-workshop", ["hrc-movement"], "Informal workshop on building up model cases of human rights cities."),
        ("declaration-drafting", ["hrc-movement"], "Informal meeting to draft the 2014 forum declaration."),
        ("uclg-meeting", ["hrc-movement", "right-to-the-city"], "The second World Summit for the Right to the City, UCLG's 2014-2016 strategic plan and its governance were on the agenda when its human rights committee met for the first time in 2014, during the forum."),
    ],
    "2013": [
        ("essay-contest", [], "Judges heard the finalists of the second Global Essay Contest for Human Rights, a contest for young people, present their essays."),
        ("opening-ceremony", ["local-hr-systems"], "Keynotes by UNESCO's deputy director-general and a former rector of the UN University for Peace followed the mayor's account of Gwangju's human rights institutions; an April preview had announced other keynote speakers."),
        ("invited-workshops", [], "Three workshops for invited participants, counted together in one entry; their titles were not found."),
        ("public-workshops", [], "Grouped entry: on 16 and 17 May the forum held workshops anyone could attend; none of their titles was found."),
    ],
    "2012": [
        ("ngo-meeting", ["civil-society"], "The Gangjeong naval base protests, conscientious objection, and the rights of young people and of sexual minorities: Korean human rights NGOs met on these at the Holiday Inn, the forum's first programme on its opening day."),
        ("opening-ceremony", [], "Karen Tse of International Bridges to Justice and 강경화, deputy high commissioner at OHCHR, gave the keynotes of the opening, at 10:00 on 16 May."),
        ("nets-go", [], "Africa's fight against malaria: the 'Nets Go' campaign for mosquito nets handed over the 75 million won it had raised."),
        ("declaration", ["hrc-movement"], "The forum adopts its declaration on human rights cities."),
        ("academic-1", ["local-hr-systems"], "Nuremberg's human rights office and Montreal's ombudsman served as cases for the first of two academic sessions, on the institutions and mechanisms a human rights city needs."),
        ("academic-2", ["local-hr-systems"], "Guidelines for human rights cities were the subject of the other academic session, known from a Japanese report whose wording our title renders."),
        ("ngo-seminar", ["civil-society", "local-hr-systems"], "Seminar of human rights NGOs on turning human rights into institutions and on what movements should do; its title is translated from a Japanese report."),
        ("unesco-apcad", ["non-discrimination"], "Social inclusion, human rights in cities and the effects of changes in the urban environment, discussed at an international meeting of the cities in UNESCO's Asia-Pacific coalition against discrimination."),
        ("memory-of-the-world", ["memory"], "UNESCO's Memory of the World register holds records of democracy and human rights from several cities; a meeting of those cities was in the March 2012 plan, but there is no sign it took place."),
        ("asia-forum", [], "The plan for 2012 included a Gwangju Asia Forum; whether it was held is not confirmed."),
        ("may18-eve", ["memory"], "The programme ended with two acts of remembrance for the 32nd anniversary of May 18: the eve-of-anniversary event and a visit to the National May 18 Cemetery."),
    ],
}
