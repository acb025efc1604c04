"""Benchmark: import and appraise a 20,000-record MEDLINE export, as a reviewer's search would give.

Writes a synthetic export (records built from a few templates of realistic abstracts, one
deliberately broken record in the middle) to a temporary file, then streams it:
  1. reading only (iter_records), timed;
  2. reading again under tracemalloc, for the peak Python heap (shows memory stays bounded);
  3. reading + de-duplicating + appraising (appraisal.pipeline.appraise_study), timed,
with a progress bar on stderr. Prints records per second and peak memory.

    python bench/bench_literature.py [--records 20000] [--no-appraise] [--keep FILE]
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import textwrap
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from appraisal.dedupe import Deduper  # noqa: E402
from appraisal.progress import Progress  # noqa: E402
from appraisal.readers.literature import RecordError, iter_records  # noqa: E402

DRUGS = ["dexamethasone", "metformin", "atorvastatin", "vitamin D", "tranexamic acid", "semaglutide", "aspirin"]
CONDITIONS = ["type 2 diabetes", "community-acquired pneumonia", "heart failure", "knee osteoarthritis",
              "major depression", "chronic kidney disease", "sepsis"]

TEMPLATES = [
    dict(pt=["Journal Article", "Randomized Controlled Trial", "Multicenter Study"],
         ti="Effect of {drug} on outcomes in adults with {cond}: a randomized clinical trial.",
         ab="BACKGROUND: Whether {drug} improves outcomes in {cond} is uncertain. METHODS: In this "
            "double-blind, placebo-controlled trial at {sites} centres, {n} adults with {cond} were randomly "
            "assigned to {drug} or placebo for {weeks} weeks. The primary outcome was death or hospital "
            "admission. RESULTS: The primary outcome occurred in {a}% of the {drug} group and {b}% of the "
            "placebo group (hazard ratio, 0.{hr}; 95% CI, 0.{lo} to 0.{hi}). CONCLUSIONS: Among adults with "
            "{cond}, {drug} reduced the risk of death or admission over {weeks} weeks.",
         mh=["Adult", "Double-Blind Method", "Humans", "{Cond}/*drug therapy", "Treatment Outcome"]),
    dict(pt=["Journal Article", "Meta-Analysis", "Systematic Review"],
         ti="{Drug} for {cond}: a systematic review and meta-analysis of randomised trials.",
         ab="BACKGROUND: Trials of {drug} in {cond} have reached conflicting conclusions. METHODS: We searched "
            "MEDLINE, Embase and CENTRAL to {year} for randomised trials and pooled them with random-effects "
            "models. RESULTS: {k} trials with {n} participants were included. {Drug} reduced the primary "
            "outcome (risk ratio 0.{hr}, 95% CI 0.{lo} to 0.{hi}; I2 = {i2}%). CONCLUSIONS: Moderate-certainty "
            "evidence suggests a modest benefit of {drug} in {cond}.",
         mh=["Humans", "{Cond}/*drug therapy", "Randomized Controlled Trials as Topic"]),
    dict(pt=["Journal Article", "Observational Study"],
         ti="{Drug} use and long-term outcomes in {cond}: a population-based cohort study.",
         ab="Using national registry data, we followed {n} adults with {cond} for a median of {years} years "
            "and compared those who started {drug} with those who did not. After adjustment for age, sex "
            "and comorbidity, {drug} use was associated with lower mortality (adjusted hazard ratio 0.{hr}, "
            "95% CI 0.{lo}-0.{hi}). Residual confounding cannot be excluded in this retrospective analysis.",
         mh=["Aged", "Cohort Studies", "Humans", "Registries", "{Cond}/mortality"]),
    dict(pt=["Case Reports", "Journal Article"],
         ti="Severe adverse reaction to {drug} in a patient with {cond}: a case report.",
         ab="We describe a {age}-year-old man with {cond} who developed a severe reaction within days of "
            "starting {drug}. The drug was stopped and he recovered fully over {weeks} weeks. Clinicians "
            "should be aware of this rare complication.",
         mh=["Aged", "Humans", "Male", "{Cond}/drug therapy"]),
    dict(pt=["Journal Article", "Research Support, Non-U.S. Gov't"],
         ti="{Drug} attenuates disease progression in a rat model of {cond}.",
         ab="Male Sprague-Dawley rats (n = {rats}) with experimentally induced {cond} received {drug} or "
            "vehicle for {weeks} weeks. Compared with vehicle, {drug} lowered the histological injury score "
            "by {a}% and reduced inflammatory markers. These findings support clinical studies of {drug}.",
         mh=["Animals", "Disease Models, Animal", "Male", "Rats", "Rats, Sprague-Dawley"]),
]


def _field(tag: str, value: str) -> str:
    lines = textwrap.wrap(value, 82) or [""]
    return "\n".join([f"{tag:<4}- {lines[0]}"] + ["      " + ln for ln in lines[1:]])


def medline_record(i: int, rng: random.Random) -> str:
    t = TEMPLATES[i % len(TEMPLATES)]
    drug, cond = rng.choice(DRUGS), rng.choice(CONDITIONS)
    v = dict(drug=drug, Drug=drug[0].upper() + drug[1:], cond=cond, Cond=cond[0].upper() + cond[1:],
             n=rng.randint(40, 20000), sites=rng.randint(2, 90), weeks=rng.randint(4, 104), a=rng.randint(5, 40),
             b=rng.randint(10, 45), hr=rng.randint(55, 95), lo=rng.randint(40, 60), hi=rng.randint(90, 99),
             year=rng.randint(2015, 2024), k=rng.randint(3, 60), i2=rng.randint(0, 80), years=rng.randint(2, 15),
             age=rng.randint(30, 85), rats=rng.randint(12, 60))
    year = rng.randint(1995, 2024)
    fields = [("PMID", str(30_000_000 + i)), ("OWN", "NLM"), ("STAT", "MEDLINE"), ("DP", f"{year} Mar {rng.randint(1, 28)}"),
              ("TI", t["ti"].format(**v)), ("LID", f"10.5555/bench.{year}.{i} [doi]"), ("AB", t["ab"].format(**v))]
    for k in range(rng.randint(2, 6)):
        fields += [("FAU", f"Author{k}, Given {chr(65 + k)}"), ("AU", f"Author{k} G{chr(65 + k)}")]
    fields += [("LA", "eng")] + [("PT", pt) for pt in t["pt"]]
    fields += [("TA", "J Bench Med"), ("JT", "Journal of benchmark medicine")]
    fields += [("MH", m.format(**v)) for m in t["mh"]]
    fields += [("SO", f"J Bench Med. {year};{rng.randint(1, 90)}:{rng.randint(1, 900)}.")]
    return "\n".join(_field(tag, value) for tag, value in fields) + "\n"


def write_export(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(1, n + 1):
            rec = medline_record(i, rng)
            if i == n // 2:  # one broken record in the middle: it must be reported, the rest imported
                rec = rec.replace("LA  - eng", "this line is not a MEDLINE field")
            out.write(rec + "\n")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--no-appraise", action="store_true", help="time reading only")
    ap.add_argument("--keep", help="write the export here and keep it")
    args = ap.parse_args(argv)

    tmp = None
    if args.keep:
        path = Path(args.keep)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "pubmed-export.nbib"
    t0 = time.perf_counter()
    write_export(path, args.records)
    print(f"wrote {args.records:,} MEDLINE records ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")
    print(f"peak RSS after writing: {rss_mb():.0f} MB")

    # 1. reading only
    t0 = time.perf_counter()
    good = bad = 0
    size = path.stat().st_size
    bar = Progress(size, "reading")
    for item in iter_records(path, progress=lambda done, _total: bar.bytes_read(done)):
        if isinstance(item, RecordError):
            bad += 1
            print(f"\n  broken: {item}", file=sys.stderr)
        else:
            good += 1
        bar.study_done()
    bar.close()
    secs = time.perf_counter() - t0
    print(f"read:      {good:,} studies, {bad} broken record(s) in {secs:.1f} s = {(good + bad) / secs:,.0f} records/s")

    # 2. the same under tracemalloc: peak Python heap while streaming the whole file
    tracemalloc.start()
    for _ in iter_records(path):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"reading peak Python heap (tracemalloc): {peak / 1e6:.1f} MB for a {path.stat().st_size / 1e6:.1f} MB file")

    # 3. reading + de-duplicating + appraising
    if not args.no_appraise:
        try:
            from appraisal.pipeline import appraise_study
        except ImportError as exc:
            print(f"appraisal step skipped: {exc}")
            appraise_study = None
        if appraise_study is not None:
            deduper = Deduper()
            designs: dict[str, int] = {}
            t0 = time.perf_counter()
            done = dups = 0
            bar = Progress(size, "appraising")
            for item in iter_records(path, progress=lambda done, _total: bar.bytes_read(done)):
                bar.study_done()
                if isinstance(item, RecordError) or deduper.seen(item) is not None:
                    dups += not isinstance(item, RecordError)
                    continue
                facts, _ = appraise_study(item)
                designs[facts.design.value] = designs.get(facts.design.value, 0) + 1
                done += 1
            bar.close()
            secs = time.perf_counter() - t0
            print(f"appraised: {done:,} studies ({dups} duplicates) in {secs:.1f} s = {done / secs:,.0f} records/s")
            print("designs:   " + ", ".join(f"{k} {v}" for k, v in sorted(designs.items(), key=lambda kv: -kv[1])))
    print(f"peak RSS (whole run): {rss_mb():.0f} MB")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
