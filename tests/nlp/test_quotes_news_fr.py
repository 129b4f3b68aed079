"""French news written for the project (fictional), through the whole pipeline: speakers by
salience, roles, organisations, unnamed sources, headlines, 'selon', incises with an audience."""
from __future__ import annotations

import pytest

from quote_helpers import extract, quote, speaker


HOPITAUX = """\
La ministre de la Santé annonce un plan pour les hôpitaux ruraux

La ministre de la Santé, Claire Vautrin, a présenté mardi à Rennes un plan de 400 millions d'euros destiné aux hôpitaux des zones rurales. Elle était accompagnée du président de la région, Marc Lebrun.

« Aucun Français ne doit vivre à plus de trente minutes d'un service d'urgence », a-t-elle déclaré devant les soignants réunis au centre hospitalier. « Nous financerons d'abord les services qui ferment la nuit », a-t-elle ajouté.

Marc Lebrun a salué un effort « attendu depuis dix ans ». Il a toutefois estimé que les crédits resteraient insuffisants sans recrutement massif d'infirmiers.

Selon une source proche du dossier, le plan devait initialement être annoncé en janvier mais a été retardé par des arbitrages budgétaires.

Le ministère de la Santé a affirmé dans un communiqué que les premiers versements interviendraient avant la fin de l'année.

La Fédération hospitalière a pour sa part jugé le calendrier « irréaliste ».
"""


DOCKERS = """\
« Nous ne signerons pas cet accord », prévient la CGT des dockers

Les négociations entre les dockers du port de Marseille et la direction du port ont échoué jeudi, après douze heures de discussions.

Le secrétaire général du syndicat, Julien Marchetti, a été reçu par le directeur du port, Olivier Fabre, avec qui il a discuté des horaires de nuit et des salaires. « La direction veut nous faire travailler plus pour gagner moins », a-t-il dénoncé à la sortie de la réunion.

Olivier Fabre a répondu que l'entreprise ne pouvait pas augmenter les salaires de 8 % sans mettre en danger son activité. « Nous avons fait une offre sérieuse », a déclaré le directeur.

D'après un responsable du syndicat qui a requis l'anonymat, une grève de trois jours pourrait commencer lundi.

La préfète des Bouches-du-Rhône, Sandrine Morel, a appelé les deux parties au calme. « Le port ne peut pas rester bloqué une semaine de plus », a-t-elle estimé. Elle a précisé qu'une médiation serait proposée dès vendredi.
"""


INCENDIE = """\
Incendie à Lyon : le maire promet une enquête rapide

Un incendie a détruit dans la nuit de samedi à dimanche un immeuble du quartier de la Guillotière, à Lyon, faisant quatre blessés légers.

Le maire de Lyon, Antoine Delcourt, s'est rendu sur place dimanche matin avec la commissaire Hélène Rossi, chargée de l'enquête. Il a rencontré les familles évacuées et les pompiers.

« Je veux savoir pourquoi les alarmes n'ont pas fonctionné », a déclaré le maire aux journalistes. « Les habitants ont le droit d'avoir des réponses », a-t-il ajouté.

Selon la commissaire, l'hypothèse d'un acte criminel n'est pas écartée. Elle a indiqué que des témoins avaient vu deux hommes quitter l'immeuble peu avant minuit.

Les pompiers ont précisé que le feu était parti d'un local à poubelles, selon les premières constatations.

Un voisin, qui a souhaité rester anonyme, a raconté avoir été réveillé par des cris. « On a eu très peur, on a tout laissé derrière nous », a-t-il confié à l'AFP.
"""


UNION = """\
Législatives : la présidente du parti écologiste appelle à l'union de la gauche

La présidente des Verts, Agnès Colin, a appelé dimanche à une liste commune de la gauche pour les élections législatives, lors d'un meeting à Nantes.

Elle s'est entretenue la veille avec le dirigeant socialiste Paul Renaud, qui s'est montré prudent. « Nous ne voulons pas d'un accord signé à la va-vite », a-t-il expliqué à Ouest-France.

Mme Colin a répondu qu'il n'y avait « plus de temps à perdre ». « Chaque semaine perdue est une semaine gagnée pour l'extrême droite », a-t-elle lancé devant ses militants.

D'après un sondage publié samedi, une liste unique obtiendrait 28 % des voix.

Un proche de Paul Renaud assure toutefois que les négociations pourraient aboutir avant la fin du mois.

Le Parti socialiste a indiqué dans un communiqué qu'il réunirait son bureau national mardi.
"""


