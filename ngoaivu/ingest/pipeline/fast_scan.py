"""Compile a rule's pattern so that the regex engine scans for it fast, its source left as written.

The engine skips ahead to the characters a match can start with only when the pattern opens on a
literal or is an alternation whose branches each open on one ("phấn\\s+đấu|dự\\s+kiến"). One branch
opening on a group ("(?:đặt|đề)\\s+ra") or a look-behind ("(?<!\\w)kcn") makes it try the whole
pattern at every position of the text or window, 2–5 times slower. Rewriting such patterns by hand
made the rounds that extend them conflict, so `letter_led` rewrites their parsed form instead:

- a non-capturing group opening a branch is spread over it: (?:a|b)c -> ac|bc;
- a look-behind opening a branch moves after the letter that follows it, which it then also
  covers: (?<!\\w)kcn -> k(?<!\\wk)cn.

Either way the engine tries the same alternatives in the same order at every position, so every
call (search, match, finditer, sub …) returns what the pattern as written returns. A pattern that
cannot be led by letters this way (a class or a repeat first) is compiled as written.
Python's own compiler does the rest (re._parser and re._compiler, the same from 3.11 to 3.13).
"""
from __future__ import annotations

import _sre
import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._constants import ASSERT, ASSERT_NOT, BRANCH, LITERAL, SUBPATTERN  # type: ignore[attr-defined]

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
    flags = parsed.state.flags
    if _compiler._get_literal_prefix(parsed, flags)[0] or _compiler._get_charset_prefix(parsed, flags):
        return None  # already scanned fast
    items = _lead(parsed.state, list(parsed.data))
    if items is None:
        return None
    led = _parser.SubPattern(parsed.state, items)
    return led if _compiler._get_charset_prefix(led, flags) else None


def _lead(state, items: list) -> list | None:
    """`items` (a sequence of parsed nodes) opening on a literal, or on a branch whose alternatives
    each open on one; None when that cannot be done."""
    if not items:
        return None
    op, av = items[0]
    if op is LITERAL:
        return items
    if op is SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if group is not None or add_flags or del_flags:
            return None
        return _lead(state, list(sub.data) + items[1:])  # a plain group is its content
    if op is BRANCH:
        branches = []
        for branch in av[1]:
            led = _lead(state, list(branch.data))
            if led is None:
                return None
            if led[0][0] is LITERAL:
                branches.append(_parser.SubPattern(state, led))
            else:  # it opens on a branch itself: (?:a|b)c -> ac|bc
                branches.extend(_parser.SubPattern(state, list(inner.data) + led[1:]) for inner in led[0][1][1])
            if len(branches) > _MAX_BRANCHES:
                return None
        return [(BRANCH, (None, branches))] + items[1:]
    if op in (ASSERT, ASSERT_NOT) and av[0] == _LOOK_BEHIND:
        rest = _lead(state, items[1:])
        if rest is None:
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
