"""Re-run time of the reviewer workspace with 200 and 2,000 studies in the library.

Builds a store per size (copies of data/ with varied text, so every copy has its own hash and is
appraised on its own), opens the Library and Study pages through Streamlit's AppTest, and prints the
median time of a widget interaction (a search on the Library page; picking another study on the
Study page; re-running the same study, as an override or a toggle does), after the first (cold) run
that extracts and appraises everything once.

    python bench/bench_app.py [--sizes 200 2000] [--repeats 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.chdir(ROOT)


def build_store(db: Path, size: int) -> None:
    from appraisal.imports import example_files
    from appraisal.readers import read_path
    from appraisal.store import open_store

    originals = [s for f in example_files() for s in read_path(f)]
    copies = []
    for i in range(size):
        s = originals[i % len(originals)]
        copies.append(s.model_copy(update={
            "text": s.text + f"\n\nLibrary copy {i}.\n", "source": f"{i:05d}_{s.source}",
            "pmid": None, "doi": None}))
    store = open_store(f"sqlite:///{db}")
    store.add_studies(copies)
    store.close()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench(size: int, repeats: int) -> dict:
    from _app_harness import run_page

    tmp = Path(tempfile.mkdtemp(prefix=f"bench{size}-"))
    os.environ["APPRAISAL_DB"] = str(tmp / "appraisal.sqlite3")
    os.environ["APPRAISAL_RUBRIC_DIR"] = str(tmp / "rubrics")
    build_store(tmp / "appraisal.sqlite3", size)

    cold = timed(lambda: run_page("library"))
    at = run_page("library")
    assert len(at.dataframe[0].value) == size, "every study is listed"
    words = ["thymosin", "semaglutide", "vitamin", ""]
    library = [timed(lambda w=w: at.text_input(key="lib_search").input(w).run())
               for w in (words * repeats)[:repeats]]
    assert not at.exception

    study = run_page("study")
    ids = list(study.selectbox(key="study_pick").options)
    picks = [int(i) for i in range(1, repeats + 1)]
    study_times = []
    for i in picks:
        study_times.append(timed(lambda i=i: study.selectbox(key="study_pick").set_value(i).run()))
    assert not study.exception and ids
    # the same study again (what an override, a toggle or an expander does): the page re-runs around the same study
    same = [timed(study.run) for _ in range(repeats)]
    assert not study.exception
    return {"size": size, "cold": cold, "library": statistics.median(library), "study": statistics.median(study_times),
            "same": statistics.median(same)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)
    rows = [bench(size, args.repeats) for size in args.sizes]
    print(f"{'studies':>8} {'first run (s)':>14} {'library re-run (s)':>19} {'study re-run (s)':>17} {'same study (s)':>15}")
    for r in rows:
        print(f"{r['size']:>8} {r['cold']:>14.2f} {r['library']:>19.3f} {r['study']:>17.3f} {r['same']:>15.3f}")
    print(f"(median of {args.repeats} widget interactions each, AppTest, one process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
