"""`vnhrc show`: one document with what vnhrc found in it highlighted, in the terminal or as an HTML page.

Everything is drawn from a DocRecord and the text it was made from, by character offsets: entities, dates,
numbers, the content of each claim, and around a statement its speaker's mention and its cue. Knows nothing of
the rules or of spaCy; both renderers share one list of marks, so the terminal and the page cannot disagree.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from .claims import Claim, DocRecord
from .output import cell

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text


@dataclass(frozen=True)
class Mark:
    """A highlighted span: text[start:end] is `kind` (entity, date, number, statement, quantity, speaker, cue)."""

    start: int
    end: int
    kind: str
    label: str = ""  # the entity label; the claim id for claim spans
    note: str = ""  # a tooltip: a date's ISO value, a number's value, a claim's speaker and cue


# Drawn in this order: a later style wins where two set the same property (a DATE entity shows as a date).
KINDS = ("statement", "quantity", "entity", "number", "date", "cue", "speaker")

LEGEND = {
    "statement": "what a speaker said (claim content)",
    "quantity": "a quantity claim",
    "speaker": "the speaker as named",
    "cue": "reporting cue",
    "person": "person",
    "org": "organisation",
    "place": "country, place, nationality",
    "entity": "other entity",
    "date": "date",
    "number": "number",
}

# terminal styles: explicit foreground on the claim backgrounds, readable on dark and light themes alike
STYLES = {
    "statement": "bright_white on #1d3b5c",
    "quantity": "bright_white on #4b2a55",
    "speaker": "bold underline",
    "cue": "italic underline",
    "person": "bold bright_cyan",
    "org": "bold bright_magenta",
    "place": "bold #ffaf5f",
    "entity": "bold",
    "date": "bold bright_green",
    "number": "bold bright_yellow",
    "chrome": "dim",
}

_ENTITY_GROUPS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "NORP": "place",
                  "FAC": "place"}


def entity_style(label: str) -> str:
    """The legend key an entity label is drawn as."""
    return _ENTITY_GROUPS.get(label, "entity")


# --- finding the spans -------------------------------------------------------------------------------


def _word_spans(text: str, needle: str, start: int, end: int) -> list[tuple[int, int]]:
    if not needle.strip():
        return []
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text, start, end)]


def content_span(c: Claim, text: str) -> tuple[int, int]:
    """Where the claim's content sits in the text: its own offsets if the record has them, else the content
    found inside the claim's span, else the claim's span."""
    cs, ce = getattr(c, "content_start", None), getattr(c, "content_end", None)
    if isinstance(cs, int) and isinstance(ce, int) and 0 <= cs < ce <= len(text):
        return cs, ce
    if c.content:
        i = text.find(c.content, c.start, max(c.end, c.start + len(c.content)))
        if i >= 0:
            return i, i + len(c.content)
    return c.start, c.end


def _outside(spans: Iterable[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if e <= a or s >= b]


def speaker_span(c: Claim, text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker's mention next to a statement: its offsets if the record has them, else the speaker's name
    (the full name, else its longest word) in the claim's span outside the content."""
    ms, me = getattr(c, "mention_start", None), getattr(c, "mention_end", None)
    if isinstance(ms, int) and isinstance(me, int) and 0 <= ms < me <= len(text):
        return ms, me
    if c.type != "statement" or not c.speaker:
        return None
    words = sorted({w for w in re.split(r"[\s,]+", c.speaker) if len(w) > 1}, key=len, reverse=True)
    for needle in (c.speaker, *words):
        found = _outside(_word_spans(text, needle, c.start, c.end), *content)
        if found:
            return found[0]
    return None


def cue_span(c: Claim, text: str, content: tuple[int, int]) -> tuple[int, int] | None:
    """The reporting cue of a statement, in the claim's span outside the content."""
    if c.type != "statement" or not c.cue:
        return None
    found = _outside(_word_spans(text, c.cue, c.start, c.end), *content)
    return found[0] if found else None


def _claim_note(c: Claim) -> str:
    if c.type == "statement":
        who = c.speaker or "unresolved speaker"
        return f"{c.id}: {who}" + (f" ({c.speaker_title})" if c.speaker_title else "") + (
            f", {c.cue} [{c.kind}]" if c.cue else "")
    value = cell(c.value)
    return f"{c.id}: {c.subject or ''} = {value} {c.unit or ''}".strip()


def marks(record: DocRecord, text: str) -> list[Mark]:
    """Every highlight for a record over the text it was made from, in drawing order (see KINDS)."""
    n = len(text)
    out: list[Mark] = []

    def add(start: Any, end: Any, kind: str, label: str = "", note: str = "") -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n:
            out.append(Mark(start, end, kind, label, note))

    for c in record.claims:
        content = content_span(c, text)
        add(*content, "statement" if c.type == "statement" else "quantity", c.id, _claim_note(c))
        for kind, span in (("cue", cue_span(c, text, content)), ("speaker", speaker_span(c, text, content))):
            if span:
                add(*span, kind, c.id, _claim_note(c))
    for e in record.entities:
        add(e.get("start"), e.get("end"), "entity", str(e.get("label") or ""), str(e.get("label") or ""))
    for t in record.numbers:
        add(t.get("start"), t.get("end"), "number", note=" ".join(
            x for x in (cell(t.get("value")), str(t.get("unit") or "")) if x))
    for t in record.dates:
        add(t.get("start"), t.get("end"), "date", note=str(t.get("iso") or ""))
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda m: (order[m.kind], m.start, -m.end))
    return out


