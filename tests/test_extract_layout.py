"""Layout of the appraisal/extract package: each module imports only the ones below it.

The fact rules are mixins, one module per family of facts, composed into one builder. Reading order
is dependency order: the shared evidence helpers first, the rules that set aside hits about other
studies next, then each fact family, the final consistency pass, and the builder that composes them.
A rule module may call another family's methods through `self` (the builder has them all), but it
imports names (regexes, helpers) only from modules below it, so the package has no import cycle.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.layers import absolute_self_imports, modules, relative_imports

_ROOT = Path(__file__).resolve().parents[1]
_PACKAGE = _ROOT / "appraisal" / "extract"
_EXTRACT_LAYERS = ["evidence", "screening", "reviews", "refine", "design", "blinding", "placebo", "arms", "untreated",
                   "control", "population", "timing", "sizes", "indexing", "laboratory", "consistency", "builder"]


def _siblings(name: str) -> list[str]:
    return relative_imports(_PACKAGE, name)


@pytest.mark.parametrize("k, name", list(enumerate(_EXTRACT_LAYERS)))
def test_extract_modules_import_only_the_layers_below(k, name):
    siblings = _siblings(name)
    assert all(m in _EXTRACT_LAYERS[:k] for m in siblings), (name, siblings)


def test_extract_modules_do_not_import_the_package_by_its_absolute_name():
    for name in _EXTRACT_LAYERS:
        assert not absolute_self_imports(_PACKAGE, name, "appraisal.extract"), name


def test_every_module_of_the_package_has_its_place_in_the_order():
    assert modules(_PACKAGE) == sorted(_EXTRACT_LAYERS)
    assert _siblings("__init__") == ["builder"]


def test_the_builder_is_composed_of_every_rule_family():
    from appraisal.extract import extract_facts
    from appraisal.extract.builder import _Builder

    modules = {c.__module__.rsplit(".", 1)[-1] for c in _Builder.__mro__[1:-1]}
    assert modules == set(_EXTRACT_LAYERS) - {"builder"}
    assert extract_facts.__module__ == "appraisal.extract"
