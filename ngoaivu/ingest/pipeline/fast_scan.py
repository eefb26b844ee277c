"""Compile a rule's pattern so that the regex engine scans for it fast, its source left as written.

The engine skips ahead to the characters a match can start with only when the pattern opens on a
literal or is an alternation whose branches each open on one ("phấn\\s+đấu|dự\\s+kiến"). One branch
opening on a group ("(?:đặt|đề)\\s+ra") or a look-behind ("(?<!\\w)kcn") makes it try the whole
pattern at every position of the text or window, 2–5 times slower. Rewriting such patterns by hand
made the rounds that extend them conflict, so `letter_led` rewrites their parsed form instead:

- a non-capturing group opening a branch is spread over it: (?:a|b)c -> ac|bc;
- a look-behind opening a branch moves after the letter that follows it, which it then also
  covers: (?<!\\w)kcn -> k(?<!\\wk)cn;
- an optional group opening a branch becomes two branches, with it and without it, in the order
  the engine tries them: (?:đang\\s+)?hoạt -> đang\\s+hoạt|hoạt (greedy; the reverse when lazy);
- a leading digit is scanned for as a bitmap test ("0-9" and the other scripts' digits, or any
  character beyond the 16-bit range), the look-behind then asking the digit class of the one
  character found: \\d -> [0-9…](?<=\\d). The engine otherwise looks up every character's
  Unicode category.

Each rewrite matches the same characters as what it replaces, and the engine tries the same
alternatives in the same order at every position, so every call (search, match, finditer, sub …)
returns what the pattern as written returns (a capturing group is rewritten inside, so it captures
the same span). A pattern none of them leads (a repeat or another class first) is compiled as written.
Python's own compiler does the rest (re._parser and re._compiler, the same from 3.11 to 3.13).
"""
from __future__ import annotations

import _sre
import re
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._constants import (  # type: ignore[attr-defined]
    ASSERT,
    ASSERT_NOT,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    RANGE,
    SRE_FLAG_ASCII,
    SUBPATTERN,
)

_MAX_BRANCHES = 200  # spreading nested groups multiplies branches; past this, keep the pattern as written
_LOOK_BEHIND = -1  # the direction of an ASSERT(_NOT) node


