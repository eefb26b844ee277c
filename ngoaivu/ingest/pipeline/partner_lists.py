"""Foreign localities named in lists and other ways than "noun + name": after a counted or plural unit ("4 tỉnh
Nam Lào là A, B"), in groups each closed by its country, in a table's rows, bare after "với" or a delegation, as
one side of a pair, through a head's office or party committee, as a parent named again bare, and beside places
found in the same text (split from partners.py, whose PartnerFinder mixes these readings in)."""
from __future__ import annotations

import re

from ngoaivu.geo.catalog import find_country

from . import gazetteer
from .catalog_orgs import find_organization
from .fast_scan import BranchScan
from .geography import country_at, country_matcher
from .names import could_be_japanese, looks_foreign, names_a_body, read_name
from .partner_base import Partner, country_after
from .partner_context import COUNCIL_BEFORE as _COUNCIL_BEFORE
from .partner_context import DELEGATION_OF as _DELEGATION_OF
from .partner_context import HEAD_OF_PLACE as _HEAD_OF_PLACE
from .partner_context import NOT_BARE_PARTNER as _NOT_BARE_PARTNER
from .partner_context import PAIR_LINK as _PAIR_LINK
from .partner_context import PAIRS_OF_LOCALITIES as _PAIRS_OF_LOCALITIES
from .partner_context import WITH as _WITH
from .partner_context import WITH_TOGETHER
from .partner_context import after_a_name as _after_a_name
from .partner_names import NOUNS as _NOUNS
from .partner_names import PARENT_NOUN as _PARENT_NOUN
from .partner_names import REGION_NOUN as _REGION_NOUN
from .partner_names import Name as _Name
from .partner_names import bracketed_items as _bracketed_items
from .partner_names import is_acronym as _is_acronym
from .partner_names import known_place_before_person as _known_place_before_person
from .partner_names import one_country as _one_country
from .partner_names import read_name_list as _read_name_list
from .segments import Sentence, at_word_start

