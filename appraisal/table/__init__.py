"""Split the Key Findings table of a study summary back into its cells.

Copying a web table to plain text drops the cell boundaries, so
`CD4+ count (cells/μL)312 ± 84498 ± 91+60%` has to be read as
`CD4+ count (cells/μL)` | `312 ± 84` | `498 ± 91` | `+60%`.

How a row is split: a small cell grammar (numbers with optional ± SD, range, unit and bracket;
counts out of a total (`11 of 12 (92%)`, `13/26`); signed changes; p-values, also `p for trend
<0.001`; `I² = 56%`; capitalised words) lists every way the text after each possible end of
the parameter name can be cut into cells. Glued digits (`84498`, `0.681.12`) give several
candidates; the search is bounded (at most one more cell than the header asks for, capped counts).
Each candidate is scored on how many cells the header wants and which column wants what, on number
sense (similar magnitude and precision, an SD smaller than its mean) and on the stated change as a
check (312 -> 498 is +59.6%, stated +60%: within 1.5 points or 10 % relative; a stated `~6-fold`
against the ratio of the values). Readings that could be neither the best nor a close rival, by an
upper bound of their score, are not scored at all. The best candidate
is kept; when another is nearly as good, when the change contradicts the numbers, or when the row
has more or fewer cells than the header, the Finding is flagged `uncertain` with a `note` saying
why. A value is never moved into a column silently.

Numeric labels: when the header's first column names a unit (`Dose in feed (ppm)`, `HBV DNA
(copies/mL)`), a row may be named by a quantity (`80`, `< 300`, `5.1–10.0`), read by the cell
grammar and not faulted for lacking a letter. split_table then checks such labels against the
table, as a stated change checks values: the ratio of label to first value that its certain rows
agree on (ppm / 20 = mg/kg: `400` | `20`, not `4002` | `0`), and the decimals most labels share
(`≤0.01` | `88.4%`); a label whose decimals run into the next value is uncertain until the table
confirms them. A value column's coded name (`Tα1`) occurring in a row is never cut (a word cell
reads on over it: `Greater with Tα1`), and a p column does not take a whole number cut off the
decimal before it (`0.0` | `17` from `0.017`).

Fast path: a header of two or more value columns and then a change column, and a row of the
common glued shape (name + `a ± sd` per column + signed change, or name + one run of plain
numbers + signed change), is read without the search. Each glued run is cut only where both
halves are numbers of the grammar; the readings the stated change confirms are scored as the
search scores them, and the best is taken when it scores 0 or more and leads every other by the
same margin that makes the search call a split ambiguous (any reading the change contradicts
scores below -1.5, so it cannot come that close). Anything else goes to the search, so the
fast path never changes a cell, a column or a flag; at most it leaves out a runner-up note.

Column mapping (header = parameter column + value columns):
- a column named like n / number / participants / studies holds counts, p / p-value p-values,
  Change / Difference / Δ / effect the change, 95% CI the interval of the estimate before it,
  Note / Comment / Interpretation a reader's note; every other column holds values;
- baseline = the first value column; follow_up = the last value column before the first change
  or p column (Week 12 in Baseline | Week 4 | Week 12 | Change); change = the first change
  column, or the p column when there is none (its text is kept; change_percent stays None);
- `cells` always holds every value cell in order, so middle columns (Week 4) are not lost;
- a row with fewer cells than the header: baseline = first cell; when the last cell is a signed
  number and the header has a change column, change = that cell and follow_up = the cell before
  it (if any besides the baseline), otherwise follow_up = the last cell unless it is an interval.
  Uncertain, because which column is missing is not known; except a row with no interval under a
  header with one CI column (the CI is what it lacks), and a row whose name shows no glued cell
  under a header ending in a note column (the note was left empty). A row with more cells than
  the header: no column filled.

The modules, each importing only those before it: `cells` (the grammar, parse_measure,
parse_percent) -> `score` (costs and the column plan) -> `header` (split_header, what a header
asks of every row) -> `fast` (the fast path) -> `finding` (building the Finding) -> `search`
(the scored search and a row's verdict) -> `labels` (numeric row names checked across the table).
"""
from __future__ import annotations

from ..models import Finding, Study
from .cells import parse_measure, parse_percent
from .finding import effect_column
from .header import _column_role as column_role, _columns, split_header
from .labels import checked_labels
from .search import _split_row

__all__ = ["column_role", "split_header", "split_row", "split_table", "parse_measure", "parse_percent", "effect_column",
           "VERSION", "refresh_findings"]

# Bump whenever the splitter reads a table differently: studies stored by an older version are then
# re-split when loaded (refresh_findings), so a library gains the better reading without re-import.
VERSION = 4


def split_row(line: str, header: list[str]) -> Finding:
    """One findings row split into the parameter name and its value cells (never raises).

    The header decides how many value cells are expected and what each column holds; see the
    module docstring for the mapping to baseline / follow_up / change.
    """
    return _split_row(line, _columns(header))


def split_table(lines: list[str]) -> tuple[list[str], list[Finding]]:
    """lines[0] is the header line, the rest are rows; blank lines are ignored."""
    lines = [ln for ln in (lines or []) if ln and ln.strip()]
    if not lines:
        return [], []
    header = split_header(lines[0])
    cols = _columns(header)
    rows = [_split_row(ln, cols) for ln in lines[1:]]
    if cols.numeric_label:
        rows = checked_labels(lines[1:], rows, cols)
    return header, rows


def refresh_findings(study: Study) -> Study:
    """The study with its findings re-split by this splitter when an older one read them.

    Only a table the splitter read itself is re-split: the stored findings' raw rows must be the
    lines of the study's own Key Findings text (cells an HTML table delimited are left alone).
    """
    if study.table_version >= VERSION:
        return study
    rows = [ln.strip() for ln in (study.sections.get("Key Findings") or "").split("\n") if ln.strip()]
    if len(rows) < 2 or [f.raw.strip() for f in study.findings] != rows[1:]:
        return study
    header, findings = split_table(rows)
    return study.model_copy(update={"findings_header": header, "findings": findings, "table_version": VERSION})