@pytest.fixture(scope="module")
def records(nlp_fr):
    return {name: extract(nlp_fr, text) for name, text in
            {"hopitaux": HOPITAUX, "dockers": DOCKERS, "incendie": INCENDIE, "union": UNION}.items()}


def test_incise_with_an_audience_and_a_place_is_a_cue(records):
    r = records["hopitaux"]
    q = quote(r, "trente minutes")
    assert q.direct and q.cue == "a-t-elle déclaré" and speaker(r, q) == "Claire Vautrin"
    assert speaker(r, quote(r, "ferment la nuit")) == "Claire Vautrin"


def test_fragment_quoted_in_narration_belongs_to_the_sentence_subject(records):
    r = records["hopitaux"]
    assert speaker(r, quote(r, "attendu depuis dix ans")) == "Marc Lebrun"
    q = quote(r, "crédits resteraient")
    assert not q.direct and q.speaker_text == "Il" and speaker(r, q) == "Marc Lebrun"


def test_unnamed_source_and_ministry(records):
    r = records["hopitaux"]
    q = quote(r, "arbitrages budgétaires")
    assert not q.direct and q.speaker is None and q.anonymous and q.cue == "Selon"
    q = quote(r, "premiers versements")
    assert not q.direct and speaker(r, q) == "ministère de la Santé" and q.cue == "a affirmé"
    assert not any("irréaliste" in x.text for x in r.quotes)  # a one-word scare quote


def test_headline_quote_from_an_organisation_is_not_its_own_addressee(records):
    r = records["dockers"]
    q = quote(r, "Nous ne signerons pas")
    assert q.direct and speaker(r, q) == "CGT" and q.addressee is None
    assert q.speaker_text == "la CGT des dockers"


def test_pronoun_is_the_subject_not_the_name_after_avec_qui(records):
    """"X a été reçu par Y, avec qui il a discuté ... « ... », a-t-il dénoncé": il is X."""
    r = records["dockers"]
    assert speaker(r, quote(r, "gagner moins")) == "Julien Marchetti"
    assert speaker(r, quote(r, "ne pouvait pas augmenter")) == "Olivier Fabre"
    q = quote(r, "offre sérieuse")
    assert q.speaker_text == "le directeur" and speaker(r, q) == "Olivier Fabre"
    q = quote(r, "grève de trois jours")
    assert q.speaker is None and q.anonymous and q.cue == "D'après"
    assert speaker(r, quote(r, "rester bloqué")) == "Sandrine Morel"
    assert speaker(r, quote(r, "médiation serait proposée")) == "Sandrine Morel"


def test_role_selon_and_anonymous_pronoun(records):
    r = records["incendie"]
    q = quote(r, "alarmes")
    assert q.speaker_text == "le maire" and speaker(r, q) == "Antoine Delcourt"
    assert q.addressee_text == "journalistes"
    assert speaker(r, quote(r, "droit d'avoir des réponses")) == "Antoine Delcourt"
    q = quote(r, "acte criminel")
    assert q.cue == "Selon" and speaker(r, q) == "Hélène Rossi"
    assert speaker(r, quote(r, "deux hommes quitter")) == "Hélène Rossi"
    # "Un voisin, qui a souhaité rester anonyme, a raconté ... « ... », a-t-il confié à l'AFP"
    q = quote(r, "très peur")
    assert q.speaker is None and q.anonymous and q.addressee_text == "l'AFP"


def test_pronouns_follow_the_topic_across_paragraphs(records):
    r = records["union"]
    assert speaker(r, quote(r, "va-vite")) == "Paul Renaud"
    assert speaker(r, quote(r, "semaine perdue")) == "Agnès Colin"
    q = quote(r, "aboutir avant la fin du mois")
    assert q.speaker is None and q.anonymous
    assert speaker(r, quote(r, "bureau national")) == "Parti socialiste"


def test_visiting_minister_example(nlp_fr):
    """The project's example: "Haddad a été reçu par son homologue, Ben Salem, avec qui il a
    évoqué ... « ... », a-t-il déclaré": il is the minister, the subject and the topic."""
    from pathlib import Path

    import newsgraph

    path = Path(newsgraph.__file__).parent / "examples" / "fr_visite_ministre.txt"
    r = extract(nlp_fr, path.read_text(encoding="utf-8"))
    q = quote(r, "circulent plus librement")
    assert q.speaker_text == "il" and speaker(r, q) == "Karim Haddad"
