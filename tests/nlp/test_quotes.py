"""The quote stage on French examples written for the project: each construction it must read.

Entities are built by hand (mentions found by name in the text, titles given), then the stage is
called on the parsed doc, so these tests do not depend on the entities stage.
"""
from __future__ import annotations


import pytest

from quote_helpers import analyse


PEOPLE = {
    "dubois": ("PER", ("Claire Dubois", "Dubois"), ("ministre de la Santé",)),
    "martin": ("PER", ("Paul Martin", "Martin"), ("maire de Lyon",)),
    "afp": ("ORG", ("AFP",), ()),
}


def test_guillemets_split_by_an_incise_are_one_quote_with_a_pronoun_speaker(nlp_fr):
    text = ("La ministre de la Santé, Claire Dubois, a reçu mardi le maire Paul Martin.\n\n"
            "« Nous ne fermerons aucun service », a-t-elle déclaré, « les urgences resteront ouvertes. »")
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.direct and len(q.parts) == 2
    assert q.text.startswith("Nous ne fermerons") and q.text.endswith("ouvertes.")
    assert "a-t-elle déclaré" not in q.text
    assert q.speaker == "dubois" and q.speaker_text == "elle" and "déclaré" in q.cue
    assert text[q.start:q.end].startswith("Nous") and q.end <= len(text)


def test_masculine_pronoun_goes_to_the_man_of_two_candidates(nlp_fr):
    text = ("Le maire Paul Martin a reçu mardi la ministre Claire Dubois.\n\n"
            "« Le tramway sera prolongé jusqu'à la gare », a-t-il assuré.")
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.speaker == "martin"


def test_curly_quotes_with_inverted_subject_and_addressee(nlp_fr):
    text = "“Le budget sera bouclé avant l'été”, a déclaré Paul Martin à l'AFP."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.text == "Le budget sera bouclé avant l'été"
    assert q.speaker == "martin" and q.addressee == "afp" and q.addressee_text == "l'AFP"


def test_straight_quotes_after_an_introducing_clause(nlp_fr):
    text = 'Claire Dubois a expliqué : "Les hôpitaux manquent de soignants depuis des années."'
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.direct and q.speaker == "dubois" and q.text.startswith("Les hôpitaux")


def test_dialogue_dash_line_cut_around_its_incise(nlp_fr):
    text = "— Je partirai demain, dit Paul Martin, et je ne reviendrai pas avant l'hiver."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert len(q.parts) == 2 and "dit" not in q.text.split()
    assert q.text.endswith("hiver.") and q.speaker == "martin"


def test_quote_over_two_paragraphs_reopened_with_a_guillemet(nlp_fr):
    text = ("Paul Martin a ouvert la séance du conseil municipal.\n\n"
            "« La ville investira dans les écoles et les crèches cette année.\n\n"
            "« Les travaux du pont commenceront au printemps », a conclu Paul Martin.")
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.direct and len(q.parts) == 2
    assert "écoles" in q.text and "pont" in q.text and q.speaker == "martin"


def test_quote_nested_in_indirect_speech_is_one_direct_quote_of_the_outer_speaker(nlp_fr):
    text = "Claire Dubois a affirmé que le gouvernement « ne reculera pas devant les syndicats »."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.direct and q.text == "ne reculera pas devant les syndicats" and q.speaker == "dubois"


def test_scare_quoted_term_is_not_a_quote(nlp_fr):
    text = "Le maire a dénoncé une « mascarade électorale » lors du conseil de lundi."
    assert analyse(nlp_fr, text, PEOPLE) == []


def test_short_exclamation_with_an_incise_is_a_quote(nlp_fr):
    (q,) = analyse(nlp_fr, "« Jamais ! », a lancé Paul Martin.", PEOPLE)
    assert q.speaker == "martin"


@pytest.mark.parametrize("verb", ["a déclaré", "a souligné", "a précisé", "a indiqué", "a annoncé", "estime"])
def test_indirect_speech_with_a_que_clause(nlp_fr, verb):
    text = f"Claire Dubois {verb} que les hôpitaux recruteraient mille infirmiers cette année."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert not q.direct and q.speaker == "dubois"
    assert q.text == "les hôpitaux recruteraient mille infirmiers cette année"
    assert text.endswith(q.text + ".") and q.cue.endswith(verb.split()[-1])


def test_selon_and_dapres_attribute_the_rest_of_the_sentence(nlp_fr):
    text = ("Selon Paul Martin, le chantier du pont sera terminé en juin.\n\n"
            "Les écoles rouvriront lundi, d'après Claire Dubois.")
    q1, q2 = analyse(nlp_fr, text, PEOPLE)
    assert (q1.speaker, q1.cue.lower(), q1.text) == ("martin", "selon", "le chantier du pont sera terminé en juin")
    assert (q2.speaker, q2.text) == ("dubois", "Les écoles rouvriront lundi")


def test_selon_without_a_source_is_not_speech(nlp_fr):
    assert analyse(nlp_fr, "Les salaires varient selon les régions et les métiers du secteur.", PEOPLE) == []


