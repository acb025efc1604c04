"""The learned reader: a per-fact linear model over word n-grams, scored with numpy alone.

reader.json (written by scripts/train_reader.py with scikit-learn) holds everything: the sets it was
trained on and the sha256 of their label files, the feature settings, per text ("main", "limits") the
terms in column order with their idf, and per fact the classes, coefficients and intercepts. Scoring
reproduces scikit-learn's TfidfVectorizer (lowercase, token_pattern, word n-grams, sublinear tf, idf,
l2 norm per text) and LogisticRegression.predict_proba (softmax of the linear scores; a sigmoid for
two classes), so the probabilities are scikit-learn's own (tests/test_learned.py checks to 1e-6).

A reading's evidence is the sentence of Study.text that pushes hardest toward the predicted class:
the model is linear, so each sentence, scored alone (its own tf-idf vector), contributes its dot
product with the class's coefficients. Of the strong sentences, one that names the value is preferred
(quotes.py); the first in that order that stands in Study.text is the quote.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from itertools import chain, islice
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from appraisal.facts.text import locate
from appraisal.models import Study
from .quotes import quote_order
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
    """One text's tf-idf: term -> column (offset into the joint feature space) and idf.

    Counting looks terms up without building them: unigrams by the token itself, n-grams (n >= 2) as
    tuples of n tokens in a dict made once from the vocabulary, so no string is joined per pair. The
    columns come out in the order of the terms scikit-learn's analyzer yields (unigrams, then bigrams,
    ...; each at its first occurrence), as `terms` + Counter gave them, so every sum is as before."""

    def __init__(self, terms: list[str], idf: list[float], offset: int, pattern: re.Pattern, ngrams: tuple[int, int],
                 lowercase: bool, sublinear: bool):
        self.column = {t: offset + i for i, t in enumerate(terms)}
        self.offset = offset
        self.idf = np.asarray(idf, dtype=float)
        self.pattern, self.ngrams, self.lowercase, self.sublinear = pattern, ngrams, lowercase, sublinear
        self._findall = _faster_equivalent(pattern).findall
        lo, hi = ngrams
        # per n in lo..hi: an n-gram's column + 1 (never 0, so that filter(None, ...) drops just the
        # unknown terms), by the token itself for n = 1 and by the tuple of its n tokens for n >= 2
        # (tokens never hold a space: the vocabulary's n-grams are its terms of n words)
        self._grams = {n: {} for n in range(lo, hi + 1)}
        word = {t: t for t in self.column if " " not in t}  # one object per word: fewer to compare with
        for t, c in self.column.items():
            words = [word.setdefault(w, w) for w in t.split(" ")]
            if not lo <= len(words) <= hi:
                raise ValueError(f"term {t!r} is no {lo}..{hi}-gram")
            self._grams[len(words)][t if len(words) == 1 else tuple(words)] = c + 1

    def terms(self, text: str) -> list[str]:
        """scikit-learn's word analyzer: lowercase, token_pattern, then n-grams joined by one space (the
        reference `count` is tested against)."""
        tokens = self.pattern.findall(text.lower() if self.lowercase else text)
        lo, hi = self.ngrams
        out = tokens if lo == 1 else []
        for n in range(max(lo, 2), hi + 1):
            out = out + list(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        return out

    def count(self, text: str, counts: Counter) -> None:
        """Add the text's known terms to `counts` (column + 1 -> term frequency), in the analyzer's order."""
        tokens = self._findall(text.lower() if self.lowercase else text)
        counts.update(filter(None, chain.from_iterable(
            map(lookup.get, tokens if n == 1 else zip(*(islice(tokens, i, None) for i in range(n))))
            for n, lookup in self._grams.items())))

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The columns of the text's known terms and their l2-normalised tf-idf weights."""
        counts = Counter()
        self.count(text, counts)
        if not counts:
            return _NO_COLUMNS, _NO_WEIGHTS
        cols = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts)) - (self.offset + 1)
        tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
        w = (1.0 + np.log(tf) if self.sublinear else tf) * self.idf[cols]
        return cols + self.offset, w / math.sqrt(w @ w)


def _faster_equivalent(pattern: re.Pattern) -> re.Pattern:
    r"""The token pattern, or for reader.json's `(?u)\b[\w\-²]+\b` one that finds the same tokens
    faster. A token of the original starts at a word character (a `-` right after a word
    character only follows a token whose greedy run was cut back, and nothing after it ends at `\b`)
    and ends, cut back from its greedy run, at a word character; so `\w[\w\-²]*(?<=\w)` (no `\b`
    test at every position) finds the same tokens (tests/test_learned.py checks on every example text and
    on random strings of words, hyphens, ² and other Unicode)."""
    if pattern.pattern == r"(?u)\b[\w\-²]+\b" and pattern.flags == re.U:
        return re.compile(r"\w[\w\-²]*(?<=\w)")
    return pattern


_NO_COLUMNS, _NO_WEIGHTS = np.zeros(0, dtype=np.intp), np.zeros(0)


