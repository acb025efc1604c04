"""Reader for the HTML of a summary page (or any article page), with a real HTML parser.

Scripts, styles and navigation are dropped, never executed or kept; block elements become lines, so
the page is parsed by the same section logic as the plain-text summary, while the findings table
keeps the cell boundaries that the copied text loses.
"""
from __future__ import annotations

from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag

from ..errors import ReaderError
from ..models import Study
from .summary_text import parse_plain, parse_summary, parse_text

_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "nav", "footer", "head", "form", "button")
_BLOCK = {
    "p", "div", "section", "article", "header", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "br", "tr", "table", "blockquote", "pre", "dt", "dd", "dl", "figure", "figcaption",
}


def read(data: bytes, source: str) -> Iterator[Study]:
    from . import decode_text

    text = decode_text(data, source)
    try:
        soup = BeautifulSoup(text, "html.parser")
    except Exception as exc:  # html.parser is lenient; this guards its rare assertion errors
        raise ReaderError(source, f"not readable as HTML ({exc})") from None
    for tag in soup(_DROP):
        tag.decompose()
    tables = [_table_cells(t) for t in soup.find_all("table")]
    lines: list[str] = []
    _render(soup.body or soup, lines)
    rendered = "\n".join(ln for ln in (" ".join(x.split()) for x in lines) if ln)
    if not rendered.strip():
        raise ReaderError(source, "the HTML page has no readable text")
    study = parse_text(rendered, source)
    if study.format == "summary-text":
        findings_table = next((t for t in tables if len(t) >= 2), None)
        study = parse_summary(rendered, source, table_rows=findings_table)
    elif not study.sections:
        study = parse_plain(rendered, source)
    study.format = "html"
    return iter([study])


def _table_cells(table: Tag) -> list[list[str]]:
    rows = []
    for tr in table.find_all("tr"):
        cells = [" ".join(c.get_text(" ").split()) for c in tr.find_all(["th", "td"])]
        if cells:
            rows.append(cells)
    return rows


def _render(node: Tag, lines: list[str]) -> None:
    """Depth-first text with a line break around block elements; table rows as ` | `-joined cells."""
    buf: list[str] = []

    def flush():
        if buf:
            lines.append("".join(buf))
            buf.clear()

    def walk(n):
        for child in n.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # skip comments, CDATA, doctypes
                    buf.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "tr":
                    flush()
                    lines.append(" | ".join(" ".join(c.get_text(" ").split()) for c in child.find_all(["th", "td"])))
                    continue
                block = child.name in _BLOCK
                if block:
                    flush()
                if child.name == "li":
                    buf.append("• ")
                walk(child)
                if block:
                    flush()
    walk(node)
    flush()
