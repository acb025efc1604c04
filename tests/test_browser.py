"""The main path in a real browser: `streamlit run app.py` driven by headless Chromium.

Library shows the examples; the seed's Study page shows the findings chart and grade Very low;
overriding the control-group judgement with a reason recomputes the grade card; the override is
still there after a reload; the study's CSV download contains the override and its reason.
Screenshots go to tests/artifacts/. Skipped only outside CI when Chromium or Playwright is missing.
"""
from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
SEED_TITLE = "Thymosin Alpha-1 for the Treatment of Immunocompromised Patients"
REASON = "Browser test: the historical comparator was concurrent in the full paper"

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover
    sync_playwright = None

if os.environ.get("CI"):
    assert sync_playwright is not None, "playwright must be installed in CI"
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} must be installed in CI (apt-get install chromium)"
elif sync_playwright is None or not Path(CHROMIUM).exists():
    pytest.skip("Playwright or /usr/bin/chromium not installed", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    port = _free_port()
    env = {**os.environ, "APPRAISAL_DB": str(tmp / "appraisal.sqlite3"), "APPRAISAL_RUBRIC_DIR": str(tmp / "rubrics"),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    env.pop("APPRAISAL_DB_URL", None)
    log = open(tmp / "server.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + (tmp / "server.log").read_text())
    yield url, tmp / "appraisal.sqlite3"
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
    text = (tmp / "server.log").read_text()
    assert "Traceback" not in text, text


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield b
        b.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _settle(page) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)


def _control_expander(page):
    from appraisal.rubric import default_rubric

    index = [c.id for c in default_rubric().criteria].index("control")
    return page.get_by_test_id("stExpander").filter(has_text="judgement").filter(
        has_text="verride").nth(index)


def test_main_path(server, browser, tmp_path):
    server, _ = server
    from appraisal.models import Override
    from appraisal.pipeline import appraise_study
    from appraisal.readers import read_path

    seed = read_path(ROOT / "data" / "000_68e18b48f32a60f4.txt")[0]
    _, automatic = appraise_study(seed)
    _, expected = appraise_study(seed, overrides=[Override(criterion="control", level="Concurrent control",
                                                           reason=REASON)])
    assert automatic.grade == "Very low" and expected.grade == "Low"

    page = browser.new_page(viewport={"width": 1400, "height": 2400}, accept_downloads=True)
    page.goto(server + "/")
    expect(page.get_by_role("heading", name="Library")).to_be_visible(timeout=60000)
    expect(page.get_by_text(SEED_TITLE).first).to_be_attached(timeout=60000)  # the grid's a11y cells
    expect(page.get_by_text("of 2", exact=False).first).to_be_visible()  # "23 of 23 studies shown"
    _settle(page)
    _shot(page, "01-library")

    page.get_by_role("link", name="Study").click()
    expect(page.get_by_role("heading", name=SEED_TITLE)).to_be_visible(timeout=30000)
    _settle(page)
    chart = page.get_by_test_id("stVegaLiteChart").first
    expect(chart).to_be_visible()
    expect(chart.locator("canvas, svg").first).to_be_attached()
    card = page.locator(".grade-card")
    expect(card.locator(".grade")).to_have_text("Very low")
    expect(card).to_contain_text(f"total {automatic.total:g}")
    _shot(page, "02-study-seed")

    expander = _control_expander(page)
    expander.get_by_text("Override this judgement").click()
    page.wait_for_timeout(500)
    expander.get_by_test_id("stSelectbox").click()
    page.wait_for_timeout(500)
    page.get_by_role("option", name="Concurrent control (+0)").click()
    expander.get_by_label("Reason (required)").fill(REASON)
    expander.get_by_role("button", name="Save override").click()
    _settle(page)
    expect(card).to_contain_text(f"total {expected.total:g}", timeout=20000)
    expect(card.locator(".grade")).to_have_text(expected.grade)
    expect(card).to_contain_text("1 judgement overridden by reviewer")
    expect(page.get_by_text("Concurrent control (+0)").first).to_be_visible()
    expect(card.locator(".grade")).to_have_text("Low")
    _shot(page, "03-study-overridden")

    page.reload()
    expect(page.get_by_role("heading", name=SEED_TITLE)).to_be_visible(timeout=30000)
    _settle(page)
    expect(card).to_contain_text(f"total {expected.total:g}", timeout=20000)
    expect(card).to_contain_text("1 judgement overridden")
    expect(card.locator(".grade")).to_have_text("Low")
    expect(page.get_by_text("Overridden by you").first).to_be_visible()
    _shot(page, "04-study-after-reload")

    with page.expect_download() as info:
        page.get_by_role("button", name="CSV of this study").click()
    path = tmp_path / "study.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["control_level"] == "Concurrent control"
    assert row["control_override_reason"] == REASON
    assert row["control_automatic_level"] == "Historical control"
    assert REASON in row["override_history"] and "reviewer" in row["override_history"]
    assert row["grade"] == expected.grade and row["rubric_version"] == "1.2" and row["reviewer"] == "reviewer"
    page.close()


def test_hostile_uploads(server, browser, tmp_path):
    """Empty, binary, 20 MB, UTF-16 and HTML-with-script files: a message each, no traceback, no script."""
    server, db = server
    files = {
        "empty.txt": b"",
        "binary.pdf": bytes(range(256)) * 40,
        "big.txt": b"x" * (20 * 1024 * 1024),
        "utf16.txt": "Title of a UTF-16 study\n\nKey Finding\n\nIt worked.\n".encode("utf-16"),
        "evil.html": b"<html><body><h1>Evil study</h1><script>window.__pwned = 1; document.title='PWNED'</script>"
                     b"<p onclick=\"window.__pwned=2\">Key Finding: <img src=x onerror=\"window.__pwned=3\"></p></body></html>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    page = browser.new_page(viewport={"width": 1400, "height": 2000})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    expect(page.get_by_role("heading", name="Library")).to_be_visible(timeout=60000)
    page.get_by_text("Import studies").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [str(tmp_path / n) for n in files])
    expect(page.get_by_text("big.txt").first).to_be_visible(timeout=60000)
    page.get_by_role("button", name="Import files").click()
    _settle(page)
    alerts = page.get_by_test_id("stAlert")
    expect(alerts.filter(has_text="empty.txt")).to_contain_text("empty")
    expect(alerts.filter(has_text="binary.pdf")).to_be_visible()
    expect(alerts.filter(has_text="big.txt")).to_contain_text("MB")
    _shot(page, "05-hostile-uploads")
    assert "Traceback" not in page.locator("body").inner_text()

    from appraisal.store import open_store

    store = open_store("sqlite:///" + str(db))
    evil = [s.id for s in store.studies() if s.source == "evil.html"]
    store.close()
    assert evil, "the HTML file (a readable document) should have been imported"
    page.goto(f"{server}/study?study={evil[0]}")
    expect(page.get_by_role("heading", name="Study", exact=True)).to_be_visible(timeout=30000)
    _settle(page)
    page.get_by_text("Source text", exact=True).click()
    _settle(page)
    _shot(page, "06-html-study")
    assert "Traceback" not in page.locator("body").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.title() != "PWNED" and not dialogs
    assert page.locator("script:has-text('__pwned')").count() == 0
    page.close()
