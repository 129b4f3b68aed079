"""Held-out review of the quotes stage: articles written for this review (fictional, never from the
corpus), read the way an annotator would. Each case pins a fix made after reading them:

- a name that closes the sentence after a comma names the role before it ("a réagi le délégué du
  syndicat, Marc Guérin"), even when the parse hangs it on the verb: not the organisation of the role;
- a cue inside a quotation does not reach back across a comma to the quotation's own auxiliary
  ("« Nous avons, a expliqué la directrice, un carnet ... »": the cue is "a expliqué");
- a source given by an attribution cue ("according to a spokesman") is a candidate antecedent of the
  next pronoun, like a subject: "He said" is the spokesman (unnamed), not the woman quoted before;
- a quotation running over two paragraphs (French: the new paragraph reopens with «) is one quote.
"""
from __future__ import annotations

import pytest

from quote_helpers import extract, quote, speaker

pytestmark = pytest.mark.slow


CHANTIERS = """\
Démission du patron des chantiers navals de Brest

Le directeur général des chantiers navals de Brest, Alain Kerjean, a démissionné mardi, après l'annulation d'une commande de deux ferries.

Le conseil d'administration a confié l'intérim à la directrice financière, Sophie Le Bihan. « Nous avons, a expliqué la directrice devant les salariés, des commandes pour quatre ans. »

Les syndicats restent prudents. « On a vu passer trois patrons en six ans », a réagi le délégué de la CGT, Yann Quéré. « Ce qui compte, c'est l'emploi. Les ouvriers ne paieront pas les erreurs de la direction.

« Nous demanderons des garanties dès lundi », a-t-il ajouté.
"""


@pytest.fixture(scope="module")
def chantiers(nlp_fr):
    return extract(nlp_fr, CHANTIERS)


def test_name_after_role_and_comma_is_the_speaker_not_the_union(chantiers):
    q = quote(chantiers, "trois patrons")
    assert speaker(chantiers, q) == "Yann Quéré"
    assert q.cue == "a réagi"


def test_cue_inside_a_quotation_stops_at_the_comma(chantiers):
    q = quote(chantiers, "commandes pour quatre ans")
    assert q.cue == "a expliqué"
    assert q.text.startswith("Nous avons")


def test_quotation_over_two_paragraphs_is_one_quote(chantiers):
    q = quote(chantiers, "Ce qui compte")
    assert "garanties dès lundi" in q.text and len(q.parts) == 2
    assert speaker(chantiers, q) == "Yann Quéré"
    assert q.cue == "a-t-il ajouté"


WIRE = """\
Kenya and Ethiopia resume border talks

NAIROBI, Oct 18 (GWS) - Kenyan Foreign Minister Alice Wambui said the talks would also cover energy. "Ethiopia sells us electricity, and we want to buy more of it," she told reporters.

According to a spokesman for the Ethiopian foreign ministry, the government welcomed the talks. He said they could lead to an agreement on grazing rights.
"""


@pytest.fixture(scope="module")
def wire(nlp_en):
    return extract(nlp_en, WIRE)


def test_pronoun_after_according_to_an_unnamed_source(wire):
    assert speaker(wire, quote(wire, "buy more of it")) == "Alice Wambui"
    q = quote(wire, "grazing rights")
    assert q.speaker is None, speaker(wire, q)