def style_key(m: Mark) -> str:
    """The legend entry (and CSS class) a mark is drawn with."""
    return entity_style(m.label) if m.kind == "entity" else m.kind


# --- the terminal ---------------------------------------------------------------------------------------


def render_text(text: str, found: Sequence[Mark], chrome: Sequence[tuple[int, int]] = ()) -> Text:
    """The document as rich Text, every mark styled at its offsets; site chrome and captions dimmed."""
    from rich.text import Text

    out = Text(text)
    for s, e in chrome:
        out.stylize(STYLES["chrome"], s, e)
    for m in found:
        out.stylize(STYLES[style_key(m)], m.start, m.end)
    return out


def legend() -> Text:
    from rich.text import Text

    out = Text("Legend: ", style="bold")
    for i, (key, words) in enumerate(LEGEND.items()):
        if i:
            out.append("  ")
        out.append(words, style=STYLES[key])
    return out


CLAIM_TABLE_COLUMNS = ("id", "claim", "speaker", "cue", "content", "tags")
_HEADS = {"id": "#", "speaker": "who / what", "tags": "dates, numbers"}
# (ratio, min_width, no_wrap): the content takes the room; short columns stay readable on 80 columns
_WIDTHS = {"id": (None, 2, True), "claim": (None, 9, True), "speaker": (2, 12, False), "cue": (1, 4, False),
           "content": (6, 20, False), "tags": (2, 10, False)}


_WHOLE_WORDS = {"speaker": 16, "cue": 12}  # columns kept as wide as their longest word, up to this


def _claim_row(c: Claim) -> list[str]:
    # plain strings, escaped where they are shown: rich Text in the terminal, html.escape on the page
    """The claim as table cells: its number, type and kind, who (or what), cue, content, dates and numbers."""
    if c.type == "quantity":
        who = c.subject or ""
        content = f"{c.content}  → {cell(c.value)} {c.unit or ''}".rstrip()
    else:
        who = (c.speaker or "?") + (f"\n({c.speaker_title})" if c.speaker_title else "")
        content = c.content or ""
    tags = "\n".join(x for x in (cell(c.dates), cell(c.numbers)) if x)
    kind = c.type + (f"\n{c.kind}" if c.kind else "")
    return [c.id.rsplit("#", 1)[-1], kind, who, c.cue or "", content, tags]


def claims_table(record: DocRecord) -> Table:
    from rich.table import Table
    from rich.text import Text

    n = len(record.claims)
    rows = [[Text(v) for v in _claim_row(c)] for c in record.claims]  # Text: a "[…]" in a quote is no markup
    table = Table(title=f"{n} claim{'' if n == 1 else 's'}", show_lines=True, expand=True)
    for i, col in enumerate(CLAIM_TABLE_COLUMNS):
        ratio, min_width, no_wrap = _WIDTHS[col]
        if col in _WHOLE_WORDS:  # a name never folds mid-word (up to a cap: a 40-letter word still folds)
            longest = max((len(w) for row in rows for w in row[i].plain.split()), default=1)
            min_width = max(min_width, min(longest, _WHOLE_WORDS[col]))
            ratio = None  # measured, not shared: as wide as its text up to the cap
        table.add_column(_HEADS.get(col, col), overflow="fold", ratio=ratio, min_width=min_width, no_wrap=no_wrap,
                         max_width=_WHOLE_WORDS.get(col))
    for row in rows:
        table.add_row(*row)
    return table


def _header(record: DocRecord) -> Text:
    from rich.text import Text

    out = Text(record.title or record.doc, style="bold")
    meta = " · ".join(x for x in (record.doc_date, record.source, record.doc) if x)
    out.append(f"\n{meta}", style="dim")
    return out


def print_view(record: DocRecord, text: str, console: Console, chrome: Sequence[tuple[int, int]] = ()) -> None:
    """The whole terminal view: header, legend (when there are colours to explain), the highlighted text, the
    claims."""
    from rich.rule import Rule

    console.print(_header(record))
    if console.color_system is not None:
        console.print(legend())
    console.print(Rule(style="dim"))
    console.print(render_text(text, marks(record, text), chrome))
    console.print(Rule(style="dim"))
    if record.claims:
        console.print(claims_table(record))
    else:
        console.print("[dim]no claims found[/dim]")


VIEW_WIDTH = 120  # in a file or pipe, rather than rich's 80


def show(record: DocRecord, text: str, stream: IO[str], chrome: Sequence[tuple[int, int]] = (),
         color: str = "auto") -> None:
    """Print the view to a stream: colours on a terminal (or `color` always/never), plain text on a pipe."""
    from .output import make_console

    print_view(record, text, make_console(stream, color, VIEW_WIDTH), chrome)


