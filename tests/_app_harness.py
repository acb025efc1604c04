"""Shared set-up of the AppTest tests: one page of the workspace, run against a temporary store."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_68e18b48f32a60f4.txt"


def page_script(name: str) -> None:
    """The app's frame (navigation registry + sidebar) with one page's body run directly."""
    import importlib

    import streamlit as st

    from ui import pages, state

    st.navigation(pages.build(), position="hidden")
    state.sidebar()
    state.guarded(importlib.import_module("ui." + name).render, name)()


def run_page(name: str, **state) -> AppTest:
    at = AppTest.from_function(page_script, args=(name,), default_timeout=120)
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def fresh_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app at an empty SQLite file of its own (so the examples are imported into it)."""
    db = tmp_path / "appraisal.sqlite3"
    monkeypatch.setenv("APPRAISAL_DB", str(db))
    monkeypatch.setenv("APPRAISAL_RUBRIC_DIR", str(tmp_path / "rubrics"))
    monkeypatch.delenv("APPRAISAL_DB_URL", raising=False)
    monkeypatch.chdir(ROOT)
    return db


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
