"""Spike: would a learned component help the rule-based fact extractor? A measurement, not a product change.

What it measures
----------------
For the enum facts design, control, blinding, heterogeneity, timing and species, a bag-of-words
model (word 1-2 gram tf-idf of the title, header line, Key Finding and Methods, plus a separate
tf-idf of the Limitations bullets so that "no randomized control group" in Limitations is a
different feature from the same words in Methods; one multinomial logistic regression per fact)
is compared with the rules (appraisal.extract.extract_facts) and combined with them:

- rules              the extractor as it is
- model              the model alone
- fallback           the model only where the rules say "unknown"
- override@t         the model replaces the rules where its top probability is >= t
- fallback+ovr@t     both of the above

Step 1 (default): leave-one-set-out cross-validation over the development sets (every set
bench/eval_facts.py knows except the held-out ones): train on all other sets, predict the left-out
one. Per fact: accuracy of each policy, pooled over all studies; and studies with EVERY fact right
(all eleven facts of FACT_NAMES; the facts the model does not touch come from the rules).
Table A combines the model with today's rules, which were tuned on these very sets (99.9%: an
inflated baseline no combination can beat). Table B combines it with the FIRST-CONTACT rules: each
set scored by the extractor as it was just before that set was added (exported read-only with
`git archive` into /tmp/spike_learned_rules and cached there), the honest stand-in for the rules on
fresh text; table C is B on the 14 late sets, met by rules close to today's. It also reports the
model as a second opinion: how often a confident disagreement with the rules points at a rule error.

Step 2 (`--heldout`): train on ALL development sets, score tests/heldout4 with the rules and with
the policy CHOSEN below from the CV results (CHOSEN_POLICY, fixed before heldout4 was scored).
Prints totals only: per-fact accuracy over the whole set and studies-fully-right; never a file
name, a text, a label or a per-study result.

Run: `python3 bench/spike_learned.py` (CV only, 3-7 min on 2 shared cores) or
`python3 bench/spike_learned.py --heldout` (CV, then the heldout4 totals).

Requires scikit-learn (with numpy), which is NOT a project requirement: this bench script is the
only place that uses it, and it exits with a message when it is missing.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

try:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - depends on the machine
    sys.exit("bench/spike_learned.py needs scikit-learn (and numpy/scipy), which is not a project "
             "requirement: pip install scikit-learn")

from eval_facts import HELD_OUT, SETS, same  # noqa: E402  (set discovery, labels, comparison)

from appraisal.extract import extract_facts  # noqa: E402
from appraisal.learned.texts import limits_text as _limits_text, main_text as _main_text  # noqa: E402
from appraisal.models import FACT_NAMES  # noqa: E402
from appraisal.readers import read_path  # noqa: E402

LEARNED = ("design", "control", "blinding", "heterogeneity", "timing", "species")
MATURE = {f"devset{k}" for k in range(23, 37)}  # sets met by rules that had seen >= 25 sets
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)
C = 10.0  # inverse regularisation of the logistic regressions

# The policy used on heldout4, chosen from the cross-validation printed by this script BEFORE
# heldout4 was scored. Format: {fact: policy name}; facts not named keep the rules. Rule for the
# choice: a fact gets a learned component only where one policy beats the first-contact rules by
# more than 5 points in BOTH table B (all sets) and table C (the 14 late sets). That held for
# design (B 87.5 -> 94.4, C 88.6 -> 93.6) and control (B 80.0 -> 88.5, C 78.9 -> 86.4), both with
# fallback+ovr@0.7; blinding, heterogeneity, timing and species gained < 3 points or not in both.
CHOSEN_POLICY = {"design": "fallback+ovr@0.7", "control": "fallback+ovr@0.7"}


# ---------------------------------------------------------------- data
# the texts the model reads live in the product (appraisal/learned/texts.py), so the spike, the
# trainer (scripts/train_reader.py) and the runtime reader build them one way


def load(name: str, first_contact: bool = False) -> list[dict]:
    """Every labelled study of one set: its texts, its labels, the rules' facts and (dev sets,
    when asked) the facts of the rules as they were before the set existed (`first`, else None)."""
    folder, labels_file = SETS[name]
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    old = first_contact_rules(name, [folder / f for f in sorted(labels)]) if first_contact else None
    rows = []
    for file, want in sorted(labels.items()):
        (study,) = read_path(folder / file)
        first = None
        if old is not None:
            got = old.get(file, {})
            first = {f: (None if "error" in got else got.get(f)) for f in FACT_NAMES}
            for f in LEARNED:  # an enum fact the old rules could not give is "unknown"
                first[f] = first[f] if first[f] is not None else "unknown"
        rows.append({"set": name, "main": _main_text(study), "limits": _limits_text(study),
                     "want": want, "rules": extract_facts(study, learned=False).plain(), "first": first})
    return rows


def _label(value) -> str:
    return "unknown" if value is None else str(value)


# ---------------------------------------------------------------- first-contact rules
#
# The current rules were tuned on every development set, so scored on them they are nearly
# perfect and no combination can look useful. The honest stand-in for "the rules on fresh text"
# is each set scored by the rules AS THEY WERE just before that set was added to the repository
# (the parent of the commit that first added tests/<set>/; for devset_h, retired from held-out,
# the parent of that retiring commit). Those versions are exported read-only with `git archive`
# into /tmp and run in a subprocess; results are cached in /tmp.

CACHE = Path("/tmp/spike_learned_rules")
_RUN_OLD = r"""
import json, sys
sys.path.insert(0, '.')
from appraisal.readers import read_path
from appraisal.extract import extract_facts
out = {}
for path in sys.argv[1:]:
    try:
        got = read_path(path)
        study = got[0] if isinstance(got, (list, tuple)) else got
        facts = extract_facts(study)
        out[path] = facts.plain() if hasattr(facts, 'plain') else dict(facts)
    except Exception as exc:  # an old reader may not read a newer file
        out[path] = {'error': repr(exc)}