# the fewest known terms (n-grams, both texts) the reader reads a study from; the summaries it was trained on have
# hundreds, a title alone a handful
MIN_TERMS = 20


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

    @cached_property
    def _scoring(self):
        """What `probabilities` needs, flat: the blocks [(text, block)], whether tf is sublinear, the idf
        and the rows of `joint` indexed by column + 1 (row 0, no term, is never read), the intercepts, and
        per fact (name, classes, the first and end index of its scores, two classes?)."""
        blocks, facts, joint, intercepts, slices = self._model
        sublinear = {block.sublinear for block in blocks.values()}
        if len(sublinear) != 1:
            raise ValueError("blocks differ in sublinear_tf")
        idf = np.concatenate([[0.0], *(block.idf for block in blocks.values())])
        joint = np.ascontiguousarray(np.vstack([np.zeros((1, joint.shape[1])), joint]))
        per_fact = [(name, classes, slices[name].start, slices[name].stop, coef.shape[0] == 1)
                    for name, (classes, coef, _) in facts.items()]
        return list(blocks.items()), sublinear.pop(), idf, joint, intercepts, per_fact

    def _texts(self, study: Study) -> dict[str, str]:
        return {text: _TEXTS[text](study) for text in self._model[0]}

    def _features(self, study: Study, texts: dict[str, str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The study's columns + 1 and their tf-idf weights, block after block, each block l2-normalised as
        `_Block.vector` does: one count over both texts (their columns are apart), one numpy pass."""
        blocks, sublinear, idf, *_ = self._scoring
        counts = Counter()
        ends = []
        for text, block in blocks:
            block.count(texts[text] if texts is not None else _TEXTS[text](study), counts)
            ends.append(len(counts))
        n = len(counts)
        if not n:
            return _NO_COLUMNS, _NO_WEIGHTS
        cols = np.fromiter(counts.keys(), dtype=np.intp, count=n)
        w = np.fromiter(counts.values(), dtype=float, count=n)
        if sublinear:
            w = 1.0 + np.log(w)
        w *= idf[cols]
        start = 0
        for end in ends:
            if end > start:
                part = w[start:end]
                part /= math.sqrt(part @ part)
            start = end
        return cols, w

    def probabilities(self, study: Study, texts: dict[str, str] | None = None
                      ) -> dict[str, tuple[list[str], np.ndarray]]:
        """Per fact: its classes and their probabilities (scikit-learn's predict_proba); {} when the
        study has fewer than MIN_TERMS terms the model knows: each block is l2-normalised, so a page that
        says only "Evil study" would weigh its one term as heavily as a summary weighs hundreds, and the
        model would echo its intercepts as a reading. `texts`: the study's texts when the caller has them
        already (`_texts`)."""
        cols, vals = self._features(study, texts)
        if len(cols) < MIN_TERMS:
            return {}
        *_, joint, intercepts, per_fact = self._scoring
        z_all = vals @ joint[cols] + intercepts
        zs = z_all.tolist()  # the same doubles, for Python's max (numpy's reductions cost more on a few)
        out = {}
        for fact, classes, lo, hi, two in per_fact:
            if two:  # two classes: a sigmoid of the one score
                p1 = 1.0 / (1.0 + math.exp(-zs[lo]))
                p = np.array([1.0 - p1, p1])
            else:
                e = np.exp(z_all[lo:hi] - max(zs[lo:hi]))
                p = e / e.sum()
            out[fact] = (classes, p)
        return out

    def read(self, study: Study) -> dict[str, Reading]:
        """Per fact: the most probable class, its probability, and its evidence sentence (lazy). The
        study's texts are built once, and its sentences scored once for all the facts that ask."""
        texts = self._texts(study)
        shared: dict = {}
        out = {}
        for fact, (classes, p) in self.probabilities(study, texts).items():
            ps = p.tolist()
            k = ps.index(max(ps))  # argmax: the first of equal maxima
            out[fact] = Reading(classes[k], ps[k],
                                lambda f=fact, v=classes[k]: self._evidence(study, f, v, texts, shared))
        return out

    def evidence(self, study: Study, fact: str, value: str) -> str | None:
        """The sentence of study.text that contributes most toward `value` (an exact span), or None."""
        return self._evidence(study, fact, value, self._texts(study), {})

    def _evidence(self, study: Study, fact: str, value: str, texts: dict[str, str], shared: dict) -> str | None:
        if "sentences" not in shared:  # (text is not main, index, sentence, columns, weights)
            shared["sentences"] = [(text != "main", i, sentence, *vec)
                                   for text, block in self._model[0].items()
                                   for i, sentence in enumerate(sentences(texts[text]))
                                   for vec in [block.vector(sentence)]
                                   if len(vec[0])]  # a sentence without a known term says nothing to the model
        classes, coef, _ = self._model[1][fact]
        k = classes.index(value)
        row = coef[k] if coef.shape[0] > 1 else coef[0] * (1 if k == 1 else -1)
        scored = sorted((-float(row[cols] @ w), later, i, sentence) for later, i, sentence, cols, w in shared["sentences"])
        for sentence in quote_order([(-push, sentence) for push, *_, sentence in scored], fact, value):
            quote = locate(sentence, study.text)
            if quote:
                return quote
        return None
