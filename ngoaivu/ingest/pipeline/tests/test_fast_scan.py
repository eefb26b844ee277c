"""letter_led compiles a pattern the engine scans fast and that matches exactly as the pattern written:
the same spans and groups for every call, on made-up texts at every window and on the development set."""
import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import ngoaivu.ingest.pipeline as pipeline
from ngoaivu.ingest.pipeline.fast_scan import BranchScan, letter_led
from ngoaivu.ingest.pipeline.normalize import fold_case

DEVSET = Path(__file__).resolve().parents[4] / "tests" / "devset" / "texts"

REWRITTEN = [
    r"(?:đặt|nêu)\s+ra|phấn\s+đấu",  # a group opening a branch
    r"(?<!\w)kcn(?!\w)|khu\s+công\s+nghiệp",  # a look-behind opening a branch
    r"(?<!\w)(?:tỉnh|thành\s+phố)\s+(?P<name>\w+)",  # a look-behind before a group, a named group after
    r"(?<![\d]\s)(?<!các\s)(?<!\w)(?:tỉnh|riêng(?!\s+tháng))(?!\w)",  # look-behinds in a row
    r"(?:(?:mục|chỉ)\s+tiêu(?:[^;:]{0,20}?\s)?(?:là|ở\s+mức)|mục\s+tiêu|kế\s+hoạch)\s+(?:đạt\s+)?$",  # nested groups
    r"(?:của|trên)\s+(?:(?:phạm\s+vi|quy\s+mô)\s+)?(?:cả\s+nước|việt\s+nam)(?!\w)|(?:xuất|nhập)\s+khẩu\s+(\d+)",
    r"(?P<d>\d\d?)\s*/\s*(?P<m>\d{1,2})(?!\s*[/\d])",  # a digit first, in a capturing group
    r"\d(?<![\w.,/-]\d)\d*(?:[.,]\d+)*\s+dự\s+án",  # a digit first, a look-behind after it
    r"ủng\s+hộ|(?:đang\s+)?hoạt\s+động\s+(?:tại|ở)",  # an optional group opening a branch
    r"xấu|(?:tốt\s+)?tốt(?:\s+\w+)?",  # with or without it from the same letter: with first
    r"xấu|(?:rất\s+)??rất\s+\w+",  # a lazy one: without first
]
AS_WRITTEN = [
    r"\s*(?:tỉnh|huyện)",  # a repeat first
    r"[\d,.]+\s+dự\s+án|tổng\s+vốn",  # a class opening a branch
    r"(?=\d)\d+|năm",  # a look-ahead first
    r"(tỉnh|huyện)\s+\w+",  # a capturing group of letters first: scanned fast already
    r"tỉnh|huyện",  # already letter-led
    r"(?a)(?P<d>\d)/(?P<m>\d)",  # ASCII digits: their own bitmap already
    r"ủng\s+hộ|(?:(đang)\s+)?hoạt\s+động",  # an optional group that captures
]
TEXTS = [
    "Tỉnh đặt ra, nêu ra mục tiêu thu hút 2 tỷ USD; các kcn của tỉnh và khu công nghiệp Đình Vũ, mã xkcn.",
    "trên phạm vi cả nước, xuất khẩu 12 tỷ; của việt nam2 tỷ; riêng tháng 6 tỉnh Nam Định, các tỉnh đạt.",
    "mục tiêu của năm 2020 là đưa 130 lao động; chỉ tiêu ở mức 5; kế hoạch đạt ",
    "thành phố Huế phấn đấu đề ra 2 2 tỉnh riêng; 12 dự án, tổng vốn 3 triệu USD năm 2024",
    "tổ chức đang hoạt động tại tỉnh, hoạt động ở huyện, đang hoạt động; ủng hộ rất rất tốt, rất xấu, tốt tốt lắm",
    "ngày 3/12, ٣/١٢ và ３/１２, 𝟙/𝟚; mã a3/4, 1.250 dự án, x12 dự án, 7,5/𝟠 dự án",  # other scripts' digits
]


def _sig(match):
    return None if match is None else (match.span(), match.groups(), match.groupdict())


def _same(fast: re.Pattern, plain: re.Pattern, text: str, windows: bool = True) -> bool:
    if [_sig(m) for m in fast.finditer(text)] != [_sig(m) for m in plain.finditer(text)]:
        return False
    if fast.sub("<\\g<0>>", text) != plain.sub("<\\g<0>>", text):
        return False
    spans = [(i, j) for i in range(len(text) + 1) for j in range(i, len(text) + 1)] if windows else []
    return all(
        _sig(getattr(fast, call)(text, i, j)) == _sig(getattr(plain, call)(text, i, j))
        for i, j in spans for call in ("search", "match", "fullmatch")
    )