print(json.dumps(out, default=str))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def first_contact_rules(name: str, files: list[Path]) -> dict[str, dict] | None:
    """The facts the rules gave each file before they had seen set `name` (None: no such version)."""
    if name == "data":
        return None  # the example library predates the rules
    added = _git("log", "--diff-filter=A", "--format=%H", "--", f"tests/{name}").split()
    if not added:
        return None
    commit = _git("rev-parse", f"{added[-1]}^")
    cache = CACHE / f"{name}.{commit[:10]}.json"
    if cache.exists():
        return json.loads(cache.read_text())
    tree = CACHE / commit[:10]
    if not (tree / "appraisal").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit, "appraisal"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    run = subprocess.run([sys.executable, "-c", _RUN_OLD, *map(str, files)], cwd=tree,
                         capture_output=True, text=True)
    if run.returncode:
        print(f"  first-contact rules for {name} failed: {run.stderr.strip().splitlines()[-1:]}")
        return None
    facts = {Path(k).name: v for k, v in json.loads(run.stdout).items()}
    cache.write_text(json.dumps(facts))
    return facts


# ---------------------------------------------------------------- model


class FactModel:
    """tf-idf (main text) + tf-idf (Limitations) -> one logistic regression per fact.

    OPTS, FACTS and C are class attributes so that scripts/train_reader.py can run this very
    model (and cross_validate below) with the product's settings."""

    OPTS = dict(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True,
                token_pattern=r"(?u)\b[\w\-²]+\b")
    FACTS = LEARNED
    C = C

    def fit(self, rows: list[dict]) -> "FactModel":
        self.main = TfidfVectorizer(**self.OPTS).fit([r["main"] for r in rows])
        self.limits = TfidfVectorizer(**self.OPTS).fit([r["limits"] for r in rows])
        X = self._x(rows)
        self.clf = {}
        for fact in self.FACTS:
            y = [_label(r["want"][fact]) for r in rows]
            if len(set(y)) == 1:
                self.clf[fact] = y[0]
            else:
                self.clf[fact] = LogisticRegression(C=self.C, max_iter=1000, tol=1e-3).fit(X, y)
        return self

    def _x(self, rows):
        return hstack([self.main.transform([r["main"] for r in rows]),
                       self.limits.transform([r["limits"] for r in rows])]).tocsr()

    def predict(self, rows: list[dict]) -> dict[str, list[tuple[str, float]]]:
        """Per fact, per row: (predicted value, its probability)."""
        X = self._x(rows)
        out = {}
        for fact, clf in self.clf.items():
            if isinstance(clf, str):
                out[fact] = [(clf, 1.0)] * len(rows)
                continue
            p = clf.predict_proba(X)
            best = p.argmax(axis=1)
            out[fact] = [(clf.classes_[i], float(p[k, i])) for k, i in enumerate(best)]
        return out

    def evidence(self, row: dict, fact: str, value: str) -> str:
        """The sentence that pushes hardest toward `value`: a learned prediction's stand-in for a quote.

        The model is linear, so a sentence's contribution is its own tf-idf vector (scored alone)
        dotted with the class weights; the sentence with the largest contribution is shown.
        """
        clf = self.clf[fact]
        if isinstance(clf, str):
            return ""
        k = list(clf.classes_).index(value)
        coef = clf.coef_[k] if clf.coef_.shape[0] > 1 else clf.coef_[0] * (1 if k == 1 else -1)
        n_main = len(self.main.vocabulary_)
        best, best_score = "", -np.inf
        for part, vec, offset in (("main", self.main, 0), ("limits", self.limits, n_main)):
            for sent in re.split(r"(?<=[.;!?])\s+|\n+", row[part]):
                if len(sent.split()) < 2:
                    continue
                v = vec.transform([sent])
                score = float(v.dot(coef[offset:offset + v.shape[1]])[0])
                if score > best_score:
                    best, best_score = sent.strip(), score
        return best


