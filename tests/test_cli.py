"""The command line end to end: the seed's appraisal, batches with broken files, report shapes."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

from appraisal.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "000_68e18b48f32a60f4.txt"


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_seed_json_matches_the_issue(capsys):
    code, out, err = run(["appraise", str(SEED), "--format", "json"], capsys)
    assert code == 0, err
    (rec,) = json.loads(out)
    assert set(rec) >= {"source", "study", "facts", "evidence", "criteria", "total", "grade", "rubric"}
    s, f = rec["study"], rec["facts"]
    assert s["journal"] == "Expert Opinion on Biological Therapy" and s["year"] == 2008
    assert f["n"] == 140 and 170 <= f["duration_days"] <= 190
    assert (f["design"], f["timing"], f["species"], f["randomized"], f["control"], f["heterogeneity"]) == (
        "cohort", "prospective", "human", False, "historical", "heterogeneous")
    assert f["i2"] is None and f["n_studies"] is None
    assert len(s["findings"]) == 5
    assert s["findings"][0] == {"parameter": "CD4+ count (cells/μL)", "baseline": "312 ± 84",
                                "follow_up": "498 ± 91", "change": "+60%", "uncertain": False}
    assert rec["grade"] == "Very low"
    assert rec["rubric"]["id"] == "grade" and len(rec["rubric"]["sha256"]) == 64
    text = SEED.read_text(encoding="utf-8")
    for fact, quote in rec["evidence"].items():
        assert quote in text, fact
    for c in rec["criteria"]:
        assert set(c) >= {"id", "level", "score", "rationale", "evidence"}


def test_batch_with_broken_files_appraises_the_rest(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "broken.json").write_text("{oops")
    code, out, err = run(["appraise", str(tmp_path), "--format", "json", "-q"], capsys)
    assert code == 1
    recs = {Path(r["source"]).name: r for r in json.loads(out)}
    assert recs["good.txt"]["grade"] == "Very low"
    assert "empty" in recs["empty.txt"]["error"] and "binary" in recs["binary.txt"]["error"]
    assert "not valid JSON" in recs["broken.json"]["error"]
    for name in ("empty.txt", "binary.txt", "broken.json"):
        assert name in err


def test_missing_path_fails_with_message(capsys):
    code, out, err = run(["appraise", "/nonexistent/x.txt"], capsys)
    assert code == 1 and "no such file" in err


def test_csv_report_and_output_file(tmp_path, capsys):
    out_file = tmp_path / "report.csv"
    code, out, err = run(["appraise", str(SEED), "-o", str(out_file)], capsys)
    assert code == 0 and out == ""
    frame = pd.read_csv(out_file)
    row = frame.iloc[0]
    assert row["first_author"] == "Romano Carratelli C" and row["grade"] == "Very low"
    assert row["control_level"] and row["rubric_id"] == "grade"
    for col in ("design", "timing", "species", "randomized", "blinding", "control", "n", "n_studies",
                "duration_days", "heterogeneity", "i2", "total", "rubric_version", "pmid", "doi"):
        assert col in frame.columns


def test_points_rubric_and_bad_rubric(tmp_path, capsys):
    code, out, err = run(["appraise", str(SEED), "--rubric", str(ROOT / "rubrics" / "points.toml"), "--format", "json"], capsys)
    assert code == 0 and json.loads(out)[0]["grade"] in "ABCD"
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 'x'\n[[criteria\n")
    code, out, err = run(["appraise", str(SEED), "--rubric", str(bad)], capsys)
    assert code == 2 and "bad.toml" in err


def test_formula_injection_is_defused(tmp_path, capsys):
    text = SEED.read_text(encoding="utf-8").replace(
        "Thymosin Alpha-1 for the Treatment", "=HYPERLINK(\"http://x\")Thymosin", 1)
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    code, out, err = run(["appraise", str(tmp_path / "evil.txt")], capsys)
    frame = pd.read_csv(io.StringIO(out))
    assert frame.loc[0, "title"].startswith("'=HYPERLINK")


def test_module_entry_point_runs():
    proc = subprocess.run([sys.executable, "-m", "appraisal", "appraise", str(SEED), "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["grade"] == "Very low"


def test_progress_bar_on_long_batches(tmp_path, capsys, monkeypatch):
    from appraisal import progress

    ticks = iter(range(0, 10**6, 1))  # a fake clock: every reading is one second later
    monkeypatch.setattr(progress.time, "perf_counter", lambda: float(next(ticks)))
    for i in range(60):
        (tmp_path / f"s{i:02}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    code, out, err = run(["appraise", str(tmp_path)], capsys)
    assert code == 0 and "100%" in err and "60 studies" in err
    assert len(pd.read_csv(io.StringIO(out))) == 60
    code, out, err = run(["appraise", str(tmp_path), "-q"], capsys)
    assert code == 0 and err == ""


def test_literature_export_streams_dedupes_and_reports_broken_records(capsys):
    lit = ROOT / "tests" / "fixtures" / "literature"
    code, out, err = run(["appraise", str(lit / "pubmed.nbib"), str(lit / "pubmed_broken.nbib"),
                          "--format", "json", "-q"], capsys)
    recs = json.loads(out)
    assert code == 1
    good = [r for r in recs if "error" not in r]
    broken = [r for r in recs if "error" in r]
    assert good and all(r["study"]["title"] for r in good)
    assert broken and all("record" in r["error"] and "#" in r["source"] for r in broken)
    assert "skipped duplicate" in err  # the broken file repeats records of the good one