LOCALITY_NOUN_BEFORE = re.compile(_NOUNS + r"(?:(?:bạn|kết\s+nghĩa|đối\s+tác|anh\s+em)\s+)?$")  # read with its noun already
_LOCALITY_NOUN_BEFORE = LOCALITY_NOUN_BEFORE
_CLAUSE_BREAK = re.compile(r"[;()]")
# "một số tỉnh của Lào là A, B", "hai tỉnh giáp biên: A và B", "4 tỉnh Nam Lào là A": a counted or plural unit, then
# the list after "là"/"gồm"/":" in the clause (counts in words and figures apart: together they scan 3 times slower).
_UNITS = r"(?:tỉnh,?\s+thành(?:\s+phố)?|tỉnh|địa\s+phương|bang|thành\s+phố)[\s:]"
_LISTED_UNITS = (
    BranchScan(("các", "những", "nhiều", r"một\s+số", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám"), r"\s+" + _UNITS),
    re.compile(r"[0-9][0-9]?[ ]+" + _UNITS),
)
# ("04 tỉnh Nam Lào (A, B, C và D)": the list in brackets after the counted unit)
_LIST_INTRO = re.compile(r"\s*:\s*|\s+(?:là|gồm(?:\s+có)?|bao\s+gồm|như)\s*:?\s+|\s*\(\s*(?=[^\W\d_][^()]*(?:,|\svà\s)[^()]*\))")
_PAIRED_WITH_NEXT = re.compile(r"\s+và\s+(?:(?:tỉnh|thành\s+phố|quận|huyện|bang|vùng|thị\s+trấn|thị\s+xã)\s+)?")
# "tỉnh A, B (Việt Nam); C, D (Lào); E và F (Thái Lan)": groups of names, each closed by its
# country in brackets, one after another.
_GROUP_SEPARATOR = re.compile(r"\s*[;,]\s*|\s+và\s+")
# "1 | Tỉnh Gifu | Nhật Bản | 2015": a table's row, cells joined by " | " (readers)
_CELL = re.compile(r"[^|]+")
_NOUN_AT = re.compile(_NOUNS, re.IGNORECASE)


class ListedLocalities:
    """Readings of `PartnerFinder` (which provides text, folded, tokens, layout and the country look-ups)."""

    def _parents_named_again(self, parent_starts: set[int]) -> list[Partner]:
        """A first-level unit given as a partner's parent ("thành phố A (Khu tự trị B, Trung Quốc)") is a
        partner itself where a sentence of relation names it again bare ("A nói riêng, B nói chung")."""
        found: list[Partner] = []
        seen: set[str] = set()
        for start in sorted(parent_starts):
            read = read_name(self.text, start)
            if read is None or read[0] in seen:
                continue
            seen.add(read[0])
            places = [p for p in gazetteer.places_named(read[0]) if p.country != "VN" and p.level == 1]
            country = _one_country(places)
            if country is None or gazetteer.is_vietnamese_province(read[0]):
                continue
            pos = self.text.find(read[0])
            while pos >= 0:
                end = pos + len(read[0])
                if (
                    pos not in parent_starts and at_word_start(self.text, pos) and not self.text[end : end + 1].isalnum()
                    and not _NOT_BARE_PARTNER.search(self.folded, max(0, pos - 40), pos)
                    and not _after_a_name(self.text, pos)
                    and not _LOCALITY_NOUN_BEFORE.search(self.folded, max(0, pos - 30), pos)
                ):
                    sentence = self.layout.sentence_at(pos)
                    found.extend(self._locality_partners([_Name(read[0], pos, end)], country, pos, end, sentence))
                pos = self.text.find(read[0], end)
        return found

    def _next_groups(self, pos: int, start: int, sentence: Sentence) -> list[Partner]:
        """The groups after a semicolon that each close with their own country."""
        found: list[Partner] = []
        while (separator := _GROUP_SEPARATOR.match(self.text, pos)) is not None and separator.end() < sentence.end:
            names, country, end = _read_name_list(self.text, self.tokens, separator.end(), sentence.end)
            if names and country is None:
                after = country_after(self.text, self.tokens, end)
                if after is not None:
                    country, end = after
            if not names or country is None:
                break
            found.extend(self._locality_partners(names, country, start, end, sentence))
            pos = end
        return found

    def _before_capitals(self, pattern: re.Pattern):
        """The matches of `pattern` that start a word and have a capitalised word right after them."""
        return (m for m in pattern.finditer(self.folded) if at_word_start(self.folded, m.start()) and self.text[m.end()].isupper())

    def _heads_of_places(self) -> list[Partner]:
        """A foreign unit the gazetteer knows, named after its head's office or its party committee."""
        found: list[Partner] = []
        for match in self._before_capitals(_HEAD_OF_PLACE):
            read = read_name(self.text, match.end())
            if read is None:
                continue
            name = _Name(read[0], match.end(), read[1])
            if not gazetteer.places_named(name.text):
                name = _known_place_before_person(name)  # "U-đon Tha-ni Nathapol Withee"
            if name is None or gazetteer.is_vietnamese_province(name.text):
                continue
            sentence = self.layout.sentence_at(match.start())
            places = gazetteer.places_named(name.text)
            if not places or not self._speaks_of_relation(sentence):
                continue
            if places[0].level == 1:
                country = self._gazetteer_country(name.text, sentence, small=False)
            else:  # "Châu ủy Văn Sơn (Trung Quốc)": a lower unit only with its country beside it
                stated = country_after(self.text, self.tokens, name.end)
                country = stated[0] if stated is not None and stated[0] in {p.country for p in places} else None
            found.extend(self._locality_partners([name], country, match.start(), name.end, sentence))
        return found

    def _localities_after_with(self) -> list[Partner]:
        """Places the gazetteer knows, named bare after "với" or a delegation ("Đoàn đại biểu X")."""
        found: list[Partner] = []
        together = (WITH_TOGETHER,) if "tác cùng" in self.folded or "nghĩa cùng" in self.folded else ()
        for match in (m for pattern in (_WITH, *together, _DELEGATION_OF) for m in self._before_capitals(pattern)):
            sentence = self.layout.sentence_at(match.start())
            if not self._speaks_of_relation(sentence):
                continue
            items = _bracketed_items(self.text, self.tokens, match.end(), sentence.end)
            if len(items) > 1:  # "với các đối tác Thượng Hải (Trung Quốc), Osaka (Nhật Bản), Busan (Hàn Quốc)": each its own
                for name, country in items:
                    if not gazetteer.is_vietnamese_province(name.text) and not find_organization(name.text) \
                            and not names_a_body(name.text):  # ("với Smile Kids (Hoa Kỳ), …": bodies, read as such)
                        found.extend(self._locality_partners([name], country, match.start(), name.end, sentence))
                continue
            names, _, end = _read_name_list(self.text, self.tokens, match.end(), sentence.end)
            names = [n for n in names if not (find_country(n.text) or gazetteer.is_vietnamese_province(n.text)
                                              or find_organization(n.text))]
            countries = [self._gazetteer_country(n.text, sentence, small=False) for n in names]
            known = {c for c in countries if c is not None}
            for name, country in zip(names, countries, strict=True):
                if country is None and len(known) == 1 and known <= self._countries_in(sentence) \
                        and not gazetteer.places_named(name.text) and not gazetteer.is_vietnamese_locality(name.text):
                    # "Với Hàn Quốc, thành phố hợp tác cùng A, Daegu, B": names the gazetteer lacks, listed with its
                    # places of the country the sentence names, are that country's places too
                    country = next(iter(known))
                found.extend(self._locality_partners([name], country, match.start(), end, sentence))
        return found

    def _paired_localities(self) -> list[Partner]:
        """"giữa hai tỉnh Long An và X", "hai địa phương A và B": the side the gazetteer
        knows as a foreign first-level unit is a partner (the other is the province)."""
        found: list[Partner] = []
        for match in (m for pattern in _PAIRS_OF_LOCALITIES for m in pattern.finditer(self.folded)):
            if not at_word_start(self.folded, match.start()) or not self.text[match.end()].isupper():
                continue
            sentence = self.layout.sentence_at(match.start())
            first = read_name(self.text, match.end())
            link = first and _PAIR_LINK.match(self.folded, first[1])
            second = link and read_name(self.text, link.end())
            if not second:
                continue
            sides = [_Name(first[0], match.end(), first[1]), _Name(second[0], link.end(), second[1])]
            for name in sides:
                if find_country(name.text) or gazetteer.is_vietnamese_province(name.text):
                    continue
                country = self._gazetteer_country(name.text, sentence, small=False)
                found.extend(self._locality_partners([name], country, match.start(), second[1], sentence))
        return found

    def _listed_localities(self) -> list[Partner]:
        """Names listed after a counted unit: their country is the one named between the unit and the list,
        the one closing each group, or the gazetteer's (first-level units only)."""
        found: list[Partner] = []
        for match in (m for pattern in _LISTED_UNITS for m in pattern.finditer(self.folded)):
            if not at_word_start(self.folded, match.start()):
                continue
            sentence = self.layout.sentence_at(match.start())
            limit = min(sentence.end, match.end() + 80)
            intro = _LIST_INTRO.search(self.folded, match.end() - 1, limit)  # from the space the unit ended on
            if intro is None or _CLAUSE_BREAK.search(self.text[match.end() : intro.start()]):
                continue
            if _PARENT_NOUN.match(self.folded, intro.end()):
                continue  # "gồm Thủ đô A và 9 tỉnh B, C": items with their own noun are read with it
            items = _bracketed_items(self.text, self.tokens, intro.end(), sentence.end)
            if items:  # "nhiều thành phố như A (Lào), B (Hàn Quốc), C (Nhật Bản)": each its own country
                for name, country in items:
                    found.extend(self._locality_partners([name], country, match.start(), name.end, sentence))
                continue
            between = [m.payload for m in country_matcher().find_all(self.tokens, match.end(), intro.start())]
            names, listed_country, end = _read_name_list(self.text, self.tokens, intro.end(), sentence.end, parent_asides=True)
            closing = country_after(self.text, self.tokens, end) if names and listed_country is None else None
            if closing is not None:  # "5 địa phương: A, B (Lào); C (Nhật Bản)": groups each closed by a country
                listed_country, end = closing
            if names and listed_country is not None:
                # (also after a group whose country the list itself closed on: "như A, B và C (Nam Lào), D (Thái Lan)")
                found.extend(self._next_groups(end, match.start(), sentence))
            country = between[-1] if between else listed_country
            for name in names:
                if find_country(name.text) or gazetteer.is_vietnamese_province(name.text):
                    continue
                places = gazetteer.places_named(name.text, country) if country is None else ()
                place_country = country or (_one_country(places) if places and places[0].level == 1 else None)
                if place_country is None and not places and looks_foreign(name.text) and not _is_acronym(name.text) \
                        and not gazetteer.is_vietnamese_locality(name.text):
                    # "… 5 thành phố của Nhật Bản: …, và ba thành phố cùng ký năm 2018 là Sasayama, Saijo, Takayama": a
                    # listed name the gazetteer lacks takes its context's country
                    place_country = self._context_country(name.text, sentence, name.start)
                found.extend(self._locality_partners([name], place_country, match.start(), end, sentence))
        return found

    def _below_found_places(self, deferred, found: list[Partner]) -> list[Partner]:
        """A city the text names without its country is foreign when a unit above it is a
        partner of the same text ("Khu tự trị Quảng Tây (Trung Quốc)" ... "thành phố Bách Sắc")."""
        known = {gazetteer.identity(p.name, p.country) for p in found if p.partner_type == "locality"} - {None}
        known |= self._venue_parents
        out = []
        for name, start, end, sentence in deferred if known else ():
            for place in gazetteer.places_named(name.text):
                if any(a.key in known for a in gazetteer.gazetteer().ancestors(place)):
                    out.extend(self._locality_partners([name], place.country, start, end, sentence))
                    break
        return out

    def _beside_found_places(self, deferred, found: list[Partner]) -> list[Partner]:
        """"tỉnh Jeollabuk-do và thành phố Jeonju": a foreign-looking name the gazetteer lacks, in a sentence
        whose partner places are all of one country, is of that country (or of the country closing the pair it opens);
        a short name the gazetteer knows ("tỉnh Kep") is of its country when its paragraph's partner places are."""
        out = []
        for name, start, end, sentence in deferred:
            known = {p.country for p in gazetteer.places_named(name.text) if p.country != "VN" and p.level == 1} \
                if len(name.text) < 4 else set()  # (a longer name has its country without a context: `_gazetteer_country`)
            if len(known) == 1 and not gazetteer.is_vietnamese_province(name.text) and (country := known.pop()) in {
                    p.country for p in found if p.partner_type == "locality" and p.name != name.text
                    and self.layout.sentence_at(p.name_start).paragraph == sentence.paragraph}:
                # "tỉnh và tỉnh Kep thống nhất … . … đoàn các tỉnh Takeo, Kampot …": a short name the gazetteer knows, in a
                # paragraph whose partner places are of its country
                out.extend(self._locality_partners([name], country, start, end, sentence))
                continue
            if gazetteer.places_named(name.text) or not looks_foreign(name.text) or _is_acronym(name.text) \
                    or gazetteer.is_vietnamese_locality(name.text) or _REGION_NOUN.match(self.folded, start) \
                    or _COUNCIL_BEFORE.search(self.folded, max(0, start - 30), start):
                continue  # (as for a country from the context: a council's title may lead its holder's name)
            countries = {p.country for p in found if p.partner_type == "locality" and p.country
                         and sentence.start <= p.name_start < sentence.end and p.name != name.text}
            if len(countries) > 1:
                # "…, tỉnh A của Thái Lan, thành phố Iksan và quận Jung của Hàn Quốc": the pair's country closes it
                paired = next((p for p in found if p.partner_type == "locality" and p.country and p.name_start > end
                               and _PAIRED_WITH_NEXT.fullmatch(self.folded, end, p.name_start)
                               and country_after(self.text, self.tokens, p.name_end) is not None), None)
                countries = {paired.country} if paired is not None else countries
            if len(countries) == 1 and (countries != {"JP"} or could_be_japanese(name.text)):
                out.extend(self._locality_partners([name], countries.pop(), start, end, sentence))
        return out

    def _tabled_localities(self) -> list[Partner]:
        """A table of partners ("STT | Địa phương | Quốc gia | Năm ký kết"): each row naming a foreign unit in one
        cell and its country in another; the row speaks of a relation when the line introducing the table does."""
        found: list[Partner] = []
        if " | " not in self.text:
            return found  # a substring test is far cheaper than walking the paragraphs
        for paragraph in self.layout.paragraphs:
            if " | " not in self.text[paragraph.start : paragraph.end]:
                continue
            sentence = self.layout.sentence_at(paragraph.start)
            name, country = None, None
            for cell in _CELL.finditer(self.text, paragraph.start, paragraph.end):
                start = cell.start() + len(cell.group()) - len(cell.group().lstrip())
                end = cell.end() - (len(cell.group()) - len(cell.group().rstrip()))
                whole = country_at(self.tokens, start)
                if whole is not None and whole.end == end:
                    country = whole.payload
                    continue
                noun = _NOUN_AT.match(self.text, start, end)
                read = read_name(self.text, noun.end() if noun else start)
                if read is not None and read[1] == end and name is None and (noun or gazetteer.places_named(read[0])):
                    name = _Name(read[0], noun.end() if noun else start, end)
            if name is not None and country is not None:
                found.extend(self._locality_partners([name], country, paragraph.start, paragraph.end, sentence))
        return found
