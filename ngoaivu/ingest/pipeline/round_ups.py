"""Who a text no one signs is about: a round-up of the nation's, a region's or several provinces'
figures is no province's (`NamedProvinces.round_up`), and where no province is named its districts,
towns, communes and wards say which (`district_mentions`). Used by `metadata.reporting_province`."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .geography import MERGED_ON, commune_province, local_unit_province, unit_as_of
from .numbers import AMOUNT_UNIT

# --- round-ups: the nation's, a region's or several provinces' figures -------------------

# The nation (or a set of provinces) as the whole whose parts a round-up lists.
_NATION = re.compile(r"cả\s+nước|toàn\s+quốc|\d+\s+(?:tỉnh|địa\s+phương)", re.IGNORECASE)
# A figure a province can own: an amount, a count of projects, a share.
# (units as numbers.py reads them: "9 tỉnh" is a count of provinces, not "9 tỉ")
_FIGURE = re.compile(rf"\d[\d.,]*\s*(?:{AMOUNT_UNIT}|%|(?:dự\s+án|người|lao\s+động)(?!\w))", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"không\s+phải[^.:;!?\n]*$", re.IGNORECASE)  # "… không phải TP.HCM, Hà Nội hay Bình Dương"
# A title whose subject is one province described, not named, or named by what it is not:
# "Tỉnh nhỏ nhất cả nước lọt nhóm …", "Không phải A, B hay C dẫn đầu …"
_DESCRIBED_TITLE = re.compile(r"^\W*(?:tỉnh|địa\s+phương|thành\s+phố)\b", re.IGNORECASE)
_NOT_IN_TITLE = re.compile(r"không\s+phải", re.IGNORECASE)
# The province spoken of as "tỉnh" without its name ("tỉnh này", "GRDP của tỉnh", "tỉnh liên tục dẫn đầu"):
# the text follows one province, not a table of them ("các tỉnh", "18 tỉnh, thành phố", "tỉnh Y" are not).
# A centrally-run city is "thành phố", "Thành phố" or, the capital, "Thủ đô" ("tỉnh, thành phố" and "thành phố lớn" are not).
_ANAPHORIC_PROVINCE = re.compile(
    r"(?<!các )(?<!những )(?<!mỗi )(?<!từng )(?<!\d )(?<!tỉnh, )(?<!tỉnh )(?<!tỉnh/)\b(?:tỉnh|[Tt]hành\s+phố|Thủ\s+đô)\b"
    r"(?!\s*,|\s+thành|\s+(?:khác|bạn|lớn|trực|loại|mới)|\s+[^\W\d_a-zđ])"
)
_DIGEST_ITEM = re.compile(r"[*+•-]?\s*Tại\s+(?:tỉnh\s+|TP\.?\s*)?[^\W\d_]")  # "* Tại Đồng Tháp, …" opening a paragraph
_ROUND_UP_MIN = 3  # provinces a title-less round-up names


class NamedProvinces:
    """The provinces a text names outside lists and guests' delegations, for `round_up`."""

    def __init__(self) -> None:
        self.others: set[str] = set()  # keys named in lists
        self.title: dict[str, int] = {}  # key -> offset of its first mention in the title
        self.body: dict[str, list[int]] = {}  # key -> offsets of its mentions
        self.as_administration = False  # "tỉnh X", "UBND tỉnh X": a province acting, not a line of a table
        self.acting_in: dict[str, set[int]] = {}  # key -> starts of the paragraphs where it acts

    def note(self, text: str, match, key: str, title_end: int, acting: bool) -> None:
        """`acting`: the body names the province as an administration at work ("tỉnh X", "UBND tỉnh X")."""
        self.body.setdefault(key, []).append(match.start)
        if match.start < title_end and not _NOT_BEFORE.search(text, 0, match.start):
            self.title.setdefault(key, match.start)
        self.as_administration = self.as_administration or acting
        if acting:
            self.acting_in.setdefault(key, set()).add(_line_start(text, match.start))

    def round_up(self, text: str, title_end: int) -> bool:
        """Whether a text no one signs is a round-up rather than a province's: its title names several
        provinces; or names one that owns no figure in a text whose title speaks of the nation ("FDI: A
        dẫn đầu cả nước" over the nation's figures); or names none while the body ranks three or more
        provinces against the nation's total, none of them as an administration at work."""
        title = text[:title_end]
        if not self.title and _listing(text, self.body):
            return True  # a listing page: several provinces' news items, each under its own headline
        if len(self.title) >= 2:  # "A, B tuyên truyền …", then "* Tại B, …": a digest of several provinces' news
            later = sorted(self.title, key=self.title.get)[1:]
            return any(_DIGEST_ITEM.match(text, _line_start(text, at)) for key in later for at in self.body[key])
        if not self.title and self._localities_in_turn(text):
            return True
        body = text[title_end:]
        if len(self.title) == 1:
            (subject,) = self.title
            if not _NATION.search(title) or _ANAPHORIC_PROVINCE.search(body) or any(
                _FIGURE.search(_sentence(text, at)) for at in self.body[subject] if at >= title_end
            ):
                return False  # the body follows its title's province: by name beside a figure, or as "tỉnh"
        elif (
            len(self.others | set(self.body)) < _ROUND_UP_MIN or self.as_administration
            or _DESCRIBED_TITLE.match(title) or _NOT_IN_TITLE.search(title)
            or (_ANAPHORIC_PROVINCE.search(body) and len(self._paragraph_leaders(text, title_end)) < 2)
        ):
            return False  # one province is the subject, named in the body only
        # and the nation's own figures are given: else nothing a province could be credited with wrongly
        return any(_FIGURE.search(_sentence(body, nation.start())) for nation in _NATION.finditer(body))

    def _localities_in_turn(self, text: str) -> bool:
        """Whether three provinces or more act ("UBND TP A trao …", "Lãnh đạo UBND tỉnh B trao …") in two
        paragraphs or more, none named in more than one: an event of several localities, none the writer
        (the writer's province comes back through its text)."""
        if len(self.acting_in) < _ROUND_UP_MIN or len(set().union(*self.acting_in.values())) < 2:
            return False
        return all(len({_line_start(text, at) for at in ats}) == 1 for ats in self.body.values())

    def _paragraph_leaders(self, text: str, title_end: int) -> set[str]:
        """Provinces whose name opens a paragraph of the body: a round-up that follows several of them in
        turn ("TP X đạt …", then "Y đứng thứ hai …; tỉnh được hợp nhất từ …") follows none, whatever it
        calls "tỉnh"."""
        return {key for key, ats in self.body.items() for at in ats if at > title_end and not text[_line_start(text, at) : at].strip()}


