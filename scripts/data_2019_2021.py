"""Ours for the 9th-11th forums (2019-2021): theme vocabularies, session ids, themes, summaries.

Read by build_data.py with the research file data/sources/whrcf-programs.json.
"""
from data_topics import TOPICS

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
# The organisers' count of sessions, as a number (it is in `stated_session_count` as they word it).
TOTALS = {"2021": 51, "2020": 35, "2019": 48}

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
