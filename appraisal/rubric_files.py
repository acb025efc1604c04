"""Rubrics to choose from: the built-in files and the ones a reviewer loaded, kept on disk so they
survive a restart (validated before they are kept)."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from .errors import RubricError
from .rubric import Rubric, available_rubrics, load_rubric, parse_rubric

log = logging.getLogger(__name__)


def rubric_dir() -> Path:
    """Where loaded rubric files are kept: $APPRAISAL_RUBRIC_DIR, else beside the SQLite file."""
    if os.environ.get("APPRAISAL_RUBRIC_DIR"):
        return Path(os.environ["APPRAISAL_RUBRIC_DIR"])
    if os.environ.get("APPRAISAL_DB"):
        return Path(os.environ["APPRAISAL_DB"]).resolve().parent / "rubrics"
    return Path(".appraisal") / "rubrics"


def rubric_choices(directory: Path | None = None) -> dict[str, Rubric]:
    """key -> rubric: built-ins by file stem ('grade', 'points'), loaded ones by id and hash."""
    choices: dict[str, Rubric] = {}
    for path in available_rubrics():
        try:
            choices[path.stem] = load_rubric(path)
        except RubricError:
            log.exception("built-in rubric %s is invalid", path)
    directory = rubric_dir() if directory is None else Path(directory)
    if directory.is_dir():
        for path in sorted(directory.glob("*.toml")):
            try:
                choices.setdefault(path.stem, load_rubric(path))
            except RubricError as exc:  # edited on disk after it was loaded: leave it out, say so in the log
                log.warning("skipping rubric %s: %s", path, exc)
    return choices


def save_rubric(data: bytes, name: str, directory: Path | None = None) -> tuple[str, Rubric]:
    """Validate an uploaded rubric file (RubricError names file, criterion and field) and keep it."""
    rubric = parse_rubric(data, name)
    directory = rubric_dir() if directory is None else Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    key = f"{rubric.id}-{rubric.sha256[:8]}"
    (directory / f"{key}.toml").write_bytes(data)
    return key, rubric
