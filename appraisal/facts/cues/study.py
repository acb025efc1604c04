"""The study cue table joined again from its pieces in the order they were cut from it. At the same
start the earlier cue of a table wins, so this order is part of the table's meaning (tests/test_cues_layout.py)."""
from __future__ import annotations

from .allocation import _ALLOCATION_CUES
from .blinding import _BLINDING_CUES
from .blockers import _BLOCKER_CUES
from .control import _CONTROL_CUES
from .observational import _OBSERVATIONAL_CUES
from .reviews import _REVIEW_CUES


# (pattern, ((fact, value, strength), ...), fixed) - fixed cues carry their own polarity.
# The pieces in their order in the one table they were cut from: at the same start the earlier cue wins.
_STUDY_CUES: list[tuple[str, tuple, bool]] = [
    *_BLOCKER_CUES,
    *_REVIEW_CUES,
    *_ALLOCATION_CUES,
    *_BLINDING_CUES,
    *_CONTROL_CUES,
    *_OBSERVATIONAL_CUES,
]
