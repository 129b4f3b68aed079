"""Held-out review, round 2, of the quotes stage: wire stories, a court report and an interview
written for this review (fictional, never from the corpus). Each case pins a fix made after
reading them:

- wire copy puts a title and a full name before the verb of an incise ("“...,” union spokesman
  Pieter van Dam told reporters"): the verb may come after a subject of up to seven words;
- an indefinite role ("a police spokesman said") is an unnamed source, even when someone else
  was given that role before ("union spokesman X"); an organisation noun ("The dockers' union
  said") is never a person's role, though a title may use it as a modifier;
- a lone opening « that the parser makes a sentence of its own does not push the person just
  named one sentence further from the pronoun of the incise ("Le prévenu, X, a nié ... « ... »,
  a-t-il affirmé" is X, not the prosecutor quoted before);
- sentences inside quotations do not count as distance for a pronoun: an interview's long answers
  keep the interviewee in reach of "poursuit-elle";
- "la guide a rencontré X ... dit-elle": a subject given by a title takes up the person who holds
  it, not an unknown person.
"""
from __future__ import annotations

import pytest

from quote_helpers import extract, quote, speaker

pytestmark = pytest.mark.slow


DOCKS = """\
Dockers walk out at Antwerp

ANTWERP, May 6 (GWS) - Dockers at the port of Antwerp stopped work on Monday after the employers withdrew a pay offer, port officials said.

"We waited six months for a serious proposal," union spokesman Pieter van Dam told reporters at the gate. "We got nothing."

The dockers' union, which represents some 5,000 workers, said the stoppage would continue until Thursday.

Police detained three pickets on Monday evening after a scuffle near the container terminal, a police spokesman said.
"""


@pytest.fixture(scope="module")
def docks(nlp_en):
    return extract(nlp_en, DOCKS)


def test_title_and_name_before_the_incise_verb(docks):
    q = quote(docks, "serious proposal")
    assert speaker(docks, q) == "Pieter van Dam"
    assert q.cue == "told"
    # the next quotation of the paragraph has no cue and continues the same speaker
    assert speaker(docks, quote(docks, "We got nothing")) == "Pieter van Dam"


def test_indefinite_role_is_unnamed_even_when_the_role_was_given(docks):
    q = quote(docks, "detained three pickets")
    assert q.speaker is None and q.anonymous, speaker(docks, q)


def test_organisation_noun_is_not_a_persons_role(docks):
    q = quote(docks, "until Thursday")
    assert speaker(docks, q) != "Pieter van Dam"


COUR = """\
Procès de l'effondrement d'un parking à Grenoble

Le procureur a requis lundi trois ans de prison contre le gérant de la société qui entretenait le parking.

Devant le tribunal correctionnel de Grenoble, le procureur de la République, Antoine Mercier, a dénoncé « une faute lourde ». « Les poutres étaient fissurées depuis des années, les contrôles bâclés », a-t-il martelé.

Le prévenu, Bernard Lavigne, 58 ans, a nié toute responsabilité. « Je n'ai jamais été prévenu de ces fissures », a-t-il affirmé à la barre mardi.
"""


@pytest.fixture(scope="module")
def cour(nlp_fr):
    return extract(nlp_fr, COUR)


def test_pronoun_of_the_incise_is_the_person_just_named(cour):
    assert speaker(cour, quote(cour, "Les poutres")) == "Antoine Mercier"
    assert speaker(cour, quote(cour, "jamais été prévenu")) == "Bernard Lavigne"


ENTRETIEN = """\
Le Journal des Vosges
Publié le 3 avril 2025

Marion Leclerc : « La forêt souffre plus vite que prévu »

Garde forestière depuis quinze ans, Marion Leclerc a publié en 2023 un livre sur les épicéas. Elle organise cet été une marche dans le massif. Rencontre.

Qu'avez-vous vu changer ?

« Quand je suis arrivée, les épicéas tenaient encore. Aujourd'hui, des versants entiers sont gris. Les scolytes avancent chaque été.

« Ce qui m'inquiète, c'est la sécheresse. Les sources tarissent dès juin. Les jeunes arbres ne prennent plus. »

Elle se tait un instant, puis reprend : « On ne replantera pas comme avant. Il faudra d'autres essences. »

Et les élus ?

« Ils écoutent, mais ils décident trop tard », poursuit-elle. « La commune a interdit les coupes l'an dernier, après trois incendies. »

La garde forestière a rencontré mardi le président du département, Hugo Martin, pour lui remettre un rapport. Elle le reverra en juin, dit-elle.
"""


@pytest.fixture(scope="module")
def entretien(nlp_fr):
    return extract(nlp_fr, ENTRETIEN)


def test_interview_answers_keep_the_interviewee_in_reach(entretien):
    for words in ("On ne replantera pas", "trop tard", "interdit les coupes"):
        assert speaker(entretien, quote(entretien, words)) == "Marion Leclerc", words
    assert quote(entretien, "trop tard").cue == "poursuit"


def test_subject_given_by_title_takes_up_its_holder(entretien):
    q = quote(entretien, "le reverra en juin")
    assert speaker(entretien, q) == "Marion Leclerc"