def letter_led(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), with a fast scan when the rewrites above give it one."""
    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    led = _led_tree(parsed)
    if led is None:
        return re.compile(pattern, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # what re.compile does with a parsed pattern, keeping the source as the pattern's text
    return _sre.compile(pattern, flags | parsed.state.flags, _compiler._code(led, flags),
                        parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _led_tree(parsed):
    """The parsed pattern rewritten to open on letters, or None when it already does or cannot."""
    if _scanned_fast(parsed):
        return None
    items = _lead(parsed.state, list(parsed.data))
    if items is None:
        return None
    led = _parser.SubPattern(parsed.state, items)
    return led if _scanned_fast(led) else None


def _scanned_fast(tree) -> bool:
    flags = tree.state.flags
    if _compiler._get_literal_prefix(tree, flags)[0]:
        return True
    charset = _compiler._get_charset_prefix(tree, flags)
    return bool(charset) and charset != [(CATEGORY, CATEGORY_DIGIT)]  # not a category looked up at each character


def _lead(state, items: list) -> list | None:
    """`items` (a sequence of parsed nodes) opening on a literal, on a digit's bitmap class (possibly
    inside a capturing group), or on a branch whose alternatives each open on a literal; None when
    that cannot be done."""
    if not items:
        return None
    op, av = items[0]
    if op is LITERAL:
        return items
    if op is SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        if group is None:
            return _lead(state, list(sub.data) + items[1:])  # a plain group is its content
        led = _lead(state, list(sub.data))  # a capturing group is led from within
        return None if led is None else [(SUBPATTERN, (group, 0, 0, _parser.SubPattern(state, led)))] + items[1:]
    if op in (MAX_REPEAT, MIN_REPEAT) and av[0] == 0 and av[1] == 1 and not _captures(av[2]):
        once, never = list(av[2].data) + items[1:], items[1:]  # (?:x)?y -> xy|y, (?:x)??y -> y|xy
        branches = (once, never) if op is MAX_REPEAT else (never, once)
        return _lead(state, [(BRANCH, (None, [_parser.SubPattern(state, b) for b in branches]))])
    if op is IN and av == [(CATEGORY, CATEGORY_DIGIT)] and not state.flags & SRE_FLAG_ASCII:
        return [(IN, list(_digits_or_beyond_16_bits())), (ASSERT, (_LOOK_BEHIND, _parser.SubPattern(state, [items[0]])))] + items[1:]
    if op is BRANCH:
        branches = []
        for branch in av[1]:
            led = _lead(state, list(branch.data))
            if led is None:
                return None
            if led[0][0] is LITERAL:
                branches.append(_parser.SubPattern(state, led))
            elif led[0][0] is BRANCH:  # it opens on a branch itself: (?:a|b)c -> ac|bc
                branches.extend(_parser.SubPattern(state, list(inner.data) + led[1:]) for inner in led[0][1][1])
            else:  # a branch must open on a literal for the engine's scan
                return None
            if len(branches) > _MAX_BRANCHES:
                return None
        return [(BRANCH, (None, branches))] + items[1:]
    if op in (ASSERT, ASSERT_NOT) and av[0] == _LOOK_BEHIND:
        rest = _lead(state, items[1:])
        if rest is None or rest[0][0] not in (LITERAL, BRANCH):
            return None
        if rest[0][0] is LITERAL:  # (?<!x)k -> k(?<!xk): the same test of the same characters
            letter = rest[0]
            return [letter, (op, (_LOOK_BEHIND, _parser.SubPattern(state, list(av[1].data) + [letter])))] + rest[1:]
        branches = []
        for branch in rest[0][1][1]:  # (?<!x)(?:a|b) -> (?:(?<!x)a|(?<!x)b), each then as above
            led = _lead(state, [items[0]] + list(branch.data))
            if led is None or led[0][0] is not LITERAL:
                return None
            branches.append(_parser.SubPattern(state, led))
        return [(BRANCH, (None, branches))] + rest[1:]
    return None


def _captures(node) -> bool:
    """Whether a parsed node holds a capturing group (kept out of the optional rewrite)."""
    if isinstance(node, _parser.SubPattern):
        return any(_captures(item) for item in node.data)
    if isinstance(node, tuple) and len(node) == 2 and node[0] is SUBPATTERN and node[1][0] is not None:
        return True
    return isinstance(node, (tuple, list)) and any(_captures(part) for part in node)


@lru_cache(maxsize=1)
def _digits_or_beyond_16_bits() -> tuple:
    """A class holding every character \\d matches: the 16-bit ones it matches (a bitmap to the
    engine) and every character beyond (rare; the look-behind tells their digits apart)."""
    ranges, start = [], None
    for code in range(0x10001):
        if code < 0x10000 and chr(code).isdecimal():  # what \\d matches (Py_UNICODE_ISDECIMAL)
            start = code if start is None else start
        elif start is not None:
            ranges.append((RANGE, (start, code - 1)))
            start = None
    return (*ranges, (RANGE, (0x10000, 0x10FFFF)))


class BranchScan:
    """An alternation whose branches each open on a word of their own ("Quỹ|Tổ\\s+chức|Đại\\s+học"), then a shared tail,
    scanned one branch at a time: a branch opening on a literal word is found by the engine's fast search for that
    word, where the alternation, its first characters common letters, is tried at every position. `finditer` and
    `match` return what the alternation returns: at each position the first branch in order that matches, matches
    never overlapping, leftmost first. A group named in some branches is named (empty) in the others, so every match
    answers for it."""

    def __init__(self, branches: tuple[str, ...], tail: str = "", flags: int = 0) -> None:
        own = [set(re.compile(branch, flags).groupindex) for branch in branches]
        names = set().union(*own)
        self._patterns = tuple(
            re.compile(f"(?:{branch})" + "".join(f"(?P<{name}>)" for name in sorted(names - mine)) + tail, flags)
            for branch, mine in zip(branches, own))

    def finditer(self, text: str) -> list[re.Match]:
        found = sorted((m for pattern in self._patterns for m in pattern.finditer(text)), key=lambda m: m.start())
        kept: list[re.Match] = []
        for m in found:  # (a stable sort keeps the branches' order at one position)
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        return kept

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        return next((m for pattern in self._patterns if (m := pattern.match(text, pos)) is not None), None)
