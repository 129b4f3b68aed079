"""Pure pieces of the pages: the text cut into highlighted segments, the timeline's geometry."""
from __future__ import annotations

from newsgraph.web.highlight import Mark, segments
from newsgraph.web.timeline import Point, calendar_date, chart


def test_segments_cover_the_text_exactly_and_nest_marks():
    text = "Ana said: the port opens Monday."
    marks = [Mark("quote", 10, 31, "Q1"), Mark("entity", 0, 3, "E1", href="/entities/x"),
             Mark("time", 25, 31, "T0", href="/events?since=d"), Mark("entity", 1, 2, "E9")]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    ana = segs[0]
    assert ana.text == "Ana" and ana.link.key == "E1"                 # the overlapping E9 is dropped
    monday = next(s for s in segs if s.text == "Monday")
    assert [m.kind for m in monday.marks] == ["quote", "time"] and monday.link.kind == "time"
    assert sorted(m.kind for m in monday.closes) == ["quote", "time"] and segs[-1].text == "."


def test_marks_outside_the_text_are_clamped_or_dropped():
    segs = segments("short", [Mark("entity", 3, 99, "E1"), Mark("time", 9, 12, "T"),
                              Mark("unknown", 0, 2, "X")])
    assert [(s.text, [m.kind for m in s.marks]) for s in segs] == [("sho", []), ("rt", ["entity"])]


def test_timeline_places_dated_events_and_counts_the_rest():
    points = [Point("2024-03-01", "visit", "a", "/a"), Point("2024-03-31", "meet", "b", "/b"),
              Point("2024-03-31", "meet", "c", "/c"), Point("PAST_REF", "meet", "d", "/d"),
              Point(None, "visit", "e", "/e")]
    c = chart(points)
    assert c.undated == 2
    assert [lane.type for lane in c.lanes] == ["meet", "visit"]          # busiest lane first
    xs = sorted({d.x for d in c.dots})
    assert xs[0] >= c.left and xs[-1] <= c.width - c.right
    same_day = [d for d in c.dots if d.when == "2024-03-31"]
    assert len(same_day) == 1 and same_day[0].count == 2            # one dot that counts them
    assert same_day[0].label.startswith("2 events:") and "b" in same_day[0].label and "c" in same_day[0].label
    assert 'data-count="2"' in same_day[0].svg and 'r="7"' in same_day[0].svg
    assert c.ticks and all(c.left <= t.x <= c.width for t in c.ticks)


def test_calendar_date_reads_timex_prefixes():
    assert str(calendar_date("2023-01-30")) == "2023-01-30"
    assert str(calendar_date("2023-01")) == "2023-01-01"
    assert calendar_date("2023-W05") is not None and calendar_date("P3M") is None
    assert calendar_date("2023-02-30") is None


def test_row_pieces_escape_what_they_are_given():
    from newsgraph.web.pages import entity_link, sources

    assert str(entity_link("<b>X</b>", 'K1"><script>')) == \
        '<a class="ent" href="/entities/K1%22%3E%3Cscript%3E">&lt;b&gt;X&lt;/b&gt;</a>'
    assert str(entity_link(None, None, "unknown")) == "unknown"
    assert str(entity_link("<i>", None)) == "&lt;i&gt;"
    assert str(sources(1)).endswith(">1 source</span>") and ">2 sources</span>" in str(sources(2))
    dot = chart([Point("2024-01-01", "visit<", 'a "label" <x>', "/a?x=1&y=2")]).dots[0]
    assert "&lt;x&gt;" in dot.svg and 'href="/a?x=1&amp;y=2"' in dot.svg
    assert 'data-type="visit&lt;"' in dot.svg and "&#34;label&#34;" in dot.svg