# ---------------------------------------------------------------- policies


def policies() -> list[str]:
    names = ["rules", "model", "fallback"]
    names += [f"override@{t}" for t in THRESHOLDS]
    names += [f"fallback+ovr@{t}" for t in THRESHOLDS]
    return names


def apply(policy: str, rule_value, pred: tuple[str, float]):
    """The value a policy gives, from the rules' value and the model's (value, probability).

    A policy name ending in ":known" never takes "unknown" from the model (the product's variant:
    appraisal.learned never makes a known fact unknown)."""
    value, prob = pred
    if policy.endswith(":known"):
        policy = policy[:-len(":known")]
        if value == "unknown":
            return rule_value
    model_value = value  # enum facts: labels, rules and model all use the words, "unknown" included
    if policy == "rules":
        return rule_value
    if policy == "model":
        return model_value
    rules_unknown = _label(rule_value) == "unknown"
    if policy == "fallback":
        return model_value if rules_unknown else rule_value
    t = float(policy.split("@")[1])
    if policy.startswith("override@"):
        return model_value if prob >= t else rule_value
    if policy.startswith("fallback+ovr@"):
        return model_value if rules_unknown or prob >= t else rule_value
    raise ValueError(policy)


def score(rows, preds, choice: dict[str, str], base: str = "rules") -> tuple[dict[str, float], float]:
    """Per-fact accuracy of the learned facts, and share of studies with all eleven facts right.

    `base` is which rules the policies combine with: "rules" (today's) or "first" (first contact).
    """
    right = {f: 0 for f in LEARNED}
    all_right = 0
    for i, r in enumerate(rows):
        ok = True
        for f in FACT_NAMES:
            got = r[base][f]
            if f in LEARNED:
                got = apply(choice.get(f, "rules"), got, preds[f][i])
                right[f] += same(got, r["want"][f])
            ok &= same(got, r["want"][f])
        all_right += ok
    n = len(rows)
    return {f: c / n for f, c in right.items()}, all_right / n


# ---------------------------------------------------------------- runs


def cross_validate(rows: list[dict], model=FactModel):
    """Leave-one-set-out predictions; a fact the model does not learn reads ("unknown", 0.0)."""
    sets = sorted({r["set"] for r in rows})
    order = {s: [i for i, r in enumerate(rows) if r["set"] == s] for s in sets}
    preds = {f: [("unknown", 0.0)] * len(rows) for f in LEARNED}
    for s in sets:
        train = [r for r in rows if r["set"] != s]
        test_idx = order[s]
        fitted = model().fit(train)
        p = fitted.predict([rows[i] for i in test_idx])
        for f in model.FACTS:
            for k, i in enumerate(test_idx):
                preds[f][i] = p[f][k]
    return preds


def print_table(title: str, rows, preds, base: str) -> dict[str, dict[str, float]]:
    print(f"\n{title} ({len(rows)} studies)")
    head = f"{'policy':<18}" + "".join(f"{f[:8]:>9}" for f in LEARNED) + f"{'mean6':>8}{'all-right':>11}"
    print(head)
    print("-" * len(head))
    table = {}
    for pol in policies():
        acc, all_right = score(rows, preds, {f: pol for f in LEARNED}, base)
        table[pol] = {**acc, "all": all_right}
        print(f"{pol:<18}" + "".join(f"{acc[f]:>9.1%}" for f in LEARNED)
              + f"{np.mean(list(acc.values())):>8.1%}{all_right:>11.1%}")
    best = {f: max(policies(), key=lambda p: (table[p][f], p == "rules")) for f in LEARNED}
    acc, all_right = score(rows, preds, best, base)
    print("best policy per fact (picked on this table, so optimistic): "
          + ", ".join(f"{f} {p}" for f, p in best.items())
          + f"; mean6 {np.mean(list(acc.values())):.1%}, all-right {all_right:.1%}")
    return table


