"""A capitalised role phrase ("Le Premier ministre du Niger") is a title of the person it names,
never an entity of its own (the French model tags such phrases MISC)."""
import pytest

from newsgraph import extract_text


@pytest.mark.parametrize("text, name, title", [
    ("Le Premier ministre du Mali, Paul Diarra, s'est rendu lundi à Dakar.", "Paul Diarra",
     "Premier ministre du Mali"),
    ("Le Président de la République, Anne Morel, a parlé mardi à Lyon.", "Anne Morel",
     "Président de la République"),
])
def test_role_phrases_are_titles_not_entities(nlp_fr, text, name, title):
    record = extract_text(text, published="2024-11-12", language="fr")
    names = {e.name for e in record.entities}
    assert not any(n.casefold().startswith(title.split()[0].casefold()) for n in names), names
    person = next(e for e in record.entities if e.name == name)
    assert person.type == "PER" and title in person.titles
    visits = [v for v in record.events if v.type == "visit"]
    assert all(v.actor == person.id for v in visits)
