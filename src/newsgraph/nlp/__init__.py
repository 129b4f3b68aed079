"""Per-article stages, each a spaCy component registered with ``@Language.factory``.

Stage contract (the pipeline runs them in this order, after the model's own ``ner``):

=====================  ==========================  ======================================
component              reads                       sets
=====================  ==========================  ======================================
newsgraph_entities     doc.ents, doc._.article      doc._.entities: list[records.Entity]
newsgraph_times        doc._.article.published      doc._.times: list[records.TimeExpression]
newsgraph_quotes       doc._.entities               doc._.quotes: list[records.Quote]
newsgraph_events       entities, times, quotes      doc._.events: list[records.Event]
=====================  ==========================  ======================================

Offsets are character offsets into ``doc.text``: ``Article.text``, after the headline as a first
paragraph when the article has one (``headline.analysed_text``; ``headline.body_start(doc)`` says
where the body starts). ``export.to_record(doc)`` assembles the :class:`records.ArticleRecord`
and ``headline.to_body`` moves its offsets into ``Article.text``.
Importing this package registers every factory and extension.
"""
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._ attributes)
from newsgraph.nlp import entities, times, quotes, events  # noqa: F401  (register factories)

STAGES = ("newsgraph_entities", "newsgraph_times", "newsgraph_quotes", "newsgraph_events")
