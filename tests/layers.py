"""Import-order checks shared by the package layout tests (table, extract, facts/cues).

Each of those packages lists its modules in dependency order; a module may import only modules
listed before it, and never its own package by absolute name, so no import cycle can creep in.
"""
from __future__ import annotations

import ast
from pathlib import Path


def _tree(package: Path, name: str) -> ast.Module:
    return ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))


def relative_imports(package: Path, name: str) -> list[str]:
    """The sibling modules `name` imports with `from .x import ...`."""
    return [n.module for n in ast.walk(_tree(package, name)) if isinstance(n, ast.ImportFrom) and n.level == 1]


def absolute_self_imports(package: Path, name: str, dotted: str) -> list[str]:
    """Imports of the package by its absolute name (`from appraisal.extract.x import ...`)."""
    return [n.module for n in ast.walk(_tree(package, name)) if isinstance(n, ast.ImportFrom) and n.level == 0
            and (n.module or "").startswith(dotted)]


def modules(package: Path) -> list[str]:
    """Every module of the package but `__init__`, sorted."""
    return sorted(p.stem for p in package.glob("*.py") if p.stem != "__init__")
