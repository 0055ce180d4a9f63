"""Theme topics shared by the editions' vocabularies: id -> (name, what it covers).

Editions that announced the same subject use the same id, so a theme can be followed across years.
"""

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
    "community": ("Villages and communities", "Village communities and grassroots participation."),
    "anti-violence": ("A culture against violence", "Spreading a culture that resists war and violence."),
    "civic-space": ("Civic space", "Room for citizens and civil society to speak and act, online and offline."),
    "civil-society": ("Civil society", "Civil society organisations and what they need to act."),
    "poverty": ("Poverty and inequality", "Urban poverty, inequality, care and public services."),
    "housing": ("Housing", "Housing and a decent place to live."),
    "youth": ("Youth", "Young adults' rights and youth policy."),
    "housework": ("Housework", "Unpaid housework and care, and the gender inequality in them."),
    "lgbtqi": ("LGBTQI", "Rights of sexual minorities."),
    "democracy": ("Democracy and participation", "Citizen participation and local democracy."),
    "urban-development": ("Urban development", "How cities are developed and regenerated."),
}


def announced(where, ids_and_names):
    """Themes from the thematic fields an edition announced (`where` says which and where):
    (id, the field's name as stated) each."""
    return [(t, name, f"{where}. {TOPICS[t][1]}") for t, name in ids_and_names]


def forum_theme(year, t, name):
    """The subject of an edition's own theme."""
    return (t, name, f"The {year} forum's theme. {TOPICS[t][1]}")


def cross_cutting(year, ids):
    """Topics named by an edition's ceremonies, plenaries, special and network sessions."""
    return [(t, TOPICS[t][0], f"Cross-cutting topic of the {year} sessions. {TOPICS[t][1]}") for t in ids]
