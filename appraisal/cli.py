"""Command line: `python -m appraisal appraise PATH... [--rubric FILE] [--format csv|json] [-o FILE]`.

Directories are walked; a file that cannot be read is reported by name and reason on stderr while
the rest are appraised; the exit status is 1 when any file failed, 0 otherwise (2: bad usage).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import AppraisalError, ReaderError
from .pipeline import appraise_study
from .progress import Progress
from .readers import read_path, walk
from .report import Result, to_csv, to_json
from .rubric import default_rubric, load_rubric


def appraise_paths(paths, rubric, progress: Progress | None = None) -> list[Result]:
    """Every readable study under `paths`, appraised; unreadable files become error results."""
    results: list[Result] = []
    files = walk(paths)
    progress = progress or Progress(len(files))
    for path in files:
        try:
            studies = read_path(path)
        except ReaderError as exc:
            results.append(Result(source=str(path), error=exc.reason))
        else:
            for study in studies:
                try:
                    facts, appraisal = appraise_study(study, rubric)
                except AppraisalError as exc:
                    results.append(Result(source=study.source, error=str(exc)))
                else:
                    results.append(Result(source=study.source, study=study, facts=facts, appraisal=appraisal))
        progress.advance()
    progress.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m appraisal", description="Evidence-quality appraisal of study summaries.")
    sub = parser.add_subparsers(dest="command", required=True)
    ap = sub.add_parser("appraise", help="appraise files or folders of study summaries")
    ap.add_argument("paths", nargs="+", help="files or directories (walked recursively)")
    ap.add_argument("--rubric", help="rubric TOML file (default: rubrics/grade.toml)")
    ap.add_argument("--format", choices=("csv", "json"), default="csv")
    ap.add_argument("-o", "--output", help="write the report here instead of standard output")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    try:
        rubric = load_rubric(args.rubric) if args.rubric else default_rubric()
    except AppraisalError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"error: {p}: no such file or directory", file=sys.stderr)
    files = walk([p for p in args.paths if Path(p).exists()])
    progress = Progress(len(files), stream=sys.stderr, min_total=10**12 if args.quiet else 50)
    results = appraise_paths(files, rubric, progress)
    failed = [r for r in results if r.error]
    for r in failed:
        print(f"error: {r.source}: {r.error}", file=sys.stderr)
    report = to_json(results) if args.format == "json" else to_csv(results, [c.id for c in rubric.criteria])
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
    return 1 if failed or missing else 0
