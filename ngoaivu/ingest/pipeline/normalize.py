"""Clean a document's text for matching while keeping a way back to the original.

The rules match on a normalised copy: NFC, one kind of dash, quote and space, and no
web page chrome (comment widgets, share buttons, visit counters...). Every fact must
quote its evidence from the ORIGINAL text, so `NormalizedText` keeps anchors from
normalised offsets to original ones.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# One-for-one replacements (length-preserving, so offsets shift only where lines are dropped).
_TRANSLATION = str.maketrans(
    {
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"},
        **{c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02"},
        **{c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07"},
        **{c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    }
)
# str.translate looks every character up in a dict: it runs only on lines that hold one.
_NEEDS_TRANSLATION = re.compile("[" + re.escape("".join(map(chr, _TRANSLATION))) + "]")
# Invisible characters dropped outright (they break word matching).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_HAS_INVISIBLE = re.compile("[" + "".join(sorted(_INVISIBLE)) + "]")

# Whole lines that are page chrome rather than article text. Kept deliberately
# structural (templates, counters, widget captions) so that article sentences survive.
_BOILERPLATE_LINE = re.compile(
    r"""^(?:
        (?:\{\w+\}\s*-?\s*)+                                   # unrendered templates: {body}, {name} - {time}
      | \d+\s+(?:bình\s+luận|ý\s+kiến|lượt\s+xem|lượt\s+thích)  # "0 bình luận"
      | (?:trả\s+lời|thích|báo\s+cáo)(?:\s*[|·•]\s*(?:trả\s+lời|thích|báo\s+cáo|\d+))+  # "Trả lời | Thích"
      | (?:trả\s+lời|bình\s+luận|gửi\s+bình\s+luận|thích|chia\s+sẻ|in\s+bài|lưu\s+bài|gửi\s+bài|
           top|đầu\s+trang|về\s+đầu\s+trang|lên\s+đầu\s+trang|quay\s+lại|trở\s+về|xem\s+thêm|tin\s+liên\s+quan|
           tin\s+khác|các\s+tin\s+khác|các\s+tin\s+đã\s+đưa|tin\s+cùng\s+chuyên\s+mục|bài\s+viết\s+liên\s+quan|
           thời\s+tiết|địa\s+phương|tắt\s*\[x\]|truy\s+cập\s+nội\s+dung\s+luôn|thống\s+kê\s+truy\s+cập|
           facebook|zalo|twitter|email|print|share|tweet|like)\s*:?
      | (?:đang\s+truy\s+cập|tổng\s+truy\s+cập|lượt\s+truy\s+cập|truy\s+cập\s+hôm\s+nay|hôm\s+nay|
           trong\s+tuần|trong\s+tháng|đang\s+online|trực\s+tuyến|online|tổng\s+lượt\s+xem)\s*:?\s*[\d.,]+
      | (?:hãy\s+)?chia\s+sẻ\s.{0,60}
      | xem\s+thêm\s.{0,60}
      | (?:tin|bài(?:\s+viết)?)\s+(?:liên\s+quan|cùng\s+chuyên\s+mục)\s*:.{0,190}  # "Tin liên quan: <titles>"
      | đọc\s+thêm\s*:.{0,190}
      | ý\s+kiến\s+(?:của\s+)?bạn.{0,120}
      | vui\s+lòng\s.{0,120}
      | nguồn(?:\s+bài\s+viết)?\s*:.{0,80}
      | \(?ảnh\s*:[^.]{0,60}\)?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# Reader comments under an article: a heading ("Ý kiến bạn đọc (2)", "Bình luận"), then
# per comment an author line with its date, the comment, and its action buttons.
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:ý\s+kiến\s+(?:của\s+)?(?:bạn\s+đọc|độc\s+giả|bạn)|bình\s+luận|ý\s+kiến|phản\s+hồi)"
    r"(?:\s*\(\d+\))?\s*:?$",
    re.IGNORECASE,
)
_COMMENT_AUTHOR = re.compile(
    r"^[^\W\d_][^\W\d_ .'-]*(?:[ .'-]+[^\W\d_]+){0,5}\s*[-|,(]\s*"
    r"(?:\d{1,2}[:h]\d{2}\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*,?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2})?\)?$",
    re.IGNORECASE,
)
_COMMENT_ACTIONS = re.compile(
    r"^(?:trả\s+lời|thích|báo\s+cáo|báo\s+vi\s+phạm|like|reply)(?:\s*[|·•/-]\s*(?:trả\s+lời|thích|báo\s+cáo|báo\s+vi\s+phạm|like|reply|\d+))*$",
    re.IGNORECASE,
)
_COMMENT_MAX_LINES = 5  # a comment without its action line is taken to be one line


