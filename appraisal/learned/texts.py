"""What the learned reader reads of a Study: the texts its features are built from, and its sentences.

Two texts, as in bench/spike_learned.py where the design was measured: the main text (title, the
`Journal/Year/N participants/Duration` header line, Key Finding, Methods) and the Limitations bullets,
kept apart so that "no randomized control group" in Limitations is a different feature from the same
words in Methods. Both come from fields of the Study, so their sentences can be found in Study.text.
"""
from __future__ import annotations

import re

from appraisal.models import Study

HEADER_LINE = re.compile(r"^[^\n]*/\s*\d{4}\s*/[^\n]*$", re.M)
# a sentence ends at . ; ! ? followed by space, or at a line break
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+|\n+")


def header_line(study: Study) -> str:
    """The header line as it stands in the text, else its fields joined."""
    m = HEADER_LINE.search(study.text or "")
    return m.group(0) if m else " ".join(str(x) for x in (study.journal, study.year, study.header_participants,
                                                           study.header_duration) if x)


def main_text(study: Study) -> str:
    return "\n".join(x for x in (study.title, header_line(study), study.key_finding, study.methods) if x)


def limits_text(study: Study) -> str:
    return "\n".join(study.limitations)


def sentences(text: str) -> list[str]:
    """The text's sentences of two words or more, stripped."""
    return [s.strip() for s in SENTENCE_BREAK.split(text) if len(s.split()) >= 2]
