"""The learned reader: a per-fact linear model over word n-grams, scored with numpy alone.

reader.json (written by scripts/train_reader.py with scikit-learn) holds everything: the sets it was
trained on and the sha256 of their label files, the feature settings, per text ("main", "limits") the
terms in column order with their idf, and per fact the classes, coefficients and intercepts. Scoring
reproduces scikit-learn's TfidfVectorizer (lowercase, token_pattern, word n-grams, sublinear tf, idf,
l2 norm per text) and LogisticRegression.predict_proba (softmax of the linear scores; a sigmoid for
two classes), so the probabilities are scikit-learn's own (tests/test_learned.py checks to 1e-6).

A reading's evidence is the sentence of Study.text that pushes hardest toward the predicted class:
the model is linear, so each sentence, scored alone (its own tf-idf vector), contributes its dot
product with the class's coefficients; the best sentence that stands in Study.text is the quote.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from appraisal.facts.text import locate
from appraisal.models import Study
from .texts import limits_text, main_text, sentences

PATH = Path(__file__).with_name("reader.json")
_TEXTS = {"main": main_text, "limits": limits_text}


class Reading:
    """What the model reads for one fact: its class, the class's probability, and (computed when
    first asked) the sentence of Study.text behind it (None when no sentence stands in the text)."""

    __slots__ = ("value", "probability", "_find", "__dict__")

    def __init__(self, value: str, probability: float, find=None):
        self.value = value
        self.probability = probability
        self._find = find

    @cached_property
    def evidence(self) -> str | None:
        return self._find() if self._find else None

    def __repr__(self) -> str:
        return f"Reading({self.value!r}, p={self.probability:.3f})"


class _Block:
    """One text's tf-idf: term -> column (offset into the joint feature space) and idf."""

    def __init__(self, terms: list[str], idf: list[float], offset: int, pattern: re.Pattern, ngrams: tuple[int, int],
                 lowercase: bool, sublinear: bool):
        self.column = {t: offset + i for i, t in enumerate(terms)}
        self.offset = offset
        self.idf = np.asarray(idf, dtype=float)
        self.pattern, self.ngrams, self.lowercase, self.sublinear = pattern, ngrams, lowercase, sublinear

    def terms(self, text: str) -> list[str]:
        """scikit-learn's word analyzer: lowercase, token_pattern, then n-grams joined by one space."""
        tokens = self.pattern.findall(text.lower() if self.lowercase else text)
        lo, hi = self.ngrams
        out = tokens if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            out = out + list(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        return out

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The columns of the text's known terms and their l2-normalised tf-idf weights."""
        counts = Counter(map(self.column.get, self.terms(text)))
        counts.pop(None, None)
        if not counts:
            return _NO_COLUMNS, _NO_WEIGHTS
        cols = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
        w = (1.0 + np.log(tf) if self.sublinear else tf) * self.idf[cols - self.offset]
        return cols, w / math.sqrt(w @ w)


_NO_COLUMNS, _NO_WEIGHTS = np.zeros(0, dtype=np.intp), np.zeros(0)


class LearnedReader:
    """Loads reader.json once (lazily) and reads design and control from a Study."""

    def __init__(self, path: Path | str = PATH):
        self.path = Path(path)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> "LearnedReader":
        """The product's reader (appraisal/learned/reader.json), shared by every call."""
        return LearnedReader()

    @cached_property
    def _raw(self) -> bytes:
        return self.path.read_bytes()

    @cached_property
    def data(self) -> dict:
        return json.loads(self._raw)

    @cached_property
    def version(self) -> str:
        """`reader.json sha256:<hex>`: names the exact model that read a study."""
        return f"{self.path.name} sha256:{hashlib.sha256(self._raw).hexdigest()}"

    @property
    def policy(self) -> dict:
        """{"facts": [...], "fallback": bool, "override_at": float}, as trained."""
        return self.data["policy"]

    @property
    def facts(self) -> tuple[str, ...]:
        return tuple(self.data["facts"])

    @cached_property
    def _model(self):
        d = self.data
        f = d["features"]
        pattern = re.compile(f["token_pattern"])
        blocks, offset = {}, 0
        for b in d["blocks"]:
            blocks[b["text"]] = _Block(b["terms"], b["idf"], offset, pattern, tuple(f["ngram_range"]), f["lowercase"],
                                       f["sublinear_tf"])
            offset += len(b["terms"])
        facts = {name: (m["classes"], np.asarray(m["coef"], dtype=float), np.asarray(m["intercept"], dtype=float))
                 for name, m in d["facts"].items()}
        # every fact's coefficients side by side, one row per feature: one gather of the document's
        # rows and one product score all facts at once
        joint = np.ascontiguousarray(np.hstack([coef.T for _, coef, _ in facts.values()]))
        bounds = np.cumsum([0] + [coef.shape[0] for _, coef, _ in facts.values()])
        intercepts = np.concatenate([b for *_, b in facts.values()])
        slices = {name: slice(lo, hi) for name, lo, hi in zip(facts, bounds[:-1], bounds[1:])}
        return blocks, facts, joint, intercepts, slices

    def _features(self, study: Study) -> tuple[np.ndarray, np.ndarray]:
        parts = [block.vector(_TEXTS[text](study)) for text, block in self._model[0].items()]
        return np.concatenate([c for c, _ in parts]), np.concatenate([w for _, w in parts])

    def probabilities(self, study: Study) -> dict[str, tuple[list[str], np.ndarray]]:
        """Per fact: its classes and their probabilities (scikit-learn's predict_proba); {} when the
        study has no term the model knows (it would only echo its intercepts)."""
        cols, vals = self._features(study)
        if not len(cols):
            return {}
        _, facts, joint, intercepts, slices = self._model
        z_all = vals @ joint[cols] + intercepts
        out = {}
        for fact, (classes, _, _) in facts.items():
            z = z_all[slices[fact]]
            if len(z) == 1:  # two classes: a sigmoid of the one score
                p1 = 1.0 / (1.0 + math.exp(-z[0]))
                p = np.array([1.0 - p1, p1])
            else:
                e = np.exp(z - z.max())
                p = e / e.sum()
            out[fact] = (classes, p)
        return out

    def read(self, study: Study) -> dict[str, Reading]:
        """Per fact: the most probable class, its probability, and its evidence sentence (lazy)."""
        out = {}
        for fact, (classes, p) in self.probabilities(study).items():
            k = int(p.argmax())
            out[fact] = Reading(classes[k], float(p[k]), lambda f=fact, v=classes[k]: self.evidence(study, f, v))
        return out

    def evidence(self, study: Study, fact: str, value: str) -> str | None:
        """The sentence of study.text that contributes most toward `value` (an exact span), or None."""
        blocks, facts, *_ = self._model
        classes, coef, _ = facts[fact]
        k = classes.index(value)
        row = coef[k] if coef.shape[0] > 1 else coef[0] * (1 if k == 1 else -1)
        scored = []
        for text, block in blocks.items():
            for i, sentence in enumerate(sentences(_TEXTS[text](study))):
                cols, w = block.vector(sentence)
                if len(cols):  # a sentence without a known term says nothing to the model
                    scored.append((-float(row[cols] @ w), text != "main", i, sentence))
        for *_, sentence in sorted(scored):
            quote = locate(sentence, study.text)
            if quote:
                return quote
        return None
