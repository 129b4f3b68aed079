"""Entities on articles the project had not seen when its rules were written (held-out review).

Four pages written for these tests, in the genre the project reads (a banner, a date line, a
headline, a body, credits): Middle East militias with one man spelled several ways, French domestic
politics with "M." and "Mme", organisations written as acronym, full name and short form, and an
English wire story. Each test pins one error the review found and the general rule that fixed it.
"""
from __future__ import annotations

import pytest

from entity_helpers import analysed as _record, holding, one

MILICES = """L'ORIENT DU SOIR

Publié le 12/03/2024 à 10h15

Le chef d'état-major iranien reçu à Bagdad par les responsables des milices

Beyrouth, 5 mars (AFP) - Le chef d'état-major des forces armées iraniennes, le général Mohammad \
Bagheri, s'est rendu mardi à Bagdad pour une visite de deux jours, selon des sources proches du Hachd \
al-Chaabi.

Mohammed Baqeri a rencontré le Premier ministre irakien Mohammed Chia al-Soudani, puis les dirigeants \
des Kataeb Hezbollah et de l'organisation Badr. Selon un communiqué de l'ambassade d'Iran, le général \
Baqeri a insisté sur « la coordination entre les forces de la résistance ».

Le chef de l'organisation Badr, Hadi al-Ameri, a accueilli la délégation iranienne à l'aéroport. \
Al-Ameri a affirmé que les discussions avaient porté sur la sécurité des frontières et le retrait des \
forces de la coalition. « Nous ne voulons pas d'une nouvelle guerre », a-t-il déclaré aux journalistes.

Bagheri, qui dirige l'état-major depuis 2016, avait déjà visité l'Irak en novembre. Sa venue intervient \
alors que les Kataeb Hezbollah ont annoncé la suspension de leurs attaques contre les bases américaines \
en Syrie et en Irak.

Le porte-parole du ministère irakien des Affaires étrangères, Ahmed al-Sahhaf, a déclaré que Bagdad \
refusait que son territoire devienne « un champ de bataille ». Le ministre des Affaires étrangères \
Fouad Hussein doit se rendre à Téhéran la semaine prochaine.

Abou Fadak al-Mohammadaoui, chef d'état-major du Hachd, a pour sa part salué « une visite \
fraternelle ». Selon lui, Mohammad Bagheri a promis une aide en matière de drones et de formation.

Par Karim Haddad
"""

RETRAITES = """LA GAZETTE DES RÉGIONS
Politique
Mis à jour le 3 avril 2024 à 18h02

Réforme des retraites : la Première ministre face à la fronde des maires

Par Jean Dupont

La Première ministre, Élisabeth Morvan, a reçu mardi à Matignon les représentants de l'Association \
des maires de France (AMF), inquiets des conséquences de la réforme pour les agents territoriaux.

Mme Morvan a promis « une concertation réelle » avant la présentation du texte au Conseil des \
ministres. Le président de l'AMF, David Lisnard, a jugé la réunion « utile mais insuffisante ». \
M. Lisnard, maire de Cannes, réclame un report de six mois.

Le ministre de l'Économie Bruno Le Maire a défendu le calendrier devant l'Assemblée nationale. « Nous \
n'avons pas le luxe d'attendre », a affirmé M. Le Maire, qui doit présenter un nouveau projet de loi en mai.

Selon un sondage publié dimanche, 68 % des sondés sont opposés au texte. Le syndicat CFDT, dont la \
secrétaire générale Marylise Léon a été reçue lundi, appelle à une journée de mobilisation le 12 avril. \
Mme Léon a prévenu que la CFDT « ne signera rien sans garanties ».
"""

SANTE = """AFRIQUE ÉCO HEBDO

Vendredi 8 mars 2024

L'OMS et l'Union africaine lancent un fonds contre les épidémies

Source : Al-Mayadeen

L'Organisation mondiale de la santé (OMS) et l'Union africaine (UA) ont signé jeudi à Addis-Abeba un \
accord créant un fonds régional de préparation aux épidémies, doté de 500 millions de dollars.

Le président de la Commission de l'Union africaine, Moussa Faki Mahamat, a rappelé que l'Afrique avait \
été « la dernière servie » pendant la pandémie. Selon l'UA, le fonds sera opérationnel dès juillet.

Le fonds sera géré par les Centres africains de contrôle et de prévention des maladies (Africa CDC). \
Le directeur de l'Africa CDC, Jean Kaseya, a indiqué que les premiers financements iraient au Malawi.

La Banque mondiale et la Banque africaine de développement (BAD) participeront au financement. Selon \
la BAD, la contribution de l'institution atteindra 120 millions de dollars sur trois ans. Le sénateur \
Paul Girard (LR) a salué l'accord.
"""