def test_anonymous_source(nlp_fr):
    (q,) = analyse(nlp_fr, "Selon une source proche du dossier, l'accord sera signé jeudi à Genève.", PEOPLE)
    assert q.speaker is None and q.anonymous and "accord" in q.text


def test_role_resolved_through_the_titles_of_the_article(nlp_fr):
    text = ("Claire Dubois a visité l'hôpital avec Paul Martin.\n\n"
            "« Nous ouvrirons un nouveau service de pédiatrie », a annoncé la ministre.\n\n"
            "« La ville financera le parking », a ajouté le maire.")
    q1, q2 = analyse(nlp_fr, text, PEOPLE)
    assert (q1.speaker, q1.speaker_text) == ("dubois", "la ministre")
    assert (q2.speaker, q2.speaker_text) == ("martin", "le maire")


def test_question_is_not_reported_speech(nlp_fr):
    assert analyse(nlp_fr, "Paul Martin a demandé si le chantier serait fini avant l'été.", PEOPLE) == []


def test_successive_quoted_paragraphs_keep_their_speaker(nlp_fr):
    text = ("« Le déficit sera réduit de moitié », a affirmé Claire Dubois.\n\n"
            "« Aucun hôpital ne fermera ses portes pendant les travaux. »")
    q1, q2 = analyse(nlp_fr, text, PEOPLE)
    assert q1.speaker == q2.speaker == "dubois" and q2.cue is None


def test_clause_handed_over_by_a_colon_names_the_speaker(nlp_fr):
    text = "Le maire Paul Martin haussa les épaules : « Nous verrons bien ce que décidera le conseil. »"
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.speaker == "martin" and q.text.startswith("Nous verrons")


def test_narration_after_a_dialogue_incise_stays_out(nlp_fr):
    text = "— Sortez tout de suite ! s'écria Paul Martin, qui tremblait de colère."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.text == "Sortez tout de suite !" and q.speaker == "martin"


def test_content_before_its_reporting_clause(nlp_fr):
    text = ("La piscine municipale rouvrira ses portes en septembre, a annoncé mardi Paul Martin.\n\n"
            "Les travaux ont coûté deux fois plus que prévu, a-t-il reconnu.")
    q1, q2 = analyse(nlp_fr, text, PEOPLE)
    assert (q1.text, q1.speaker, q1.direct) == ("La piscine municipale rouvrira ses portes en septembre", "martin", False)
    assert (q2.text, q2.speaker) == ("Les travaux ont coûté deux fois plus que prévu", "martin")


def test_a_time_or_a_place_after_a_is_not_an_addressee(nlp_fr):
    text = "« Le dossier avance bien », a déclaré Paul Martin à l'issue de la réunion."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.speaker == "martin" and q.addressee is None and q.addressee_text is None


def test_addressee_that_is_an_audience_but_no_entity(nlp_fr):
    text = "« Le dossier avance bien », a confié Paul Martin aux journalistes."
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.addressee is None and q.addressee_text == "journalistes"


def test_unnamed_official_of_a_named_party_is_anonymous(nlp_fr):
    people = {**PEOPLE, "parti": ("ORG", ("Parti vert",), ())}
    text = ("Interrogé par l'AFP, un responsable du Parti vert qui a requis l'anonymat a indiqué que "
            "la direction « ne soutiendra pas cette réforme ».")
    (q,) = analyse(nlp_fr, text, people)
    assert q.speaker is None and q.anonymous and q.direct


def test_short_quoted_fragment_inside_reported_speech_stays_in_it(nlp_fr):
    text = ("Claire Dubois a estimé que le nouveau plan restait « la seule réponse sérieuse » "
            "pour désengorger les urgences des hôpitaux publics.")
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert not q.direct and q.speaker == "dubois" and "seule réponse" in q.text and q.text.endswith("publics")


def test_incise_ends_at_its_comma(nlp_fr):
    text = ("« Rien n'est décidé », a affirmé M. Martin à l'issue de la réunion, "
            "selon un communiqué de la mairie.")
    (q,) = analyse(nlp_fr, text, PEOPLE)
    assert q.speaker == "martin" and q.direct


def test_a_capital_that_speaks_is_the_speaker(nlp_fr):
    people = {**PEOPLE, "paris": ("LOC", ("Paris",), ())}
    (q,) = analyse(nlp_fr, "Paris a démenti que des négociations secrètes aient eu lieu avec les rebelles.", people)
    assert q.speaker == "paris" and not q.direct


def test_quoted_title_without_a_cue_is_not_a_quote(nlp_fr):
    text = ("Le Sénat examinera mardi la proposition de loi « pour une sécurité globale des "
            "transports publics urbains » déposée en janvier.")
    assert [q for q in analyse(nlp_fr, text, PEOPLE) if q.direct] == []


def test_quote_paragraph_after_reported_speech_keeps_its_speaker(nlp_fr):
    text = ("Claire Dubois a annoncé que trois nouvelles maternités ouvriraient en 2026.\n\n"
            "« Aucune région ne sera oubliée. »")
    q1, q2 = analyse(nlp_fr, text, PEOPLE)
    assert not q1.direct and q2.direct and q2.speaker == "dubois"
