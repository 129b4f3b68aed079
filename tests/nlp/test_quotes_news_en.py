"""English news written for the project (fictional), through the whole pipeline: 'according to',
fronted content with 'officials said', 'said in a statement', 'told AFP', pronouns by salience."""
from __future__ import annotations

import pytest

from quote_helpers import extract, quote, speaker


BOMBING = """\
Police arrest three suspects after market bombing in Basra

According to a government spokesman, Iraqi police arrested three suspects on Tuesday in connection with the bombing of a crowded market in Basra.

The attack on Sunday killed eleven people and wounded more than thirty, the health ministry said.

Interior Minister Hassan al-Jaberi met provincial governor Ali Kareem on Monday to discuss security at markets and mosques, officials said.

"Those responsible will face the full force of the law," al-Jaberi said in a statement. He added that patrols would be doubled across the province.

A senior police officer, who spoke on condition of anonymity, told AFP that the suspects had been under surveillance for weeks.

The governor said residents had asked for more checkpoints near the old city. "People are afraid to go shopping," he told reporters.
"""


PLANT = """\
"We will not close the plant," says carmaker chief

The chief executive of Norvik Motors, Laura Bennett, said on Wednesday that the company would keep its factory in Leeds open despite falling sales.

Bennett met union leader Tom Harris at the plant on Tuesday. She told workers that no jobs would be cut this year.

"This factory has a future, and we are going to invest in it," Bennett said. "We are asking for patience while we retool the lines," she added.

Harris welcomed the announcement but said the union wanted written guarantees. "Promises are not enough for families who have waited two years," he said.

The company said in a statement that it would invest 200 million pounds in electric vehicle production at the site.

According to people familiar with the matter, the board had considered moving production to Spain last year.
"""


SENATE = """\
Senator blocks budget bill, citing spending on defense

WASHINGTON - Senator Rachel Ortiz blocked a vote on the budget bill on Thursday, saying it spent too much on defense and too little on health care.

Ortiz spoke after a closed-door meeting with the majority leader, Daniel Price. She said the bill would not pass in its current form.

"I will not vote for a budget that cuts care for veterans," Ortiz told reporters outside the chamber. "We can find the money elsewhere."

Price said he was disappointed. "The senator knows this bill is the best deal we can get," he said, adding that talks would continue next week.

The Treasury Department said the government could run out of money by the end of October.

The vote could slip to November, two aides said.
"""


DROUGHT = """\
Drought forces water limits across southern Spain

MADRID (Reuters) - Authorities in Andalusia will cap household water use from next month, the regional government said on Friday, as reservoirs fell to their lowest level in thirty years.

Regional environment minister Carmen Ruiz announced the measures after meeting farmers' representatives in Seville. She said the limits would stay in place until the reservoirs recovered.

"We have no choice. Without rain, there is simply not enough water for everyone," Ruiz told Reuters.

Farmers' leader Miguel Ortega accused the government of acting too late. "They were warned two years ago," he said.

According to the meteorological agency, rainfall has been 40 percent below normal since January.

A spokeswoman for the agriculture ministry said compensation for farmers was under discussion.
"""


@pytest.fixture(scope="module")
def records(nlp_en):
    return {name: extract(nlp_en, text) for name, text in
            {"bombing": BOMBING, "plant": PLANT, "senate": SENATE, "drought": DROUGHT}.items()}


def test_according_to_an_unnamed_spokesman(records):
    r = records["bombing"]
    q = quote(r, "arrested three suspects")
    assert not q.direct and q.speaker is None and q.anonymous and q.cue == "According to"
    assert q.speaker_text == "a government spokesman"


def test_officials_said_after_the_content(records):
    r = records["bombing"]
    q = quote(r, "to discuss security")
    assert not q.direct and q.speaker is None and q.anonymous and q.text.startswith("Interior Minister")


def test_statement_pronoun_and_told_afp(records):
    r = records["bombing"]
    q = quote(r, "full force of the law")
    assert q.direct and speaker(r, q) == "Hassan al-Jaberi"  # the surname the model typed ORG
    assert speaker(r, quote(r, "patrols would be doubled")) == "Hassan al-Jaberi"
    q = quote(r, "under surveillance")
    assert q.speaker is None and q.anonymous and q.addressee_text == "AFP"
    assert speaker(r, quote(r, "more checkpoints")) == "Ali Kareem"
    q = quote(r, "afraid to go shopping")
    assert speaker(r, q) == "Ali Kareem" and q.addressee_text == "reporters"


def test_headline_role_and_apposed_name(records):
    r = records["plant"]
    q = quote(r, "We will not close the plant")
    assert q.direct and speaker(r, q) == "Laura Bennett"
    q = quote(r, "keep its factory in Leeds")
    assert speaker(r, q) == "Laura Bennett"  # "The chief executive of Norvik Motors, Laura Bennett,"
    assert speaker(r, quote(r, "no jobs would be cut")) == "Laura Bennett"
    assert speaker(r, quote(r, "asking for patience")) == "Laura Bennett"
    assert speaker(r, quote(r, "written guarantees")) == "Tom Harris"
    assert speaker(r, quote(r, "Promises are not enough")) == "Tom Harris"
    q = quote(r, "200 million pounds")
    assert not q.direct and q.cue == "said" and not q.anonymous
    q = quote(r, "moving production to Spain")
    assert q.speaker is None and q.anonymous


def test_pronoun_is_the_subject_not_the_name_after_with(records):
    """"Ortiz spoke after a meeting with the majority leader, Daniel Price. She said ...": she is
    Ortiz even though neither name tells its gender."""
    r = records["senate"]
    assert speaker(r, quote(r, "current form")) == "Rachel Ortiz"
    assert speaker(r, quote(r, "veterans")) == "Rachel Ortiz"
    assert speaker(r, quote(r, "he was disappointed")) == "Daniel Price"  # bare surname
    assert speaker(r, quote(r, "best deal we can get")) == "Daniel Price"
    assert speaker(r, quote(r, "talks would continue")) == "Daniel Price"
    assert speaker(r, quote(r, "run out of money")) == "Treasury Department"
    q = quote(r, "slip to November")
    assert q.speaker is None and q.anonymous


def test_an_organisation_is_not_guessed_from_a_bare_noun(records):
    r = records["drought"]
    q = quote(r, "cap household water use")
    assert q.speaker is None  # "the regional government": no entity says which
    q = quote(r, "below normal")
    assert q.cue == "According to" and q.speaker is None
    assert speaker(r, quote(r, "until the reservoirs recovered")) == "Carmen Ruiz"
    q = quote(r, "not enough water")
    assert speaker(r, q) == "Carmen Ruiz" and q.addressee_text == "Reuters"
    assert speaker(r, quote(r, "warned two years ago")) == "Miguel Ortega"
    q = quote(r, "under discussion")
    assert q.speaker is None and q.anonymous