HAITI = """NORTHERN WIRE SERVICE

Published March 14, 2024 at 9:40 am

Kenya's president pledges police mission to Haiti will go ahead

NAIROBI, March 14 (Reuters) - Kenyan President William Ruto said on Thursday that the deployment of \
Kenyan police officers to Haiti would proceed despite a court ruling that blocked it in January.

Kenyan opposition leader Raila Odinga criticised the plan, saying the police force was needed at home. \
Odinga's Orange Democratic Movement (ODM) has filed a new challenge in the High Court. The ODM said \
the ruling was binding.

Reporting by Duncan Miriri in Nairobi; Editing by Alex Richardson
"""


@pytest.fixture(scope="module")
def milices(nlp_fr):
    return _record(MILICES, nlp_fr, "fr")


@pytest.fixture(scope="module")
def retraites(nlp_fr):
    return _record(RETRAITES, nlp_fr, "fr")


@pytest.fixture(scope="module")
def sante(nlp_fr):
    return _record(SANTE, nlp_fr, "fr")


@pytest.fixture(scope="module")
def haiti(nlp_en):
    return _record(HAITI, nlp_en, "en")


def test_one_person_in_three_romanisations_and_a_bare_surname(milices):
    e = one(milices, "Mohammad Bagheri")
    assert e.type == "PER"
    assert {"Mohammed Baqeri", "Baqeri", "Bagheri"} <= {m.text for m in e.mentions}


def test_a_title_before_another_name_is_not_an_apposition_of_the_place_before_it(milices):
    iran = one(milices, "Iran")
    assert iran.type == "LOC" and not iran.titles
    assert one(milices, "Baqeri") is one(milices, "Mohammad Bagheri")


def test_a_surname_with_its_glued_particle_is_one_mention(milices):
    e = one(milices, "Hadi al-Ameri")
    assert "Al-Ameri" in {m.text for m in e.mentions}
    assert not holding(milices, "Ameri")


def test_a_hyphenated_place_is_never_cut_at_its_hyphen(sante):
    assert one(sante, "Addis-Abeba").type == "LOC"
    assert not holding(sante, "Abeba")


def test_an_acronym_in_brackets_joins_its_full_name(sante):
    for full, acronym, bare in (("Union africaine", "UA", 2), ("Banque africaine de développement", "BAD", 2),
                                ("Centres africains de contrôle et de prévention des maladies", "Africa CDC", 2)):
        e = one(sante, full)
        assert e.type == "ORG"
        assert [m.text for m in e.mentions].count(acronym) == bare, (full, e.mentions)
        assert acronym in e.aliases


def test_a_party_in_brackets_after_a_person_is_not_the_persons_name(sante):
    person = one(sante, "Paul Girard")
    assert person.type == "PER" and "LR" not in person.aliases


def test_an_acronym_the_model_missed_is_found_from_its_definition(haiti):
    e = one(haiti, "Orange Democratic Movement")
    assert [m.text for m in e.mentions].count("ODM") == 2


def test_a_family_name_keeps_its_particle(retraites):
    e = one(retraites, "Bruno Le Maire")
    assert "Le Maire" in e.aliases and "Maire" not in e.aliases
    assert "M. Le Maire" in {m.text for m in e.mentions}


def test_an_organisation_head_keeps_its_lower_case_complement(retraites):
    assert one(retraites, "Conseil des ministres").type == "ORG"
    assert not [e for e in retraites.entities if e.name == "Conseil"]


def test_honorific_forms_join_their_person(retraites):
    for full, short in (("Élisabeth Morvan", "Mme Morvan"), ("David Lisnard", "M. Lisnard"),
                        ("Marylise Léon", "Mme Léon")):
        e = one(retraites, full)
        assert e.type == "PER" and short in {m.text for m in e.mentions}


AXE = """AL-AKHBAR AL-YAWM

Samedi 9 mars 2024 - 14h30

Le Hezbollah et le Hamas coordonnent leur position avant les négociations

Le secrétaire général du Hezbollah, Hassan Nasrallah, a reçu vendredi à Beyrouth une délégation du \
Hamas conduite par Khalil al-Hayya, membre du bureau politique du mouvement palestinien.

Sayyed Nasrallah et Khalil el-Hayeh ont évoqué « l'évolution de la situation sur le terrain ».

À Damas, le président syrien Bachar al-Assad a reçu le ministre iranien des Affaires étrangères, \
Hossein Amir-Abdollahian. Selon l'agence officielle Sana, M. Amir-Abdollahian a réaffirmé le soutien \
de Téhéran. Les factions respecteront « les décisions de l'Etat ».

la source : Al-Mayadeen
"""

FRAPPE = """THE GULF OBSERVER

Updated: 11 March 2024 08:12 GMT

Iraqi militia commander killed in drone strike near Syrian border

By Layla Hassan

BAGHDAD - A senior commander of an armed group was killed on Sunday in a drone strike on his car in \
eastern Syria, two security officials said.

The U.S. Central Command (CENTCOM) said in a statement that its forces had carried out the strike in \
response to attacks on American troops. CENTCOM did not name the target.
"""


@pytest.fixture(scope="module")
def axe(nlp_fr):
    return _record(AXE, nlp_fr, "fr")


@pytest.fixture(scope="module")
def frappe(nlp_en):
    return _record(FRAPPE, nlp_en, "en")


