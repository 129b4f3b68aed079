"""Quotations and their speakers on French literary dialogue (fr-litbank): newsgraph vs spaCy alone.

Data: ``eval/data/quotes-fr-litbank/citations/`` (brat standoff): ``Citation`` spans, discontinuous
when an incise interrupts them (the pieces are joined with a space), ``Entite`` speaker mentions
and ``Source`` relations from a speaker mention to a quotation.

To keep ``make eval`` short, each novel is read only up to ``MAX_CHARS`` characters (cut at a
paragraph break); only gold quotations lying wholly inside that prefix count. With 18 novels
that is about 270,000 characters and some 300 quotations.

The corpus annotates direct speech only (literary dialogue), so only newsgraph's direct
quotations are scored: its reported speech would count as false positives for want of gold.

- **Quote span F1**: a predicted quotation matches a gold one when their token F1 (the shared
  scorer's ``token_f1``, which ignores case, accents and punctuation) is at least 0.8; each gold
  and each predicted quotation is matched at most once, best F1 first.
- **Speaker accuracy**: over matched quotations that have a gold speaker, the share whose
  predicted speaker is right. Right means the speaker phrase newsgraph found (``speaker_text``,
  located at its occurrence nearest an edge of the quotation or of one of its parts) overlaps a gold speaker mention of that
  quotation, or any mention of the predicted speaker entity does. A pronoun speaker ("dit-il")
  is right when newsgraph found that pronoun as the subject of the cue.

The baseline is spaCy's model alone, which has no quotation component: it finds none (0).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsgraph.evaluation.common import Figure

DATA = Path("eval") / "data" / "quotes-fr-litbank" / "citations"
#: Characters read from the start of each novel.
MAX_CHARS = 15_000
MATCH_F1 = 0.8
#: How far from a quotation its speaker phrase is looked for.
SPEAKER_REACH = 300


@dataclass(frozen=True)
class GoldQuote:
    text: str
    start: int
    end: int
    speakers: tuple[tuple[int, int], ...]


def read_ann(ann: str, text: str) -> list[GoldQuote]:
    """Gold quotations of one brat ``.ann`` file, with their speaker mentions' offsets."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    sources: dict[str, list[str]] = {}
    for line in ann.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, ranges = cols[1].partition(" ")
            pieces = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[cols[0]] = (kind, pieces)
        elif line.startswith("R") and len(cols) >= 2:
            m = re.match(r"Source Arg1:(\S+) Arg2:(\S+)", cols[1])
            if m:
                sources.setdefault(m.group(2), []).append(m.group(1))
    out = []
    for tid, (kind, pieces) in spans.items():
        if kind != "Citation":
            continue
        speakers = tuple(spans[s][1][0] for s in sources.get(tid, ()) if s in spans)
        out.append(GoldQuote(" ".join(text[a:b] for a, b in pieces), pieces[0][0], pieces[-1][1], speakers))
    return sorted(out, key=lambda q: q.start)


def prefix(text: str, limit: int) -> str:
    """The text up to ``limit`` characters, cut at the last paragraph break before it."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[:cut if cut > 0 else limit]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _speaker_spans(text: str, quote, entities) -> list[tuple[int, int]]:
    """Where the predicted speaker stands: its phrase near the quotation, and its entity's mentions."""
    spans = []
    if quote.speaker_text:
        lo, hi = max(0, quote.start - SPEAKER_REACH), min(len(text), quote.end + SPEAKER_REACH)
        hits = [m.start() + lo for m in re.finditer(re.escape(quote.speaker_text), text[lo:hi])]
        if hits:
            edges = [x for part in quote.parts for x in (part.start, part.end)] or [quote.start, quote.end]
            at = min(hits, key=lambda h: min(abs(h - x) for x in edges))
            spans.append((at, at + len(quote.speaker_text)))
    for e in entities:
        if e.id == quote.speaker:
            spans.extend((m.start, m.end) for m in e.mentions)
    return spans


def score_document(text: str, gold: list[GoldQuote], quotes, entities, token_f1) -> dict:
    """Matches, misses and speaker hits of one document's predicted quotes against its gold."""
    pairs = sorted(((token_f1(p.text, g.text), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(quotes) if _overlaps((p.start, p.end), (g.start, g.end))),
                   reverse=True)
    used_g, used_p, matched = set(), set(), []
    for f, gi, pi in pairs:
        if f >= MATCH_F1 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gold[gi], quotes[pi]))
    with_speaker = [(g, p) for g, p in matched if g.speakers]
    right = sum(1 for g, p in with_speaker
                if any(_overlaps(s, gs) for s in _speaker_spans(text, p, entities) for gs in g.speakers))
    return {"tp": len(matched), "fp": len(quotes) - len(matched), "fn": len(gold) - len(matched),
            "with_speaker": len(with_speaker), "speaker_right": right}


def run(shared: Path, *, max_chars: int = MAX_CHARS, limit: int | None = None) -> dict:
    """Totals over the corpus (``limit`` documents at most): tp, fp, fn, speaker counts."""
    from newsgraph import load_pipeline
    from newsgraph.evaluation.seed import scorer
    from newsgraph.records import Article

    token_f1 = scorer(shared).token_f1
    nlp = load_pipeline("fr")
    totals = {"tp": 0, "fp": 0, "fn": 0, "with_speaker": 0, "speaker_right": 0, "documents": 0, "chars": 0}
    files = sorted((shared / DATA).glob("*.txt"))[:limit]
    with nlp.select_pipes(disable=[p for p in ("newsgraph_times", "newsgraph_events") if p in nlp.pipe_names]):
        for path in files:
            full = path.read_text(encoding="utf-8")
            text = prefix(full, max_chars)
            gold = [g for g in read_ann(path.with_suffix(".ann").read_text(encoding="utf-8"), full)
                    if g.end <= len(text)]
            doc = nlp.make_doc(text)
            doc._.article = Article(text=text, language="fr", source=path.name)
            doc = nlp(doc)
            direct = [q for q in doc._.quotes or [] if q.direct]
            counts = score_document(text, gold, direct, doc._.entities or [], token_f1)
            for k, v in counts.items():
                totals[k] += v
            totals["documents"] += 1
            totals["chars"] += len(text)
    return totals


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(shared: Path) -> list[Figure]:
    t = run(shared)
    detail = f"spaCy alone (no quote component); {t['documents']} novels, first {MAX_CHARS} chars each"
    accuracy = t["speaker_right"] / t["with_speaker"] if t["with_speaker"] else 0.0
    return [
        Figure("quotes fr-litbank: quote span F1 (token F1 >= 0.8)", f1(t["tp"], t["fp"], t["fn"]), 0.0, detail),
        Figure("quotes fr-litbank: speaker accuracy (matched, with gold speaker)", accuracy, 0.0, detail),
    ]
