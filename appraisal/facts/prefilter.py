"""Which words a cue pattern cannot match without: a gate computed from the pattern itself.

Why: most cue groups whose first letters occur in a study still find nothing there ("not suitable
for meta-analysis" runs wherever "not" does). A pattern like `not\\s+(?:suitable|appropriate)\\s+for`
can only match a text that has a word starting "suit" or "appr", and the study's word keys
(text.word_keys) answer that with a set lookup, far cheaper than the regex scanning the text.

The gate is read off Python's own parse of the pattern, so a rule added to a cue table gets its
gate with it; where the parse offers no certain word (an optional word, a letter class, a case-
insensitive part) the gate says nothing and the pattern always runs. A word counts only when
something that cannot be a letter or digit stands right before it in every match, so it starts a
word of the text, whose first four (or three) letters are then among the study's word keys.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's opcodes)
from re import _parser

_WORD_CHARS = frozenset(map(ord, "abcdefghijklmnopqrstuvwxyz0123456789"))
# categories of \s and \W: neither ever matches [a-z0-9]
_SEPARATING_CATEGORIES = {C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_SPACE, C.CATEGORY_UNI_NOT_WORD}


# keys of words most English sentences have: a clause made of them rarely fails, so it is tried last
_COMMON = frozenset("a an and are as at be been by for fro had has hav in is it no not of on or tha the thi "
                    "to was wer whi who wit".split())


def _key(word: str) -> str:
    return word[:4]


def _separates(items) -> bool:
    """A character class that never matches a letter or digit of a word key."""
    if not items or items[0][0] is C.NEGATE:
        return False
    for op, av in items:
        if op is C.LITERAL:
            if av in _WORD_CHARS:
                return False
        elif op is C.RANGE:
            lo, hi = av
            if any(lo <= c <= hi for c in _WORD_CHARS):
                return False
        elif op is C.CATEGORY:
            if av not in _SEPARATING_CATEGORIES:
                return False
        else:
            return False
    return True


def _opens_with_separator(op, av) -> bool:
    """The first character this item consumes cannot be a letter or digit (or, for \\b right after a
    word, there is none): a run of letters before it is a whole word."""
    if op is C.LITERAL:
        return av not in _WORD_CHARS
    if op is C.IN:
        return _separates(av)
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_UNI_BOUNDARY)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        return lo >= 1 and len(sub) > 0 and _opens_with_separator(*sub[0])
    if op is C.SUBPATTERN:
        sub = av[3]
        return not (av[1] & re.IGNORECASE) and len(sub) > 0 and _opens_with_separator(*sub[0])
    if op is C.BRANCH:
        return all(len(alt) > 0 and _opens_with_separator(*alt[0]) for alt in av[1])
    return False


def _needs(seq, boundary: bool) -> tuple[list[frozenset], bool]:
    """(clauses, boundary after): each clause is a set of word keys of which every match of `seq`
    has one; `boundary` says the character before the current position cannot be part of a word."""
    clauses: list[frozenset] = []
    run, run_at_boundary = "", False

    def end_run(whole: bool = False):
        """`whole`: a separator follows, so the run is the entire word (then even "no" is a key)."""
        nonlocal run
        if run and run_at_boundary and (len(run) >= 3 or whole):
            clauses.append(frozenset((_key(run),)))
        run = ""

    for op, av in seq:
        if run and not (op is C.LITERAL and av in _WORD_CHARS):
            end_run(_opens_with_separator(op, av))
        if op is C.LITERAL:
            if av in _WORD_CHARS:
                if not run:
                    run_at_boundary = boundary
                run += chr(av)
                boundary = False
            else:
                end_run()
                boundary = True
        elif op is C.IN:
            end_run()
            boundary = _separates(av)
        elif op is C.AT:
            end_run()
            if av in (C.AT_BOUNDARY, C.AT_UNI_BOUNDARY):
                # a word character after \b has a non-word character (or the text's start) before it
                boundary = True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            end_run()  # looks without consuming: the character before stays the same
        elif op is C.SUBPATTERN:
            end_run()
            _group, add_flags, del_flags, sub = av
            if add_flags & re.IGNORECASE:
                boundary = False  # a case-insensitive part says nothing certain about words
                continue
            inner, boundary = _needs(sub, boundary)
            clauses += inner
        elif op is C.BRANCH:
            end_run()
            outs, alternatives = [], []
            for alt in av[1]:
                inner, out = _needs(alt, boundary)
                outs.append(out)
                alternatives.append(inner)
            if all(alternatives):
                clauses.append(frozenset().union(*(_best(inner) for inner in alternatives)))
            boundary = all(outs)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            end_run()
            lo, _hi, sub = av
            inner, _ = _needs(sub, boundary)
            _, after = _needs(sub, False)  # after a later repetition: only what the body guarantees
            if lo >= 1:
                clauses += inner
                boundary = after
            else:
                boundary = boundary and after
        else:  # any character, a negated literal, a back reference ...: nothing certain
            end_run()
            boundary = False
    end_run()
    return clauses, boundary


_MAX_WORDS = 24


def _start_words(items: list, word: str = "", depth: int = 0) -> set[str] | None:
    """The word keys a match of `items` can begin with: the first four letters, or the whole word if it
    ends sooner. None when that is not certain (a letter class, any character, too many choices)."""
    if len(word) == 4:
        return {word}
    if depth > 12:
        return None
    if not items:
        return None  # what follows the pattern is unknown
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        if av in _WORD_CHARS:
            return _start_words(rest, word + chr(av), depth)
        return {word} if word else None
    if op is C.IN:
        if _separates(av):
            return {word} if word else None
        letters = []
        for iop, iav in av:
            if iop is not C.LITERAL or iav not in _WORD_CHARS:
                return None
            letters.append(chr(iav))
        return _union(_start_words(rest, word + c, depth + 1) for c in letters)
    if op is C.AT:
        if av in (C.AT_BOUNDARY, C.AT_UNI_BOUNDARY) and word:
            return {word}
        return _start_words(rest, word, depth)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _start_words(rest, word, depth)
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None
        return _start_words(list(av[3]) + rest, word, depth + 1)
    if op is C.BRANCH:
        return _union(_start_words(list(alt) + rest, word, depth + 1) for alt in av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi == 0:
            return _start_words(rest, word, depth + 1)
        again = [(op, (max(lo - 1, 0), hi - 1 if hi != C.MAXREPEAT else hi, sub))]
        once = _start_words(list(sub) + again + rest, word, depth + 1)
        return once if lo >= 1 else _union((once, _start_words(rest, word, depth + 1)))
    return None


def _union(results) -> set[str] | None:
    out: set[str] = set()
    for r in results:
        if r is None:
            return None
        out |= r
        if len(out) > _MAX_WORDS:
            return None
    return out


def _likeliest_to_fail(clause: frozenset) -> tuple:
    """Sort key: clauses without everyday words first, then the fewest keys, then the longest words."""
    return (not clause.isdisjoint(_COMMON), len(clause), -min(map(len, clause)))


def _best(clauses: list[frozenset]) -> frozenset:
    return min(reversed(clauses), key=_likeliest_to_fail)


def needed_keys(pattern: str, skip: str | None = None) -> list[frozenset]:
    """Sets of word keys a text must have one of each for `pattern` to match where a word starts (as
    the cue matcher requires), likeliest to fail first; empty if the pattern names no certain word.
    `skip`: a key known present (the group's own first letters), not worth a gate."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - an unreadable pattern simply gets no gate
        return []
    if parsed.state.flags & re.IGNORECASE:
        return []
    clauses, _ = _needs(list(parsed), True)
    first = _start_words(list(parsed))
    if first:
        clauses.append(frozenset(first))
    clauses = list(dict.fromkeys(c for c in reversed(clauses) if c != frozenset((skip,))))
    return sorted(clauses, key=_likeliest_to_fail)


def gate(patterns: list[str], skip: str | None = None, size: int = 2) -> tuple[frozenset, ...]:
    """A gate for patterns run as one regex: up to `size` sets of word keys, each of which must meet
    the text's keys for any of the patterns to match; () when some pattern names no certain word."""
    needed = [needed_keys(p, skip) for p in patterns]
    if not all(needed):
        return ()
    slots = min(size, max(map(len, needed)))
    out = []
    for k in range(slots):
        out.append(frozenset().union(*(n[min(k, len(n) - 1)] for n in needed)))
    return tuple(dict.fromkeys(out))


def opens(gate_: tuple[frozenset, ...], keys: set[str]) -> bool:
    """The text's word keys meet every set of the gate (an empty gate always opens)."""
    for needed in gate_:
        if needed.isdisjoint(keys):
            return False
    return True