def test_an_honorific_and_a_compound_surname_join_the_full_name(axe):
    assert one(axe, "Sayyed Nasrallah") is one(axe, "Hassan Nasrallah")
    assert one(axe, "M. Amir-Abdollahian") is one(axe, "Hossein Amir-Abdollahian")
    assert one(axe, "Khalil el-Hayeh") is one(axe, "Khalil al-Hayya")


def test_a_title_before_a_name_is_never_given_to_the_place_before_the_comma(axe):
    damas = one(axe, "Damas")
    assert damas.type == "LOC" and not damas.titles
    assert one(axe, "Bachar al-Assad").titles == ("président syrien",)


def test_a_name_after_a_generic_head_and_an_adjective_is_an_organisation(axe):
    assert one(axe, "Sana").type == "ORG"


def test_the_state_as_a_common_noun_is_not_an_entity(axe):
    assert not holding(axe, "Etat")


def test_a_syllabic_acronym_joins_its_full_name(frappe):
    e = one(frappe, "U.S. Central Command")
    assert [m.text for m in e.mentions].count("CENTCOM") == 2


def test_a_hyphenated_title_word_keeps_its_complement(milices):
    e = one(milices, "Abou Fadak al-Mohammadaoui")
    assert e.titles == ("chef d'état-major du Hachd",)
    assert "chef d'état-major des forces armées iraniennes" in one(milices, "Mohammad Bagheri").titles


def test_an_english_title_keeps_its_lower_case_modifiers(haiti):
    assert one(haiti, "Raila Odinga").titles == ("Kenyan opposition leader",)
    assert one(haiti, "William Ruto").titles == ("Kenyan President",)


SADR = """IRAK ACTU

Publié le 2 mai 2024 à 09h00, mis à jour le 2 mai 2024 à 11h20

Irak : Moqtada al-Sadr appelle ses partisans à manifester contre la corruption

BAGDAD - Le leader chiite irakien Moqtada al-Sadr a appelé jeudi ses partisans à descendre dans la \
rue vendredi à Bagdad, a annoncé son bureau. Dans un message publié sur les réseaux sociaux, Moktada \
Sadr a demandé aux manifestants de rester pacifiques. Le bureau de M. Sadr a précisé que sa branche \
armée ne participerait pas au rassemblement.

Le grand ayatollah Ali al-Sistani ne s'est pas exprimé. Mais un représentant de Sistani à Kerbala, \
cheikh Abdel Mahdi al-Karbalaï, a appelé lors du prêche du vendredi à « préserver l'unité du pays ».

L'envoyée de l'ONU en Irak a rencontré mardi le président de la République, Abdel Latif Rachid.

Avec AFP
"""


@pytest.fixture(scope="module")
def sadr(nlp_fr):
    return _record(SADR, nlp_fr, "fr")


def test_spellings_with_and_without_the_article_and_an_honorific_are_one_person(sadr):
    e = one(sadr, "Moqtada al-Sadr")
    assert {"Moktada Sadr", "M. Sadr"} <= {m.text for m in e.mentions}
    assert one(sadr, "Sistani") is one(sadr, "Ali al-Sistani")


def test_a_place_named_as_one_never_joins_a_person_whose_name_derives_from_it(sadr):
    kerbala = one(sadr, "Kerbala")
    assert kerbala.type == "LOC"
    assert kerbala is not one(sadr, "Abdel Mahdi al-Karbalaï")


def test_a_title_and_its_complement_alone_are_a_role_not_a_person(sadr):
    assert not [e for e in sadr.entities if "République" in e.name]
    assert one(sadr, "Abdel Latif Rachid").titles == ("président de la République",)


def test_document_fields_of_a_wire_page_with_two_dates_and_a_closing_credit(sadr):
    doc = sadr.article
    assert (doc.outlet, doc.published, doc.original_source) == ("Irak Actu", "2024-05-02", "AFP")
    assert doc.text.startswith("Le leader chiite") and not doc.text.rstrip().endswith("AFP")


def test_a_bare_head_joins_the_one_organisation_it_names(nlp_fr):
    text = ("Le ministre a défendu le texte devant l'Assemblée nationale.\n\nLa présidente du groupe à "
            "l'Assemblée a dénoncé un passage en force.\n\nLa Banque mondiale et la Banque africaine de "
            "développement paieront. La Banque a confirmé.")
    record = _record(text, nlp_fr, "fr")
    assert one(record, "Assemblée") is one(record, "Assemblée nationale")
    assert one(record, "Banque mondiale") is not one(record, "Banque africaine de développement")
    assert not [e for e in holding(record, "Banque") if e.name != "Banque"]


def test_a_place_written_again_is_a_mention_even_where_the_model_left_it(nlp_fr):
    text = ("Les deux organisations ont signé jeudi à Addis-Abeba un accord sur la santé.\n\n"
            "Le fonds sera géré par un centre basé à Addis-Abeba, a précisé un responsable.")
    e = one(_record(text, nlp_fr, "fr"), "Addis-Abeba")
    assert e.type == "LOC" and len(e.mentions) == 2