@pytest.mark.parametrize("pattern", REWRITTEN)
def test_a_pattern_opening_on_a_group_look_behind_optional_or_digit_is_rewritten_and_matches_as_written(pattern):
    fast, plain = letter_led(pattern), re.compile(pattern)
    assert fast != plain  # another program: the rewrite took place
    assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in TEXTS:
        assert _same(fast, plain, text.lower())


@pytest.mark.parametrize("pattern", AS_WRITTEN)
def test_a_pattern_no_letter_can_lead_is_compiled_as_written(pattern):
    assert letter_led(pattern) == re.compile(pattern)


def test_flags_are_kept():
    pattern = r"(?<!\w)cả\s+năm  # the whole year\n(?!\w)"
    fast, plain = letter_led(pattern, re.VERBOSE), re.compile(pattern, re.VERBOSE)
    assert fast != plain and fast.flags == plain.flags
    assert _same(fast, plain, "cả năm, cả năm2 và giả năm", windows=False)


def _rewritten_in_the_pipeline() -> dict[str, re.Pattern]:
    found: dict[str, re.Pattern] = {}

    def walk(value, where: str, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            if value != re.compile(value.pattern, value.flags):
                found.setdefault(value.pattern, value)
        elif depth < 3 and isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                walk(item, f"{where}[{i}]", depth + 1)
        elif depth < 3 and dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name), f"{where}.{field.name}", depth + 1)

    for module in pkgutil.iter_modules(pipeline.__path__):
        for name, value in vars(importlib.import_module(f"{pipeline.__name__}.{module.name}")).items():
            walk(value, f"{module.name}.{name}")
    return found


def test_the_pipeline_s_rewritten_patterns_match_as_written_on_the_development_set():
    rewritten = _rewritten_in_the_pipeline()
    assert len(rewritten) >= 10  # the national, goal-cue, relation, count … patterns
    texts = [fold_case(p.read_text(encoding="utf-8")) for p in sorted(DEVSET.glob("*.txt"))]
    assert texts
    for fast in rewritten.values():
        plain = re.compile(fast.pattern, fast.flags)
        assert all(_same(fast, plain, text, windows=False) for text in texts), fast.pattern


def _as_alternation(branches: tuple[str, ...], tail: str) -> re.Pattern:
    # (the alternation written out, a named group kept once: the branches' own named groups become plain ones)
    plain = [re.sub(r"\(\?P<\w+>", "(?:", b) for b in branches]
    return re.compile("(?:" + "|".join(plain) + ")" + tail)


@pytest.mark.parametrize("branches, tail", [
    (("tỉnh bang", "tỉnh", r"thị\s+xã", r"thị(?<!đô\sthị)", "khu", r"khu\s+tự\s+trị"), r"\s+(?=[^\W\d_])"),
    (("Quỹ(?:\\s+từ\\s+thiện)?", r"Tổ\s+chức", r"(?P<loose>Hội)", r"Đại\s+học", r"Trường\s+Đại\s+học"), r"\s+(?=[^\W\d_])"),
])
def test_a_branch_scan_finds_what_its_alternation_finds(branches, tail):
    scan = BranchScan(branches, tail)
    whole = _as_alternation(branches, tail)
    texts = ["hợp tác với tỉnh bang Bavaria và khu tự trị Quảng Tây, thị xã Sơn Tây, đô thị Huế, thị Nam",
             "Quỹ từ thiện Hope, Tổ chức Plan, Hội Bạn hữu, Trường Đại học Tokyo và Đại học Kyoto", ""]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))[:200]]
    for text in texts:
        for folded in (text, fold_case(text)):
            assert [m.span() for m in scan.finditer(folded)] == [m.span() for m in whole.finditer(folded)]
            for pos in range(0, len(folded), 97):
                expected = whole.match(folded, pos)
                found = scan.match(folded, pos)
                assert (found.span() if found else None) == (expected.span() if expected else None)


def test_a_group_one_branch_names_answers_in_every_match():
    scan = BranchScan((r"Tổ\s+chức", r"(?P<loose>Hội)"), r"\s+(?=[^\W\d_])")
    assert scan.finditer("Hội Bạn hữu")[0]["loose"] == "Hội"
    assert not scan.finditer("Tổ chức Plan")[0]["loose"]