# --- the HTML page ------------------------------------------------------------------------------------------

_CSS_COLOURS = {
    "statement": "background:#dbeafe;",
    "quantity": "background:#f3e8ff;",
    "speaker": "font-weight:700;outline:2px solid #1d4ed8;outline-offset:0;border-radius:2px;",
    "cue": "font-style:italic;text-decoration:underline;",
    "person": "color:#0e7490;font-weight:700;",
    "org": "color:#a21caf;font-weight:700;",
    "place": "color:#c2410c;font-weight:700;",
    "entity": "font-weight:700;",
    "number": "color:#a16207;font-weight:700;border-bottom:2px solid #eab308;",
    "date": "color:#15803d;font-weight:700;border-bottom:2px solid #22c55e;",
    "chrome": "color:#6b7280;",
}

_PAGE_CSS = """
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#111827;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.4rem;margin:0 0 .25rem}
.meta{color:#4b5563;margin:0 0 1rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:.6rem .8rem;border:1px solid #e5e7eb;
  border-radius:6px;background:#f9fafb;font-size:.9rem;margin-bottom:1rem}
.doc{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #e5e7eb;border-radius:6px;padding:1rem}
sup.ref{font-size:.65rem;color:#1d4ed8;font-weight:700;margin-right:1px;user-select:none}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:.5rem}
th,td{border:1px solid #e5e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}
tr:target{background:#fef9c3}
td.content{width:45%}
"""


def _css() -> str:
    # class order in the sheet matches KINDS' drawing order, so a date's colour wins over its DATE entity's
    order = ["chrome", "statement", "quantity", "entity", "person", "org", "place", "number", "date", "cue",
             "speaker"]
    rules = "\n".join(f".k-{k}{{{_CSS_COLOURS[k]}}}" for k in order)
    return _PAGE_CSS + rules + "\n"


def _segments(n: int, spans: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, list[int]]]:
    """Cut [0, n) at every span boundary: (start, end, indexes of the spans covering the piece)."""
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for s, e, i in spans:
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    active: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        out.append((a, b, sorted(active)))
    return out


def html_text(text: str, found: Sequence[Mark], chrome: Sequence[tuple[int, int]] = ()) -> str:
    """The document as escaped HTML: each piece of text in a <span> with one class a mark covering it, and a
    small claim number where each claim's content begins."""
    layers: list[tuple[str, str]] = [("chrome", "")] * len(chrome) + [(style_key(m), m.note) for m in found]
    spans = [(s, e, i) for i, (s, e) in enumerate(chrome)] + [
        (m.start, m.end, len(chrome) + j) for j, m in enumerate(found)]
    refs: dict[int, list[str]] = {}
    for m in found:
        if m.kind in ("statement", "quantity"):
            refs.setdefault(m.start, []).append(m.label)
    parts = []
    for a, b, active in _segments(len(text), spans):
        for claim_id in refs.pop(a, []):
            n = html.escape(claim_id.rsplit("#", 1)[-1])
            parts.append(f'<sup class="ref">{n}</sup>')
        piece = html.escape(text[a:b])
        if not active:
            parts.append(piece)
            continue
        classes = " ".join(dict.fromkeys(f"k-{layers[i][0]}" for i in active))
        notes = " | ".join(dict.fromkeys(layers[i][1] for i in active if layers[i][1]))
        title = f' title="{html.escape(notes)}"' if notes else ""
        parts.append(f'<span class="{classes}"{title}>{piece}</span>')
    return "".join(parts)


def _html_legend() -> str:
    items = "".join(f'<span class="k-{k}">{html.escape(words)}</span>' for k, words in LEGEND.items())
    return f'<div class="legend"><strong>Legend</strong>{items}</div>'


def _html_claims(record: DocRecord) -> str:
    if not record.claims:
        return "<p>No claims found.</p>"
    head = "".join(f"<th>{html.escape(_HEADS.get(c, c))}</th>" for c in CLAIM_TABLE_COLUMNS)
    rows = []
    for c in record.claims:
        cells = _claim_row(c)
        tds = "".join(
            f'<td class="{col}">{html.escape(v).replace(chr(10), "<br>")}</td>'
            for col, v in zip(CLAIM_TABLE_COLUMNS, cells))
        rows.append(f'<tr id="claim-{html.escape(cells[0])}">{tds}</tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def html_page(record: DocRecord, text: str, chrome: Sequence[tuple[int, int]] = ()) -> str:
    """A self-contained page (inline CSS, no scripts, nothing fetched): header, legend, text, claims."""
    title = record.title or record.doc
    meta = " · ".join(html.escape(x) for x in (record.doc_date, record.source, record.doc) if x)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>vnhrc · {html.escape(title)}</title>\n<style>{_css()}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n<p class=\"meta\">{meta}</p>\n{_html_legend()}\n"
        f"<div class=\"doc\">{html_text(text, marks(record, text), chrome)}</div>\n"
        f"<h2>Claims ({len(record.claims)})</h2>\n{_html_claims(record)}\n</main>\n</body>\n</html>\n"
    )
