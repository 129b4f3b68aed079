"""Time expressions on the Microsoft Recognizers-Text French specification cases.

Data: ``eval/data/times-recognizers/French/*.json`` (see its SOURCE.md). We keep the cases
that carry ``Context.ReferenceDateTime`` (our stand-in for the publication date) and, in
them, the gold results about days: types date, daterange, datetime, datetimerange and
duration. Clock times, time ranges, recurring sets and time zones are out of scope (the
stage reads dates, not clocks); predictions overlapping such a result are not counted.

Detection: a prediction matches a gold result when their spans overlap (one to one).
Value, compared at the granularity the gold gives:
- a date, month, year or week: the prediction starts with the gold value (time of day cut);
- a weekday or day the gold leaves open (``XXXX-WXX-1``, ``XXXX-12-24``): any date that fits
  the pattern, since the news rule (tense, else the past occurrence) picks one occurrence;
- a range ``(start,end,duration)``: the prediction's own period has the same start and end;
- durations and PAST_REF/PRESENT_REF/FUTURE_REF: equal.
Baseline: ``dateparser.search.search_dates`` with the reference date as RELATIVE_BASE
(spaCy's French model has no DATE entities).
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from newsgraph.evaluation.common import Figure

DATA = Path("eval") / "data" / "times-recognizers" / "French"
IN_SCOPE = {"date", "daterange", "datetime", "datetimerange", "duration"}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    values: tuple[str, ...]
    in_scope: bool


@dataclass(frozen=True)
class Case:
    text: str
    reference: str
    golds: tuple[Gold, ...]


def load_cases(shared: Path) -> list[Case]:
    """Every French case with a reference date, its results with spans located by their start."""
    cases = []
    for path in sorted((shared / DATA).glob("*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8-sig")):
            reference = (raw.get("Context") or {}).get("ReferenceDateTime")
            if reference:
                cases.append(Case(raw["Input"], reference, tuple(_gold(r) for r in raw.get("Results") or ())))
    return cases


def _gold(result: dict) -> Gold:
    kind = (result.get("TypeName") or result.get("Typename") or result.get("Type") or "").split(".")[-1]
    start = result.get("Start", result.get("start", 0))
    end = result["End"] + 1 if "End" in result else start + result.get("Length", len(result.get("Text", "")))
    if "Value" in result:
        values = (result["Value"].get("Timex", ""),)
    else:
        values = tuple(v.get("timex", "") for v in (result.get("Resolution") or {}).get("values", ()))
    dated = any(v and not v.startswith(("T", "(T")) for v in values)
    return Gold(start, end, values, kind in IN_SCOPE and dated)


def value_matches(value: str | None, gold: str) -> bool:
    """Whether a predicted value agrees with a gold timex at the gold's granularity."""
    if not value or not gold:
        return False
    if gold.startswith("("):
        period = _period(value)
        start, end = gold.strip("()").split(",")[:2]
        return period is not None and (period[0], period[1]) == (start, end)
    if gold[0] == "P" or gold.endswith("_REF"):
        return value == gold
    gold = gold.split("T")[0]
    weekday = re.fullmatch(r"XXXX-WXX-(\d)", gold)
    if weekday:
        try:
            return date.fromisoformat(value).isoweekday() == int(weekday.group(1))
        except ValueError:
            return False
    if "X" in gold:
        return re.fullmatch(gold.replace("X", r"\d"), value[: len(gold)]) is not None
    return value[: len(gold)] == gold


def _period(value: str) -> tuple[str, str] | None:
    """The [start, end) days a value covers, in the gold's range notation."""
    try:
        if re.fullmatch(r"\d{4}-W\d\d", value):
            first = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return first.isoformat(), (first + timedelta(days=7)).isoformat()
        if re.fullmatch(r"\d{4}-\d\d", value):
            first = date(int(value[:4]), int(value[5:]), 1)
            after = first + timedelta(days=calendar.monthrange(first.year, first.month)[1])
            return first.isoformat(), after.isoformat()
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{int(value) + 1}-01-01"
        day = date.fromisoformat(value)
        return day.isoformat(), (day + timedelta(days=1)).isoformat()
    except ValueError:
        return None


def score(cases: list[Case], predictions: list[list[tuple[int, int, str | None]]]) -> dict:
    """Detection P/R/F1 by span overlap, and value accuracy on the matched results."""
    tp = fp = fn = right = 0
    for case, preds in zip(cases, predictions):
        used: set[int] = set()
        for g in case.golds:
            if not g.in_scope:
                continue
            hit = next((i for i, (s, e, _) in enumerate(preds)
                        if i not in used and s < g.end and g.start < e), None)
            if hit is None:
                fn += 1
                continue
            used.add(hit)
            tp += 1
            right += any(value_matches(preds[hit][2], v) for v in g.values)
        for i, (s, e, _) in enumerate(preds):
            if i in used or any(s < g.end and g.start < e for g in case.golds if not g.in_scope):
                continue
            fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f,
            "value_accuracy": right / tp if tp else 0.0,
            "value_recall": right / (tp + fn) if tp + fn else 0.0}


def newsgraph_predictions(cases: list[Case]) -> list[list[tuple[int, int, str | None]]]:
    """Run the time stage on each case, its reference date as the publication date."""
    import spacy

    import newsgraph.nlp  # noqa: F401  (registers the stage and the Doc._ attributes)
    from newsgraph.pipeline import MODELS
    from newsgraph.records import Article

    nlp = spacy.load(MODELS["fr"], exclude=["ner"])  # the stage needs morphology and parse, not NER
    nlp.add_pipe("newsgraph_times")
    docs = []
    for case in cases:
        doc = nlp.make_doc(case.text)
        doc._.article = Article(text=case.text, published=case.reference)
        docs.append(doc)
    return [[(t.start, t.end, t.value) for t in doc._.times] for doc in nlp.pipe(docs, batch_size=64)]


def dateparser_predictions(cases: list[Case]) -> list[list[tuple[int, int, str | None]]]:
    """The baseline: dateparser's own search, French, relative to the reference date."""
    from dateparser.search import search_dates

    out = []
    for case in cases:
        base = datetime.fromisoformat(case.reference)
        found = search_dates(case.text, languages=["fr"], settings={"RELATIVE_BASE": base}) or []
        preds, at = [], 0
        for text, when in found:
            start = case.text.find(text, at)
            if start < 0:
                continue
            at = start + len(text)
            preds.append((start, at, when.date().isoformat()))
        out.append(preds)
    return out


def evaluate(shared: Path) -> list[Figure]:
    cases = load_cases(shared)
    ours = score(cases, newsgraph_predictions(cases))
    base = score(cases, dateparser_predictions(cases))
    n = sum(g.in_scope for c in cases for g in c.golds)
    label = "times fr (Recognizers)"
    why = (f"{len(cases)} cases, {n} gold dates in scope; baseline: dateparser.search.search_dates, "
           "RELATIVE_BASE = the reference date")
    return [
        Figure(f"{label}: detection precision", ours["precision"], base["precision"], why),
        Figure(f"{label}: detection recall", ours["recall"], base["recall"], why),
        Figure(f"{label}: detection F1", ours["f1"], base["f1"], why),
        Figure(f"{label}: value accuracy (detected)", ours["value_accuracy"], base["value_accuracy"], why),
        Figure(f"{label}: value recall (all)", ours["value_recall"], base["value_recall"], why),
    ]
