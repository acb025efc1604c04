"""Command line: `python -m appraisal appraise PATH... [--rubric FILE] [--format csv|json] [-o FILE]`.

Directories are walked; a file (or a literature record) that cannot be read is reported by name and
reason on stderr while the rest are appraised; the exit status is 1 when anything failed, 0
otherwise, 2 for bad usage. Results are streamed, so a 20,000-record export stays in bounded memory.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from .batch import appraise_batch
from .errors import AppraisalError
from .progress import Progress
from .readers import walk
from .report import frame_from_rows, frame_to_csv, report_row, write_json
from .rubric import default_rubric, load_rubric


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
    progress = Progress(sum(f.stat().st_size for f in files), enabled=not args.quiet)
    failed: list[tuple[str, str]] = []

    def counted(results):
        for r in results:
            progress.study_done()
            if r.error:
                failed.append((r.source, r.error))
            yield r

    def notice(message: str) -> None:
        print(f"note: {message}", file=sys.stderr)

    results = counted(appraise_batch(files, rubric, progress.bytes_read, notice))
    out_cm = open(args.output, "w", encoding="utf-8", newline="") if args.output else nullcontext(sys.stdout)
    with out_cm as out:
        if args.format == "json":
            write_json(results, out)
        else:
            criteria = [c.id for c in rubric.criteria]
            out.write(frame_to_csv(frame_from_rows([report_row(r, criteria) for r in results])))
    progress.close()
    for source, error in failed:
        print(f"error: {source}: {error}", file=sys.stderr)
    return 1 if failed or missing else 0