def comment_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that are reader comments (author line, text, actions), under a heading."""
    dropped: set[int] = set()
    opened = False
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _COMMENT_HEADING.match(line):
            opened = True
        elif opened and _COMMENT_AUTHOR.match(line):
            end = i + 1
            for j in range(i + 1, min(len(lines), i + 1 + _COMMENT_MAX_LINES)):
                body = lines[j].strip()
                if _COMMENT_ACTIONS.match(body):
                    end = j + 1
                    break
                if _COMMENT_AUTHOR.match(body) or _COMMENT_HEADING.match(body):
                    end = j
                    break
            else:
                end = min(len(lines), i + 2)
            dropped.update(range(i, max(end, i + 1)))
            i = max(end, i + 1)
            continue
        i += 1
    return dropped


# A page's source line ("Nguồn: Cổng TTĐT tỉnh X", "Nguồn: Báo X - 12/3/2024"): chrome for the fact
# rules, but it says who published the text, so its value is kept aside for the document metadata.
_SOURCE_LINE = re.compile(r"^nguồn(?:\s+bài\s+viết)?\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)


def source_of(line: str) -> str | None:
    """The value of a source line ("Nguồn: Báo X" -> "Báo X"), if the line is one."""
    match = _SOURCE_LINE.match(line.strip())
    return match["value"].strip() if match else None


def fold_case(text: str) -> str:
    """Lower case, one character for one, so that offsets stay valid. Keyword rules
    match on it without re.IGNORECASE, which disables the regex engine's fast scans."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_LONGEST_BOILERPLATE = 200  # chrome lines are short; skip the pattern on article lines


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _LONGEST_BOILERPLATE and _BOILERPLATE_LINE.match(stripped) is not None


@dataclass(frozen=True)
class NormalizedText:
    """`text` is the normalised text; offsets into it map back into `original`."""

    text: str
    original: str
    _norm_anchors: tuple[int, ...]
    _orig_anchors: tuple[int, ...]
    # values of the source lines dropped from `text` ("Nguồn: Báo X"): metadata only, never facts
    sources: tuple[str, ...] = ()

    def to_original(self, pos: int) -> int:
        i = bisect_right(self._norm_anchors, pos) - 1
        return self._orig_anchors[i] + (pos - self._norm_anchors[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        orig_start = self.to_original(start)
        orig_end = self.to_original(end - 1) + 1 if end > start else orig_start
        # a composed letter may come from a base letter plus combining marks
        while orig_end < len(self.original) and unicodedata.combining(self.original[orig_end]):
            orig_end += 1
        return orig_start, orig_end


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.norm_anchors: list[int] = []
        self.orig_anchors: list[int] = []

    def add(self, piece: str, orig_pos: int) -> None:
        """Append `piece`, whose first character comes from original offset `orig_pos`
        and whose following characters correspond one-for-one."""
        if not piece:
            return
        expected = self.orig_anchors[-1] + (self.length - self.norm_anchors[-1]) if self.norm_anchors else None
        if expected != orig_pos:
            self.norm_anchors.append(self.length)
            self.orig_anchors.append(orig_pos)
        self.parts.append(piece)
        self.length += len(piece)


def _add_line(builder: _Builder, line: str, orig_pos: int) -> None:
    if unicodedata.is_normalized("NFC", line) and not _HAS_INVISIBLE.search(line):
        builder.add(line.translate(_TRANSLATION) if _NEEDS_TRANSLATION.search(line) else line, orig_pos)
        return
    # Slow path (decomposed text, e.g. from cp1258 files): one cluster at a time so
    # that each composed character maps to the start of its source cluster.
    cluster_start = 0
    for i in range(1, len(line) + 1):
        if i < len(line) and unicodedata.combining(line[i]):
            continue
        cluster = "".join(c for c in line[cluster_start:i] if c not in _INVISIBLE)
        piece = unicodedata.normalize("NFC", cluster).translate(_TRANSLATION)
        if piece:
            builder.add(piece, orig_pos + cluster_start)
            if len(piece) != i - cluster_start:
                builder.norm_anchors.append(builder.length)
                builder.orig_anchors.append(orig_pos + i)
        cluster_start = i


# An official document's letterhead set in two columns on one line ("Số: 33/KH-UBND      Hậu Giang, ngày 13 tháng 3
# năm 2018"): the gap becomes a line break, the length kept (the gap's first space turns into "\n").
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_LETTERHEAD_LINES = 8


def _columns_apart(line: str) -> str:
    return _COLUMN_GAP.sub(lambda gap: "\n" + gap.group()[1:], line)


def normalize(original: str) -> NormalizedText:
    builder = _Builder()
    pos = 0
    seen = 0  # non-empty lines so far
    lines = original.splitlines(keepends=True)
    # (no hint scan of the whole text first: the heading test at each line's start is far cheaper)
    comments = comment_lines(lines)
    sources: list[str] = []
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if index in comments:
            pass
        elif not is_boilerplate(body):
            if seen < _LETTERHEAD_LINES and "   " in body:
                body = _columns_apart(body)
            _add_line(builder, body, pos)
        elif (source := source_of(body)) is not None:
            sources.append(unicodedata.normalize("NFC", source).translate(_TRANSLATION))
        if line.rstrip("\r\n") != line:  # keep the line break so paragraphs stay apart
            builder.add("\n", pos + len(body))
        seen += bool(body.strip())
        pos += len(line)
    if not builder.norm_anchors:
        builder.norm_anchors.append(0)
        builder.orig_anchors.append(0)
    return NormalizedText(
        text="".join(builder.parts),
        original=original,
        _norm_anchors=tuple(builder.norm_anchors),
        _orig_anchors=tuple(builder.orig_anchors),
        sources=tuple(sources),
    )
