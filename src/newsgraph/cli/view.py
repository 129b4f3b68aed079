"""The terminal view of one article record (`newsgraph extract` without ``--json``).

What an analyst checks first: where the article comes from (outlet, date and where
the date was read, original source), who is in it (each entity with every spelling
and the titles the article gives it), when (each date with its value and what it
was resolved against), who said what, what happened; then the body itself with
entity mentions, dates and quotes highlighted, so each fact can be checked against
its sentence. Every section copes with being empty.
"""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsgraph.records import ArticleRecord, Entity

#: Style of an entity mention in the body, by entity type.
ENTITY_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "MISC": "bold yellow"}
TIME_STYLE = "underline blue"
QUOTE_STYLE = "italic on grey19"
#: Quotes longer than this are cut in the quotes table (the body shows them whole).
QUOTE_WIDTH = 160


def _or_dash(value) -> str:
    return str(value) if value not in (None, "", ()) else "—"


def document_panel(record: ArticleRecord) -> Panel:
    """Where the article comes from, and every date the page printed."""
    a = record.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", justify="right")
    grid.add_column()
    published = _or_dash(a.published) + (f"  · from {a.published_from}" if a.published_from else "")
    for label, value in (("outlet", a.outlet), ("published", published), ("language", a.language),
                         ("original source", a.original_source), ("byline", a.byline),
                         ("url", a.url), ("read from", a.source), ("id", a.id)):
        grid.add_row(label, _or_dash(value))
    for seen in a.dates_seen:
        grid.add_row("date seen", f"{seen.text} -> {_or_dash(seen.value)}  ({seen.where})")
    title = Text(a.title or "(no headline)", style="bold")
    return Panel(Group(title, Text(), grid), title="Document", title_align="left")


def entities_table(record: ArticleRecord) -> Table:
    table = Table(title="Entities", title_justify="left", expand=True, show_lines=False)
    for col in ("id", "type", "name", "spellings", "titles", "mentions"):
        table.add_column(col, overflow="fold", justify="right" if col == "mentions" else "left")
    for e in record.entities:
        table.add_row(e.id, Text(e.type, style=ENTITY_STYLES.get(e.type, "")), e.name,
                      "; ".join(e.aliases) or "—", "; ".join(e.titles) or "—", str(len(e.mentions)))
    return table


def times_table(record: ArticleRecord) -> Table:
    table = Table(title="Dates", title_justify="left", expand=True)
    for col in ("text", "value", "anchor"):
        table.add_column(col, overflow="fold")
    for t in record.times:
        table.add_row(Text(t.text, style=TIME_STYLE), _or_dash(t.value), t.anchor)
    return table


def _names(record: ArticleRecord) -> dict[str, Entity]:
    return {e.id: e for e in record.entities}


def _who(entity_id: str | None, names: dict[str, Entity], fallback: str | None = None) -> str:
    if entity_id and entity_id in names:
        return names[entity_id].name
    return fallback or (entity_id or "—")


def quotes_table(record: ArticleRecord) -> Table:
    names = _names(record)
    table = Table(title="Quotes", title_justify="left", expand=True)
    for col in ("id", "speaker", "cue", "direct", "quote"):
        table.add_column(col, overflow="fold")
    for q in record.quotes:
        text = q.text if len(q.text) <= QUOTE_WIDTH else q.text[:QUOTE_WIDTH - 1] + "…"
        speaker = "(anonymous source)" if q.anonymous and not q.speaker else _who(q.speaker, names,
                                                                                   q.speaker_text)
        table.add_row(q.id, speaker, _or_dash(q.cue), "yes" if q.direct else "no",
                      Text(text, style="italic"))
    return table


def events_table(record: ArticleRecord) -> Table:
    names = _names(record)
    table = Table(title="Events", title_justify="left", expand=True)
    for col in ("id", "type", "actor", "target", "place", "time", "trigger", "said by", "conf."):
        table.add_column(col, overflow="fold")
    for v in record.events:
        kind = v.type + (" (negated)" if v.negated else "") + (
            f" [{v.modality}]" if v.modality and v.modality != "asserted" else "")
        table.add_row(v.id, kind, _who(v.actor, names), _who(v.target, names), _who(v.place, names),
                      _or_dash(v.time), _or_dash(v.trigger.text), _who(v.source, names, "outlet"),
                      f"{v.confidence:.2f}")
    return table


def highlighted_body(record: ArticleRecord) -> Text:
    """The body with quotes, then entity mentions, then dates styled over it."""
    text = Text(record.article.text)
    n = len(record.article.text)
    for q in record.quotes:
        for part in q.parts or ((q,) if q.end > q.start else ()):
            text.stylize(QUOTE_STYLE, max(0, part.start), min(n, part.end))
    for e in record.entities:
        for m in e.mentions:
            text.stylize(ENTITY_STYLES.get(e.type, "bold"), max(0, m.start), min(n, m.end))
    for t in record.times:
        text.stylize(TIME_STYLE, max(0, t.start), min(n, t.end))
    return text


def legend() -> Text:
    out = Text("highlights: ", style="dim")
    for kind, style in ENTITY_STYLES.items():
        out.append(kind, style=style).append("  ")
    out.append("date", style=TIME_STYLE).append("  ")
    out.append("quote", style=QUOTE_STYLE)
    return out


def _section(table: Table, rows: int, empty: str):
    return table if rows else Text(f"{table.title}: {empty}", style="dim")


def render(record: ArticleRecord) -> Group:
    """The whole view, as one rich renderable."""
    return Group(
        document_panel(record),
        _section(entities_table(record), len(record.entities), "none found"),
        _section(times_table(record), len(record.times), "none found"),
        _section(quotes_table(record), len(record.quotes), "none found"),
        _section(events_table(record), len(record.events), "none found"),
        Panel(highlighted_body(record), title="Text", title_align="left", subtitle=legend(),
              subtitle_align="left"),
    )


def show(record: ArticleRecord, *, console: Console | None = None) -> None:
    """Print the view of ``record`` on ``console`` (standard output by default)."""
    (console or Console()).print(render(record))