_HEADLINE_MAX = 120


def _listing(text: str, body: dict[str, list[int]]) -> bool:
    """Two headlines or more, naming two provinces or more (`_item_headline`)."""
    headlines = {key: {_line_start(text, at) for at in ats if _item_headline(text, at)} for key, ats in body.items()}
    return len(set().union(*headlines.values())) >= 2 and sum(1 for lines in headlines.values() if lines) >= 2


def _item_headline(text: str, at: int) -> bool:
    """Whether the mention at `at` stands in a news item's headline: a short line closed by no stop,
    followed by a paragraph that is ("Hà Tĩnh cần tiếp tục …" then "Tại buổi làm việc, … ."), not by
    another line of a list (related news)."""
    start = _line_start(text, at)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if len(line) > _HEADLINE_MAX or line[-1:] in ".:;!?" or line[:1] in "-*+•":
        return False
    after = _NEXT_LINE.match(text, end)
    following = after["line"].strip() if after else ""
    return len(following) > _HEADLINE_MAX and following[-1:] in ".!?"


_NEXT_LINE = re.compile(r"\s*(?P<line>[^\n]*)")  # the next line with any text


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


# "huyện Yên Châu", "thị xã Kỳ Anh", "TP Móng Cái": where no province is named, its districts say which.
_DISTRICT_MENTION = re.compile(
    r"(?<!\w)(?P<unit>[Hh]uyện|[Tt]hị\s+xã|[Qq]uận|[Tt]hành\s+phố|TP\.?|[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu)[ \t]*(?=[^\W\d_])"
)
_DISTRICT_WORDS = 4


def district_mentions(text: str, on: date | None) -> Counter[str]:
    found: Counter[str] = Counter()
    for mention in _DISTRICT_MENTION.finditer(text):
        words = []
        for word in text[mention.end() : mention.end() + 40].split()[:_DISTRICT_WORDS]:
            bare = word.strip(",.;:!?()\"'“”")
            if not (bare[:1].isupper() or bare.isdigit()):  # "phường Móng Cái 1"
                break
            words.append(bare)
            if bare != word:
                break  # punctuation ends the name
        commune = mention["unit"][:1] in "XxPpĐđ"  # "xã X", "phường X", "đặc khu X": units of 1 July 2025 on
        if commune and (on is None or on < MERGED_ON):
            continue
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            key = commune_province(name, designated=True) if commune else local_unit_province(name, on, designated=True)
            if key is not None:
                found[unit_as_of(key, on).key] += 1
                break
    return found
