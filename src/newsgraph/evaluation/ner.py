"""Entity mentions on French news sentences (FENEC samples, Quaero schema): newsgraph vs spaCy alone.

Data: ``eval/data/ner-fr-fenec/`` (WebAnno TSV 3.2 annotations over ``texts/``). The news samples
are ``wikinews-2018-03`` (Wikinews, March 2018) and ``fr_sequoia`` (Est Républicain sentences).
Gold labels map pers.* -> PER, org.* -> ORG, loc.* -> LOC (others are not scored); nested entities
are all kept. Each line of a sample is an independent sentence, so each is one document.

A prediction counts when its character span and type are exactly a gold entity's. newsgraph's
predictions are the mentions of its entities (type of the entity, decided over all mentions);
the baseline is the model's own ``doc.ents`` with the same label mapping.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsgraph.evaluation.common import Figure

DATA = Path("eval") / "data" / "ner-fr-fenec"
SAMPLES = {"wikinews": "wikinews-2018-03.sample.txt", "sequoia": "fr_sequoia-ud-train.conllu.sample.txt"}
GOLD_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC"}
_LABEL = re.compile(r"^([a-z]+)[a-z.]*(?:\[(\d+)\])?$")

Span = tuple[int, int, str]


def gold_spans(annotation: str) -> set[Span]:
    """(start, end, type) of every PER/ORG/LOC entity of a WebAnno TSV 3.2 annotation."""
    groups: dict[tuple[str, str], list[int]] = {}
    spans: set[Span] = set()
    for line in annotation.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 4 or "-" not in cols[1]:
            continue
        start, end = (int(x) for x in cols[1].split("-"))
        for label in cols[3].split("|"):
            m = _LABEL.match(label.strip())
            if not m or m.group(1) not in GOLD_TYPES:
                continue
            etype = GOLD_TYPES[m.group(1)]
            if m.group(2) is None:
                spans.add((start, end, etype))
            else:
                g = groups.setdefault((etype, m.group(2)), [start, end])
                g[0], g[1] = min(g[0], start), max(g[1], end)
    spans |= {(a, b, t) for (t, _), (a, b) in groups.items()}
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def predicted_spans(text: str, nlp, *, ours: bool) -> set[Span]:
    """Spans of ``nlp`` on each line of ``text``: newsgraph's entity mentions, or the model's ents."""
    from newsgraph.nlp.entity_lexicon import EntityLexicon

    lines = _lines(text)
    spans: set[Span] = set()
    labels = {row[0]: row[1] for row in EntityLexicon.labels_of(nlp.lang)}
    for (offset, _), doc in zip(lines, nlp.pipe(line for _, line in lines)):
        if ours:
            for e in doc._.entities:
                if e.type in GOLD_TYPES.values():
                    spans |= {(offset + m.start, offset + m.end, e.type) for m in e.mentions}
        else:
            for ent in doc.ents:
                t = labels.get(ent.label_)
                if t in GOLD_TYPES.values():
                    spans.add((offset + ent.start_char, offset + ent.end_char, t))
    return spans


def prf(pred: set[Span], gold: set[Span]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(shared: Path, nlp_ours, nlp_bare) -> dict[str, dict[str, tuple[float, float, float]]]:
    """Precision, recall, F1 per sample and over both, for newsgraph and for the model alone."""
    out: dict[str, dict[str, tuple[float, float, float]]] = {"newsgraph": {}, "spacy": {}}
    totals: dict[str, tuple[set, set]] = {"newsgraph": (set(), set()), "spacy": (set(), set())}
    for key, name in SAMPLES.items():
        text = (shared / DATA / "texts" / name).read_text(encoding="utf-8")
        gold = gold_spans((shared / DATA / "annotation" / f"{name}.CURATION_USER.tsv").read_text(encoding="utf-8"))
        for who, nlp, ours in (("newsgraph", nlp_ours, True), ("spacy", nlp_bare, False)):
            pred = predicted_spans(text, nlp, ours=ours)
            out[who][key] = prf(pred, gold)
            totals[who][0].update((key,) + s for s in pred)
            totals[who][1].update((key,) + s for s in gold)
    for who, (pred, gold) in totals.items():
        out[who]["all"] = prf(pred, gold)
    return out


@lru_cache(maxsize=None)
def entity_pipeline(lang: str):
    """The model with only the entities stage (the other stages do not change entities)."""
    from newsgraph.pipeline import bare_pipeline
    import newsgraph.nlp  # noqa: F401  (registers the factories)

    nlp = bare_pipeline(lang)
    nlp.add_pipe("newsgraph_entities", last=True)
    return nlp


def errors(shared: Path, nlp) -> list[tuple[str, str, str, str]]:
    """Every prediction that is not gold and every gold entity missed, as (sample, "+" extra or
    "-" missed, type, text in its sentence), for reading what the stage gets wrong."""
    out = []
    for key, name in SAMPLES.items():
        text = (shared / DATA / "texts" / name).read_text(encoding="utf-8")
        gold = gold_spans((shared / DATA / "annotation" / f"{name}.CURATION_USER.tsv").read_text(encoding="utf-8"))
        pred = predicted_spans(text, nlp, ours=True)
        for sign, spans in (("+", pred - gold), ("-", gold - pred)):
            for a, b, t in sorted(spans):
                line_start = text.rfind("\n", 0, a) + 1
                line_end = text.find("\n", b)
                line = text[line_start: line_end if line_end >= 0 else len(text)]
                out.append((key, sign, t, f"{line[:a - line_start]}[{text[a:b]}]{line[b - line_start:]}"))
    return out


def evaluate(shared: Path) -> list[Figure]:
    from newsgraph.pipeline import bare_pipeline

    s = scores(shared, entity_pipeline("fr"), bare_pipeline("fr"))
    figs = []
    for key in ("wikinews", "sequoia", "all"):
        ours, base = s["newsgraph"][key], s["spacy"][key]
        figs.append(Figure(f"ner (FENEC {key}): entity F1, exact span+type", ours[2], base[2],
                           f"spaCy alone (ours P {ours[0]:.3f} R {ours[1]:.3f}; "
                           f"spaCy P {base[0]:.3f} R {base[1]:.3f})"))
    return figs


if __name__ == "__main__":  # python -m newsgraph.evaluation.ner: the errors, one a line
    from newsgraph.evaluation.common import shared_dir

    for sample, sign, etype, context in errors(shared_dir(), entity_pipeline("fr")):
        print(f"{sample:9} {sign} {etype:3} {context}")
