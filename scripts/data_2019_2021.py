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
        ("charter-agenda-asia", ["hrc-movement"], "Asian local views on the Global Charter-Agenda for Human Rights in the City, gathered online by UCLG's human rights committee before the forum opened; Gwangju's mayor was on the list of presenters."),
        ("unesco-apcad", ["hrc-movement", "non-discrimination"], "Yearly meeting of the Asia-Pacific Coalition of Cities Against Discrimination, chaired in the interim by Gwangju: new website and newsletter, city policy briefs, the social inclusion marker system and news from ICCAR."),
        ("ombudsman-workshop", ["local-hr-systems"], "The head of Vienna's human rights office presented a case to Korea's local ombudspersons, who also met as a committee."),
        ("plenary-1", ["hrc-movement", "pandemic-response", "covid-19"], "UCLG and OHCHR brought mayors and movement leaders together on human rights as the backbone of local COVID-19 recovery and on new joint action by local governments."),
        ("opening-ceremony", ["social-contract"], "Opening of the forum, online and on site: the UN Secretary-General congratulated by video, and the keynote speakers asked for a new social contract that restores trust by upholding every human right."),
        ("korea-hrc-council", ["hrc-movement", "local-hr-systems"], "First forum appearance of the council of Korean local governments committed to human rights: its second general meeting of 2021, held by video, with a progress report and a comparison of member policies."),
        ("refugees", ["refugees-migrants", "non-discrimination"], "First findings of a comparison of refugee status decisions in Korea, Japan and Hong Kong against international standards, ending with proposals for reform."),
        ("children-youth", ["social-contract", "education", "children-youth", "climate"], "How schools should change in a time of disasters: Finland's environmental education, an ecological turn for Korean schooling and Gwangju's plans, then discussion and questions."),
        ("plenary-2", ["pandemic-response", "social-contract", "covid-19"], "Could human rights be what recovery from the pandemic is built on? Mayors and other local leaders answered, preparing the ground for thinking about a new social contract."),
        ("plenary-3", ["non-discrimination", "pandemic-response", "covid-19"], "How local governments answered the anti-racism protests and the discrimination that COVID-19 made worse, with non-discrimination treated as a core policy of human rights cities."),
        ("social-economy", ["social-economy"], "Thematic session on the social economy, known only from the Day 2 newsletter; its Korean title is cut off."),
        ("peace", ["peace"], "Thematic session on peace and human rights, known only by name."),
        ("sdgs", ["sdgs", "climate"], "Human rights and the UN's Sustainable Development Goals, put forward in the Korean programme as an inclusive answer to the climate crisis."),
        ("indonesian-hrc", ["hrc-movement"], "Special session on human rights cities in Indonesia, known only by name."),
        ("act-on-hr-policy", ["local-hr-systems"], "The Ministry of Justice and local governments were to consult on Korea's proposed basic act on human rights policy, a new programme decided at a planning meeting in February 2021."),
        ("international-hr-policy", ["hrc-movement"], "Only the Day 2 newsletter names it: a special session about human rights policy at the international level."),
        ("unesco-master-class", ["non-discrimination", "hr-education"], "UNESCO used the forum to announce three initiatives for 2022; this panel launched one of them, a Gwangju series of Master Classes against racism and discrimination."),
        ("activists-workshop", ["non-discrimination", "covid-19", "hrc-movement"], "What discrimination did the pandemic expose, and how did activists push back? Their answers ended in a call for solidarity across the region."),
        ("right-to-food", ["food", "climate", "covid-19", "social-contract"], "Connects the pandemic and the climate crisis with a coming food crisis, argues that peasants' rights under UNDROP underpin the right to food in grain-poor Korea, and asks what farmers and citizens can do around the 2021 UN Food Systems Summit."),
        ("blc-workshop", ["hr-education"], "RWI, UCLG ASPAC and Gwangju run the Blended Learning Course; in its third round, participants were to reflect online on what they learned and on their projects."),
        ("closing-ceremony", ["hrc-movement"], "Closing: reports from the main sessions by co-organisers, the Forum Declaration with its five commitments, a highlight video and participants' impressions."),
        ("round-table", [], "Nothing is known of this round table except that the Korean programme list counts it among the official events."),
        ("older-persons", ["older-persons", "pandemic-response"], "Older people's rights in times of disaster, as a thematic session."),
        ("disability", ["disability"], "Thematic field on disability named in the forum's preview; no session page survives."),
        ("violence-against-women", ["gender-equality"], "Violence against women was announced as a forum topic; no session page survives."),
        ("myanmar", ["hrc-movement"], "Solidarity with Myanmar in its crisis was announced as a special session; no copy shows it held during the forum itself."),
        ("youth-talk", ["children-youth", "climate"], "RWI and the ASEAN Youth Forum on young people, human rights and the climate crisis."),
        ("teachers-training", ["hr-education", "education"], "Training for human rights teachers invited from across Korea, named in the Korean press."),
        ("iccar-steering-committee", ["hrc-movement", "non-discrimination"], "Global steering committee of UNESCO's coalition of inclusive cities, which chose Gwangju as its next chair."),
        ("iccar-solidarity-panel", ["covid-19", "pandemic-response", "hrc-movement"], "Interactive UNESCO/ICCAR panel on how cities held together in solidarity through the pandemic."),
        ("unesco-art-lab", [], "A pilot Art-Lab for cities, due in 2022, was introduced at one of UNESCO's panels."),
        ("marker-system", ["non-discrimination"], "UNESCO panel with APCAD and the Gwangju International Center on a social inclusion and human rights marker system for Asia-Pacific cities."),
    ],
    "2020": [
        ("opening-ceremony", ["memory", "covid-19", "hrc-movement"], "Online opening marking the forum's tenth edition and forty years since the May 18 uprising, with calls for solidarity between cities in the COVID-19 crisis."),
        ("plenary-1", ["memory", "hrc-movement"], "Cities drew on their own history to propose ways to safe and inclusive human rights cities."),
        ("paper-session", ["research", "sdgs"], "A June 2020 call asked for papers under eight sub-themes (COVID-19 responses among them) about human rights cities and sustainable development; 8 October was set for those selected."),
        ("iccar-steering-committee", ["non-discrimination", "hrc-movement"], "Regional coalitions of UNESCO's inclusive cities network presented revised ten-point plans and discussed an incentive programme to be piloted by Gwangju."),
        ("indonesia", ["hrc-movement"], "Indonesian special session organised by Komnas HAM and INFID, opened by the President's chief of staff on human-rights-friendly regencies and cities."),
        ("t8-migrants", ["migrants", "memory"], "A panel was to follow talks by migrants from Vietnam, the Philippines, Uzbekistan and Sri Lanka who live in Gwangju: what the uprising of May 18 means to them, and what lies ahead for Gwangju as a human rights city."),
        ("plenary-2", ["hrc-movement"], "A 2021 roadmap for the movement, worked on behind closed doors by eight mayors from abroad and five city officials."),
        ("plenary-3", ["covid-19"], "Plenary with UNESCO and UCLG on public services, human rights and the role of local governments after COVID-19."),
        ("t1-social-economy", ["social-economy"], "The social economy: known only as T1 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t2-environment", ["environment"], "The environment: known only as T2 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t3-elderly", ["older-persons"], "Older people: known only as T3 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t4-disability", ["disability"], "Disability: known only as T4 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t5-gender", ["gender"], "Gender: known only as T5 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t6-children", ["children-youth"], "Children: known only as T6 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("t7-safe-cities", ["safe-cities"], "Safe cities: known only as T7 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("s1-right-to-the-city", ["right-to-the-city"], "The right to the city: known only as S1 in the legend of the programme book's timetable; no day, time or speakers were recovered."),
        ("s2-cities-of-memory", ["memory"], "Korean cities marked by state violence met for the 40th anniversary of May 18 to share their work on truth and memory."),
        ("s3-global-youth", ["children-youth"], "S3, a special session for young people; the only copy of its title stops mid-word after 'Right to H'."),
        ("apcad-relaunch", ["non-discrimination", "hrc-movement"], "The Asia-Pacific Coalition of Cities Against Discrimination was relaunched with a ten-point plan for 2020-2030 and Gwangju as interim chair."),
        ("education-center-workshop", ["hr-education"], "Two subjects for one workshop: the Blended Learning Course for local governments in the Asia-Pacific region, and the running of Gwangju's new international centre for human rights education."),
        ("nhrck-anti-discrimination", ["non-discrimination"], "The NHRCK held a session of its own against discrimination at the forum, known from its press release of 7 October 2020."),
        ("defenders-workshop", ["local-hr-systems", "hr-education"], "Held by the NHRCK for the officers and other defenders of human rights who work inside Korea's local governments; known from its press release of 7 October 2020."),
        ("closing-ceremony", ["hrc-movement", "sdgs"], "Online closing that adopted a declaration of five commitments, from a stronger UN role with local governments to shared memory among cities."),
    ],
    "2019": [
        ("training-right-to-the-city", ["right-to-the-city", "sdgs", "hr-education"], "A closed course for invited participants: how local governments can use the right to the city when they put the SDGs and the New Urban Agenda into practice."),
        ("hr-commission-workshop", ["local-hr-systems"], "Took stock of Korea's local human rights ordinances, commissions, offices and officers, and of the tasks ahead for them."),
        ("plenary-1", ["hrc-movement"], "OHCHR, UCLG's human rights committee and cities revisited the principles of human rights cities and new ways of spreading them."),
        ("opening-ceremony", ["hrc-movement"], "Official opening; the UN High Commissioner's video message stressed local governments' part in meeting human rights obligations."),
        ("sdgs-festival", ["sdgs"], "KOICA's festival on the SDGs, peace and global citizenship outside the convention centre, with booths, music and a bicycle parade, toured by forum guests before the opening."),
        ("dark-tour", ["state-violence"], "Guided visit to the places of the 1980 uprising against military rule."),
        ("migrants", ["migrants"], "Are migrants' and refugees' rights protected in Korea and in Gwangju? Local governments' duties and a city that values diversity."),
        ("social-economy", ["social-economy"], "Korean and foreign examples fed a debate on teaching young Koreans about the social economy and on the part local governments can play."),
        ("right-to-housing", ["right-to-the-city"], "The right to housing seen from the side of local government, with Asia as the main focus."),
        ("2030-agenda-1", ["sdgs"], "Localising the SDGs hand in hand with human rights, taken up by an international panel of experts and by an Asian one."),
        ("strategy-meeting-housing", ["right-to-the-city"], "Strategy meeting tying social protection and zero-evictions campaigns to local authorities and movements, mapping housing initiatives and possible alliances."),
        ("right-to-the-city-asia", ["right-to-the-city"], "The right to the city in an Asian setting; our copy of the subtitle stops after 'Right to the City and'."),
        ("disability", ["disability"], "After five years of local policy on leaving institutions and living independently, how can disabled people in Gwangju live in the community? New Zealand's experience was the subject of one talk."),
        ("gender", ["gender"], "Thematic session on gender."),
        ("plenary-2", ["hrc-movement"], "Cities looked for a common, joined-up local strategy on human rights within global agendas."),
        ("combat-hatred", ["non-discrimination"], "Planned talks on the causes of hate in classrooms, on hostility towards migrants, and on how Japan's hate speech law and local ordinances answer hate, all as strategies for sustainable human rights cities."),
        ("cultural-side-events", [], "Korean classical music and a trip to the Gwangju Design Biennale, offered to invited guests."),
        ("networking-dinner", [], "Evening networking party for invited guests."),
        ("children", ["children"], "Seminar by the Gwangju Office of Education on whether cities respect children's and young people's rights, with European, Japanese and Korean cases and discussion by students."),
        ("environment", ["environment"], "Urban waste and plastics: European policy, Greenpeace Korea's campaigns and Gwangju's resource-circulation policy."),
        ("2030-agenda-2", ["sdgs"], "A second international workshop on the 2030 Agenda, where participants exchanged what they had learned as human rights cities; the list of presentations is cut off."),
        ("indonesia-sdgs", ["sdgs", "hrc-movement"], "About thirty Indonesian regencies and cities, it was said, were ready to bring the SDGs into their public services; the session showed how they and Komnas HAM make local government friendly to human rights."),
        ("defenders-workshop", ["local-hr-systems", "hr-education"], "Human rights bodies, investigations, teaching: some forty officers who handle human rights for Korea's regional and local governments compared how they do each and what to improve."),
        ("closing-ceremony", ["hrc-movement"], "The ceremony that ended the main programme; its date is inferred from the Day 2 report."),
        ("elderly", ["older-persons"], "One of 2019's eight thematic sub-sessions, on older people; no date, time or speakers are known."),
        ("state-violence", ["state-violence"], "One of 2019's eight thematic sub-sessions, on violence by the state; no date, time or speakers are known."),
        ("safe-city", [], "Only one press report, of 1 September 2019, adds Safe City to the thematic topics; no other source mentions it."),
        ("training-asian-officials", ["hr-education"], "Hurights describes a course on local government and human rights; the closing newsletter highlighted this training for Asian governments, but its title breaks off before saying whom it was for."),
        ("paper-sessions", ["research", "sdgs"], "Junior and senior scholars' sessions on local governments, human rights and sustainable development."),
        ("hr-policy-session", ["hrc-movement"], "Komnas HAM took part in this policy session on human rights cities in a global context; the only copy breaks off inside the title."),
        ("nhrck-films-books", ["hr-education"], "Screenings of fifteen human rights films and a display of human rights books by the NHRCK, announced for the whole forum period."),
    ],
}