def second_opinion(rows, preds, base: str) -> None:
    """The model as a flag for review: where it disagrees with the rules at probability >= t."""
    errors = sum(not same(r[base][f], r["want"][f]) for r in rows for f in LEARNED)
    print(f"\nsecond opinion vs {base} rules: flag a fact for review where the model disagrees "
          f"with prob >= t ({errors} rule errors on the six facts)")
    print(f"{'t':<6}{'flags':>7}{'flags/study':>13}{'precision':>11}{'errors caught':>15}")
    for t in (0.5,) + THRESHOLDS:
        flags = hits = 0
        for i, r in enumerate(rows):
            for f in LEARNED:
                value, prob = preds[f][i]
                if prob >= t and not same(value, r[base][f]):
                    flags += 1
                    hits += not same(r[base][f], r["want"][f])
        print(f"{t:<6}{flags:>7}{flags / len(rows):>13.2f}{(hits / flags if flags else 0):>11.0%}"
              f"{hits:>8}/{errors}")


def _totals(rows, preds, choice, base) -> str:
    """Facts right over all eleven facts, studies with every fact right, the six learned facts."""
    acc, all_right = score(rows, preds, choice, base)
    per = [acc[f] if f in LEARNED else sum(same(r[base][f], r["want"][f]) for r in rows) / len(rows)
           for f in FACT_NAMES]
    return (f"facts right {np.mean(per):.1%}; studies with every fact right {all_right:.1%}; "
            + " ".join(f"{f} {acc[f]:.0%}" for f in LEARNED))


def main() -> None:
    dev = [n for n in SETS if n not in HELD_OUT]
    rows = [r for name in dev for r in load(name, first_contact=True)]
    print(f"development: {len(dev)} sets, {len(rows)} studies; leave-one-set-out CV of the model")
    preds = cross_validate(rows)
    print_table("A. combined with TODAY's rules (tuned on these sets: optimistic)", rows, preds, "rules")
    fc = [i for i, r in enumerate(rows) if r["first"] is not None]
    fc_rows = [rows[i] for i in fc]
    fc_preds = {f: [preds[f][i] for i in fc] for f in LEARNED}
    print_table("B. combined with the FIRST-CONTACT rules (each set before the rules saw it)",
                fc_rows, fc_preds, "first")
    # the rules matured over the rounds; the later sets met rules closer to today's
    late = [i for i, r in enumerate(fc_rows) if r["set"] in MATURE]
    late_rows = [fc_rows[i] for i in late]
    late_preds = {f: [fc_preds[f][i] for i in late] for f in LEARNED}
    print_table(f"C. as B, only the {len(MATURE)} sets written after devset22 (rules near today's)",
                late_rows, late_preds, "first")
    second_opinion(fc_rows, fc_preds, "first")
    print(f"\nchosen policy {CHOSEN_POLICY}")
    print(f"  B, first-contact rules alone: {_totals(fc_rows, fc_preds, {}, 'first')}")
    print(f"  B, with the chosen policy:    {_totals(fc_rows, fc_preds, CHOSEN_POLICY, 'first')}")
    print(f"  C, first-contact rules alone: {_totals(late_rows, late_preds, {}, 'first')}")
    print(f"  C, with the chosen policy:    {_totals(late_rows, late_preds, CHOSEN_POLICY, 'first')}")
    print(f"  A, today's rules alone:       {_totals(rows, preds, {}, 'rules')}")
    print(f"  A, with the chosen policy:    {_totals(rows, preds, CHOSEN_POLICY, 'rules')}")

    # how a learned value could still show evidence: one development example
    model = FactModel().fit(rows)
    r = rows[0]
    for fact in ("control", "design"):
        value, prob = model.predict([r])[fact][0]
        print(f"\nevidence for a learned value (dev example, {fact} = {value}, p={prob:.2f}):\n  "
              f"{model.evidence(r, fact, value)!r}")

    if "--heldout" in sys.argv:
        test = load("heldout4")
        p = model.predict(test)
        print(f"\nheldout4 ({len(test)} studies), model trained on all development sets; totals only")
        print(f"  rules alone:  {_totals(test, p, {}, 'rules')}")
        print(f"  chosen:       {_totals(test, p, CHOSEN_POLICY, 'rules')}")


if __name__ == "__main__":
    main()
