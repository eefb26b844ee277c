"""Foreign partners named as relations of the province: the finder, and the localities it reads.

Organisations and embassies are read in `partner_orgs`, each partner's status (active or
planned) and the merging of its mentions in `partner_status`; names in `partner_names`; what
the words around a name say (relation, venue, office, topic) in `partner_context`.

Localities are recognised by how texts name them: a locality noun, capitalised names,
then their country ("tỉnh X (Nhật Bản)", "thành phố X, Hàn Quốc", "các tỉnh A, B, C
(Nhật Bản)", "các địa phương của nước Lào (A, B, C)"), or a higher unit that gives it
("huyện X thuộc địa cấp thị Y, tỉnh Z", "thị X (Tứ Xuyên)", "thành phố X, bang Y (Úc)").
Where the text names no country, the gazetteer of foreign places gives it; a name that
is also a Vietnamese province, or a small unit, is foreign only with the country named
in the sentence.
"""
from __future__ import annotations

import re

from ngoaivu.geo.catalog import AMBIGUOUS_COUNTRY_NAMES, find_country, normalize_name

from . import gazetteer
from .fast_scan import BranchScan
from .geography import border_countries, country_at, country_matcher, district_province, province_key_before_mergers
from .names import could_be_japanese, looks_foreign, read_name
from .partner_base import Partner, country_after
from .partner_context import ATTENDED_BY_LEAD
from .partner_context import CONTINUATION as _CONTINUATION
from .partner_context import COUNCIL_BEFORE as _COUNCIL_BEFORE
from .partner_context import FACILITY_BELONGS as _FACILITY_BELONGS
from .partner_context import TOPIC_BEFORE as _TOPIC_BEFORE
from .partner_context import VENUE_BEFORE as _VENUE_BEFORE
from .partner_context import located_or_owning as _located_or_owning
from .partner_context import name_before_bracket as _name_before_bracket
from .partner_context import relation_in as _relation_in
from .partner_lists import LOCALITY_NOUN_BEFORE as _LOCALITY_NOUN_BEFORE
from .partner_lists import ListedLocalities
from .partner_names import BRACKET_CLOSES as _BRACKET_CLOSES
from .partner_names import CONTINENTS as _CONTINENTS
from .partner_names import NOUN_BRANCHES as _NOUN_BRANCHES
from .partner_names import OPEN_BRACKET as _OPEN_BRACKET
from .partner_names import PARENT_NOUN as _PARENT_NOUN
from .partner_names import REGION_NOUN as _REGION_NOUN
from .partner_names import Name as _Name
from .partner_names import is_acronym as _is_acronym
from .partner_names import is_region_word as _is_region_word
from .partner_names import known_place_before_person as _known_place_before_person
from .partner_names import parent_country as _parent_country
from .partner_names import rank as _rank
from .partner_names import read_name_list as _read_name_list
from .partner_names import split_counted_chain
from .partner_orgs import find_embassies, find_organizations
from .partner_status import assign_status, merge_mentions, planning_scopes
from .phrases import Tokens
from .segments import Layout, Sentence, at_word_start

# a clause opening on the country its places belong to: "Với Nhật Bản, …", "với Hàn Quốc là …"
# "a) Với Nhật Bản:", "2. Với Lào:": a report's item on one country (the paragraphs under it are its)
_LIST_ITEM = re.compile(r"\s*(?:[a-zđ]|\d{1,2})[).]")
_SECTION_REACH = 4
_KOREAN_PERSON = re.compile(r"[A-Z][a-z]{1,4} [A-Z][a-z]+-[A-Za-z][a-z]+")
_WITH_COUNTRY_LEAD = re.compile(r"\s*(?:và\s+|còn\s+)?với\s+(?:nước\s+)?")
# "tỉnh bạn X", "thành phố kết nghĩa X": a qualifier between the noun and the name.
_LOCALITY_NOUN = BranchScan(
    _NOUN_BRANCHES, r"\s+(?:(?:bạn|kết\s+nghĩa|đối\s+tác|anh\s+em|tự\s+trị(?:\s+đặc\s+biệt)?|đặc\s+biệt)\s+)?(?=[^\W\d_])"
)
# Words that make a short, ambiguous name a country ("Với Pháp", "của Đức", "(Úc)"; not "ông Minh Đức").
_COUNTRY_CUE = re.compile(r"(?:(?<!\w)(?:với|nước|của|sang|tại|từ|phía|bạn)\s+|\(\s*)$")
# Nouns only Vietnamese units take: a name after them is never looked up as foreign.
_DISTRICT_NOUN = re.compile(r"(?:huyện|quận)\s")
_WITH_THE_UNITS = re.compile(r"(?<!\w)với\s+(?:các\s+|\d+\s+)?$")
_VIETNAMESE_NOUN = re.compile(r"(?:xã|thị\s+xã|thị\s+trấn)\s")
# What links a name to a higher unit: "X thuộc tỉnh Y", "X, bang Y", "X của tỉnh Y".
_BRACKET_ITEM = re.compile(r"[^,]+")
_UNIT_NOUNS = re.compile(rf"\s*(?:{_PARENT_NOUN.pattern})+")  # "vùng quận Partido": nouns one after another
_PARENT_LINK = re.compile(r"\s*,\s*|\s+(?:thuộc|của)\s+")
_LOCALITY_LEAD = re.compile(r"(?:chính\s+quyền\s+)?(?:các\s+)?$")  # quoted with the names
# "các địa phương của nước CHDCND Lào (A, B, C)": names in brackets after the country.
# (No optional "các" first: a leading optional group stops the engine's fast scan; the
# evidence takes "các" in from the text before.)
_LOCALITIES_OF_COUNTRY = re.compile(
    r"(?:địa\s+phương|tỉnh,?\s+thành(?:\s+phố)?|tỉnh|thành\s+phố|bang|vùng)\s+(?:của|thuộc)\s+(?=\S)"
)

_LAST_WORD = re.compile(r"(\w+)\s+$")
# "Hiệp hội doanh nghiệp vùng X", "Phòng Thương mại và Công nghiệp vùng Y": a business body named for a place (not
# "hiệp hội … với tỉnh X": the body and the place apart)
# ("đoàn doanh nghiệp tỉnh Chiba", "doanh nghiệp đến từ thủ đô Tokyo"; not "đoàn lãnh đạo, doanh nghiệp tỉnh X", whose
# leaders came too, nor "hợp tác giữa doanh nghiệp của tỉnh với doanh nghiệp vùng X")
_FIRMS_FROM_BEFORE = re.compile(r"(?<!\w)(?:đoàn\s+(?:các\s+)?doanh\s+nghiệp\s+(?:đến\s+từ\s+)?|doanh\s+nghiệp\s+đến\s+từ\s+)$")
_BUSINESS_BODY_BEFORE = re.compile(r"(?:hiệp\s+hội|phòng\s+thương\s+mại(?:\s+và\s+công\s+nghiệp)?|liên\s+đoàn)(?:\s+(?!với|và|của|cùng|tại|ở)[^\W\d_]+){0,5}\s+$")



# --- extraction -----------------------------------------------------------------------


_BORDERING_BEFORE = re.compile(r"(?<!\w)(?:tiếp\s+)?giáp(?:\s+ranh)?(?:\s+với)?\s+$")
# "buổi làm việc còn có đại diện các tỉnh A, B, C tham dự": places that only attended
_ATTENDED_BY_PLACES = re.compile(ATTENDED_BY_LEAD + r"(?:các\s+)?$")


class PartnerFinder(ListedLocalities):
    """Keyword rules run on `folded` (the case-folded text); names are read from `text`."""

    def __init__(self, text: str, folded: str, tokens: Tokens, layout: Layout, province: str | None = None) -> None:
        self.text, self.folded, self.tokens, self.layout = text, folded, tokens, layout
        self._neighbours = border_countries(province)
        self._province_key = province_key_before_mergers(province)  # (looked up once: districts are checked per name)
        self._scope_countries: dict[tuple[int, int], set[str]] = {}
        self._planning_from = planning_scopes(folded, layout)
        self._sentence_countries: dict[int, set[str]] = {}
        self._relations: dict[int, bool] = {}  # sentence index -> whether it speaks of a relation
        self._venue_parents: set[str] = set()  # gazetteer keys of units named as a venue's parent
        self._location_parents: set[int] = set()  # where the units above a post's location start

    def find(self) -> list[Partner]:
        mentions = sorted(
            [*self._localities(), *self._organizations(), *find_embassies(self)], key=lambda p: (p.name_start, p.name_end)
        )
        assign_status(mentions, self.folded, self.layout, self._planning_from)
        return merge_mentions(mentions)

    # localities

    def _localities(self) -> list[Partner]:
        found: list[Partner] = []
        parents: set[int] = set()  # where a name read as another's higher unit starts
        deferred: list[tuple[_Name, int, int, Sentence]] = []  # foreign only in context
        for match in _LOCALITY_NOUN.finditer(self.folded):
            if not self._is_locality_noun(match) or match.end() in parents or match.end() in self._location_parents:
                continue
            if "giáp" in self.folded[max(0, match.start() - 16) : match.start()] \
                    and _BORDERING_BEFORE.search(self.folded, max(0, match.start() - 16), match.start()):
                continue  # "trên tuyến biên giới giáp tỉnh Mondulkiri": where the border runs, no relation
            if "đại diện" in self.folded[max(0, match.start() - 30) : match.start()] \
                    and _ATTENDED_BY_PLACES.search(self.folded, max(0, match.start() - 40), match.start()):
                continue
            if self.folded.endswith(("thủ phủ ", "thủ phủ của ", "thủ đô của "), 0, match.start()):
                continue  # "thành phố Hannover, thủ phủ bang Niedersachsen": where the partner lies
            sentence = self.layout.sentence_at(match.start())
            if not self._speaks_of_relation(sentence):
                continue  # none of its places could be a partner: skip reading them
            names, country, end = _read_name_list(self.text, self.tokens, match.end(), sentence.end,
                                                  communes=_VIETNAMESE_NOUN.match(match.group()) is not None)
            if match.group().startswith("châu") and names and names[0].text.casefold() in _CONTINENTS:
                continue
            names = split_counted_chain([n for n in names if not _is_region_word(n.text)], self.text, self.folded, match.start())
            if not names:
                continue
            parent_country = None
            if country is None:
                chain_end, parent_country, starts = self._parents(match.group(), end, sentence, child=names[-1].text)
                if starts:
                    parents.update(starts)
                    end = chain_end
                if _VIETNAMESE_NOUN.match(match.group()) and parent_country != "VN":  # "xã A, huyện B":
                    parent_country = None  # a commune is foreign only with its country stated
                # a Vietnamese province above it settles it: "thị xã A của tỉnh Nghệ An, Lào là…"
                after = country_after(self.text, self.tokens, end) if parent_country != "VN" else None
                if after is not None:
                    country, end = after
            lead = _LOCALITY_LEAD.search(self.folded, max(0, match.start() - 20), match.start())
            start = lead.start() if lead else match.start()
            if country is not None or parent_country is not None:
                found.extend(self._locality_partners(names, country or parent_country, start, end, sentence))
                if country is not None:
                    found.extend(self._next_groups(end, start, sentence))
            elif not _VIETNAMESE_NOUN.match(match.group()):
                for name in names:
                    country = self._gazetteer_country(name.text, sentence, small=_rank(match.group()) < 4)
                    if country is None and not gazetteer.places_named(name.text):
                        known = _known_place_before_person(name)
                        if known is not None:  # "Thống đốc tỉnh X Pongrat Piromrat": the place, then its head
                            name = known
                            country = self._gazetteer_country(name.text, sentence, small=_rank(match.group()) < 4)
                    if (
                        # ("kết nghĩa với các huyện Khun Khăm, Na Kai …" after the provinces of Laos: districts in Vietnamese
                        # spelling that are no Vietnamese locality, named as the relation's other side, not where a thing is)
                        country is None and (looks_foreign(name.text) or (
                            _DISTRICT_NOUN.match(match.group()) and len(name.text.split()) > 1
                            and _WITH_THE_UNITS.search(self.folded, max(0, match.start() - 12), match.start())))
                        and not _is_acronym(name.text) and not _REGION_NOUN.match(match.group())
                        and not gazetteer.places_named(name.text) and not gazetteer.is_vietnamese_locality(name.text)
                        and not _COUNCIL_BEFORE.search(self.folded, max(0, match.start() - 30), match.start())
                    ):
                        country = self._context_country(name.text, sentence, name.start)  # "quận Seongdong", "thành phố Izumisano"
                    if country is None:
                        deferred.append((name, start, end, sentence))
                    found.extend(self._locality_partners([name], country, start, end, sentence))
        found.extend(self._below_found_places(deferred, found))
        found.extend(self._beside_found_places(deferred, found))
        found.extend(self._parents_named_again(parents))
        for match in _LOCALITIES_OF_COUNTRY.finditer(self.folded):
            if not at_word_start(self.folded, match.start()):
                continue
            country = country_at(self.tokens, match.end())
            bracket = country and _OPEN_BRACKET.match(self.text, country.end)
            if not bracket:
                continue
            sentence = self.layout.sentence_at(match.start())
            names, listed_country, end = _read_name_list(self.text, self.tokens, bracket.end(), sentence.end)
            start = match.start() - 4 if self.folded.endswith("các ", 0, match.start()) else match.start()
            if listed_country is None and not any(find_country(n.text) for n in names):
                found.extend(self._locality_partners(names, country.payload, start, end + 1, sentence))
        found.extend(self._listed_localities())
        found.extend(self._tabled_localities())
        found.extend(self._heads_of_places())
        found.extend(self._paired_localities())
        found.extend(self._localities_after_with())
        return found

    def _is_locality_noun(self, match: re.Match) -> bool:
        if not at_word_start(self.folded, match.start()) or not self.text[match.end()].isupper():
            return False
        noun = self.text[match.start() : match.end()]
        if noun.startswith("Trấn"):
            return False  # "thành phố Trấn Giang": the word opening a name, not the noun of a town
        if noun.isupper() and noun.strip().rstrip(".") != "TP" and not self._known_place_after(match.end()):
            return False  # a headline in capitals tells no name: "ĐOÀN CÔNG TÁC TỈNH THĂM, CHÚC TẾT CÁC TỈNH BẠN …" ("TP": an abbreviation)
        if _located_or_owning(self.folded, match.start(), small=_rank(match.group()) < 3):
            return False
        if self.folded.endswith("thuộc ", 0, match.start()) and _FACILITY_BELONGS.search(
            self.folded, max(0, match.start() - 90), match.start()
        ):
            read = read_name(self.text, match.end())
            if read is not None:  # the units above it locate the post too: "xã Y, huyện Z (Rattanakiri)"
                sentence = self.layout.sentence_at(match.start())
                self._location_parents.update(self._parents(match.group(), read[1], sentence)[2])
            return False
        if self._locates_a_name(match.start()):
            return False
        before = self.folded[max(0, match.start() - 60) : match.start()]
        if ("hội " in before or "phòng " in before or "đoàn " in before) and _BUSINESS_BODY_BEFORE.search(before):
            return False  # "Hiệp hội doanh nghiệp vùng Hokuriku": the place names a business body's area
        if "nghiệp " in before and _FIRMS_FROM_BEFORE.search(before):
            return False  # "tiếp đoàn doanh nghiệp đến từ thủ đô Tokyo": where the firms come from, no partner
        venue = _VENUE_BEFORE.search(self.text, max(0, match.start() - 70), match.start())
        words = venue.group(1).split() if venue is not None else ()
        # "tại huyện Phú Ninh, tỉnh Vân Nam": the venue named as a locality; what follows is its parent
        lead = _LOCALITY_NOUN.match(venue.group(1).casefold()) if venue is not None else None
        if lead is not None and venue.group(1)[lead.end() : lead.end() + 1].isupper():
            words = venue.group(1)[lead.end() :].split()
            parent = read_name(self.text, match.end())
            if parent is not None and words and words[0][:1].isupper():
                # no partner itself, but it places the text's later mentions of the venue ("huyện Phú Ninh")
                self._venue_parents.update(place.key for place in gazetteer.places_named(parent[0]))
        if words and words[0][:1].isupper() and words[-1][:1].isupper():
            return False
        # "Nguyễn Thị Lan", "Đảng Cộng hòa": a capitalised word before means a personal or party name
        if match.group().startswith(("thị ", "cộng")):
            before = _LAST_WORD.search(self.text[max(0, match.start() - 30) : match.start()])
            return before is None or not before.group(1)[:1].isupper()
        return True

    def _known_place_after(self, pos: int) -> bool:
        read = read_name(self.text, pos)
        return read is not None and bool(gazetteer.places_named(read[0]) or gazetteer.is_vietnamese_province(read[0]))

    def _locates_a_name(self, pos: int) -> bool:
        """A unit opening a bracket after a capitalised name that no locality noun introduces and that names
        does not end on a country ("Khe Hổ Nhảy (huyện Nà Po, …)"): it locates a landmark, a gate or a school."""
        run = _name_before_bracket(self.text, pos)
        return run is not None and not _LOCALITY_NOUN_BEFORE.search(self.folded, max(0, run[0] - 30), run[0]) \
            and not any(m.end == run[1] for m in country_matcher().find_all(self.tokens, run[0], run[1]))

    def _parents(self, noun: str, pos: int, sentence: Sentence, child: str | None = None) -> tuple[int, str | None, list[int]]:
        """Higher units named after a locality: "thuộc địa cấp thị Y, tỉnh Z", ", bang Y",
        " (Tứ Xuyên)". Returns where they end, the country they give and where their names
        start (they are not partners themselves). A unit the gazetteer knows `child` does not lie in is the next
        item of a list ("thành phố Ninh Ba, tỉnh Quý Châu, …"), no parent."""
        rank, country, starts = _rank(noun), None, []
        while pos < sentence.end:
            bracket = _OPEN_BRACKET.match(self.text[pos : pos + 6])
            if bracket:
                inner = pos + bracket.end()
                noun = _PARENT_NOUN.match(self.folded, inner)
                inner = noun.end() if noun else inner
                read = read_name(self.text, inner)
                known = read and (gazetteer.places_named(read[0]) or gazetteer.is_vietnamese_province(read[0]))
                stated = read and known and country_after(self.text, self.tokens, read[1])
                after = stated[1] if stated else read[1] if read else inner
                closing = _BRACKET_CLOSES.match(self.text[after : after + 4])
                if not known or not closing:
                    chain = self._bracketed_units(pos + bracket.end(), sentence.end)
                    if chain is None:
                        break
                    pos, chain_country, chain_starts = chain
                    starts.extend(chain_starts)
                    country = country or chain_country
                    continue
                starts.append(inner)
                country = country or (stated[0] if stated else _parent_country(read[0], gazetteer.places_named(read[0])))
                pos = after + closing.end()
                continue
            link = _PARENT_LINK.match(self.folded, pos)
            parent_noun = link and _PARENT_NOUN.match(self.folded, link.end())
            if not parent_noun or _rank(parent_noun.group()) <= rank or not self.text[parent_noun.end()].isupper():
                break
            read = read_name(self.text, parent_noun.end())
            if read is None or country_at(self.tokens, parent_noun.end()) is not None:
                break
            if child is not None and link.group().strip() == "," and _not_within(child, read[0]):
                break
            rank = _rank(parent_noun.group())
            starts.append(parent_noun.end())
            country = country or _parent_country(read[0], gazetteer.places_named(read[0]))
            pos = read[1]
        return pos, country, starts

    def _bracketed_units(self, inner: int, limit: int) -> tuple[int, str, list[int]] | None:
        """"thành phố A (vùng quận B, tỉnh C, Argentina)": units named with their nouns, one after another, closed
        by their country: where the bracket ends, the country and where the units' names start (A's parents)."""
        closing = self.text.find(")", inner, limit)
        if closing < 0:
            return None
        items = [(inner + m.start(), m.group()) for m in _BRACKET_ITEM.finditer(self.text[inner:closing])]
        if len(items) < 2 or (country := find_country(items[-1][1].strip())) is None:
            return None
        starts = []
        for start, item in items[:-1]:
            nouns = _UNIT_NOUNS.match(self.folded, start)
            if nouns is None or not self.text[nouns.end() : nouns.end() + 1].isupper():
                return None
            starts.append(nouns.end())
        return closing + 1, country.code, starts

    def _gazetteer_country(self, name: str, sentence: Sentence, *, small: bool) -> str | None:
        """The country of a foreign place the text names without it. A place below the first
        level, a name that is also a Vietnamese province, and a Sino-Vietnamese reading after
        a district's or town's noun (it may be a Vietnamese district's name: "huyện X")
        need their country named in the sentence."""
        places = [p for p in gazetteer.places_named(name) if p.country != "VN"]
        if not places or (small and self._province_key is not None
                          and district_province(name, designated=True) == self._province_key):
            return None  # "huyện Trùng Khánh" in a text on Cao Bằng: the province's own district, whatever abroad shares its name
        named = self._countries_in(sentence)
        countries = {p.country for p in places}
        if len(countries) > 1:
            countries &= named
            return countries.pop() if len(countries) == 1 else None
        country = countries.pop()
        # (a city noun before one of China's first-level municipalities, "市" in the source's name: "thành phố Thượng Hải")
        municipality = places[0].level == 1 and any(n.endswith("市") for n in places[0].names)
        needs_context = (
            places[0].level > 1 or gazetteer.is_vietnamese_province(name)
            or (small and country == "CN" and (not municipality or gazetteer.is_vietnamese_locality(name)))
        )
        if (not needs_context and len(name) >= 4) or country in named:
            return country
        if not needs_context:
            # a short name ("tỉnh Kep") needs its country nearby: in its paragraph ("lãnh đạo nhiều tỉnh của Campuchia …")
            paragraph = self.layout.paragraphs[sentence.paragraph]
            return country if country in self._foreign_countries(paragraph.start, paragraph.end) else None
        # a prefecture-level city in a text that speaks of its country alone ("thành phố Nam
        # Ninh" where only Trung Quốc is named): no Vietnamese district shares that context
        if places[0].level == 2 and not gazetteer.is_vietnamese_province(name) and self._foreign_countries(0, len(self.text)) == {country}:
            return country
        return None

    def _foreign_countries(self, start: int, end: int) -> set[str]:
        """The foreign countries named (capitalised, unambiguous) in start..end."""
        key = (start, end)
        cached = self._scope_countries.get(key)
        if cached is None:
            cached = {
                m.payload for m in country_matcher().find_all(self.tokens, start, end)
                if m.payload != "VN" and m.text[:1].isupper()
                and (normalize_name(m.text) not in AMBIGUOUS_COUNTRY_NAMES or _COUNTRY_CUE.search(self.folded, max(0, m.start - 12), m.start))
            }
            self._scope_countries[key] = cached
        return cached

    def _context_country(self, name: str, sentence: Sentence, pos: int) -> str | None:
        """The country of a foreign-looking place named without one: the one foreign country
        its clause opens on ("…; với Hàn Quốc là thành phố Gyeongju"), else of its sentence,
        else of its paragraph, else of the whole text. A name that cannot be romanised Japanese
        is not Japan's; between several, the country the province borders."""
        paragraph = self.layout.paragraphs[sentence.paragraph]
        clause = max(sentence.start, self.folded.rfind(";", sentence.start, pos) + 1)
        lead = _WITH_COUNTRY_LEAD.match(self.folded, clause)
        country = country_at(self.tokens, lead.end()) if lead is not None else None
        if country is not None and country.payload != "VN" and (country.payload != "JP" or could_be_japanese(name)):
            return country.payload  # "…; với Hàn Quốc là thành phố Gyeongju …": the country the clause opens on
        for start, end in ((sentence.start, sentence.end), (paragraph.start, paragraph.end), (0, len(self.text))):
            if start == 0 and (section := self._section_country(sentence.paragraph)) is not None:
                return section if section != "JP" or could_be_japanese(name) else None
            candidates = set(self._foreign_countries(start, end))  # a copy: the cache is shared
            if "JP" in candidates and not could_be_japanese(name):
                candidates = candidates - {"JP"}
            if len(candidates) > 1:
                candidates &= self._neighbours
            if len(candidates) == 1:
                return next(iter(candidates))
            if candidates:
                return None
        return None

    def _section_country(self, index: int) -> str | None:
        """The country a report's lettered item opens on, for the paragraphs under it: "a) Với Nhật Bản: … ." then a
        paragraph on "thành phố Mimasaka" with no country named."""
        for i in range(index, max(-1, index - _SECTION_REACH), -1):
            start = self.layout.paragraphs[i].start
            item = _LIST_ITEM.match(self.folded, start)
            if item is not None:
                lead = _WITH_COUNTRY_LEAD.match(self.folded, item.end())
                country = country_at(self.tokens, lead.end()) if lead is not None else None
                return country.payload if country is not None and country.payload != "VN" else None
        return None

    def _locality_partners(self, names: list[_Name], country: str | None, start: int, end: int, sentence: Sentence):
        if not names or country in (None, "VN") or not self._speaks_of_relation(sentence):
            return []
        # "hai tỉnh Quảng Trị và X (Lào)": the Vietnamese side of a pair is not a partner,
        # unless the foreign country has a province of that name ("Hà Nam" in China)
        return [
            Partner(n.text, "locality", country, "active", start, min(end, sentence.end), n.start, n.end)
            for n in names
            if (not gazetteer.is_vietnamese_province(n.text) or any(p.level == 1 for p in gazetteer.places_named(n.text, country)))
            and not _TOPIC_BEFORE.search(self.folded, max(sentence.start, n.start - 160), n.start)
            and not _KOREAN_PERSON.fullmatch(n.text)  # "Chủ tịch Hội đồng thành phố Cho Won-Hwui": the chairman, no city
        ]

    def _countries_in(self, sentence: Sentence) -> set[str]:
        cached = self._sentence_countries.get(sentence.index)
        if cached is None:
            cached = {m.payload for m in country_matcher().find_all(self.tokens, sentence.start, sentence.end)}
            self._sentence_countries[sentence.index] = cached
        return cached

    # organisations

    def _organizations(self) -> list[Partner]:
        return find_organizations(self)

    # relation

    def _speaks_of_relation(self, sentence: Sentence) -> bool:
        known = self._relations.get(sentence.index)
        if known is None:
            known = _relation_in(self.text, self.folded, sentence.start, sentence.end)
            if not known and sentence.index and _CONTINUATION.match(self.folded, sentence.start):
                previous = self.layout.sentences[sentence.index - 1]
                # "Tỉnh có quan hệ hợp tác với các tỉnh giáp biên. Với Lào là tỉnh A và tỉnh B."
                known = previous.paragraph == sentence.paragraph and self._speaks_of_relation(previous)
            if not known and sentence.index and self._in_a_list_or_table(sentence):
                # "Các địa phương đã ký kết hợp tác với tỉnh gồm:" then one line per partner, or a table's rows
                known = self._speaks_of_relation(self.layout.sentences[sentence.index - 1])
            self._relations[sentence.index] = known
        return known

    def _in_a_list_or_table(self, sentence: Sentence) -> bool:
        """Whether the sentence opens a list item or a table row right after the line introducing the list
        (ending with ":"), another item or a row."""
        paragraph = self.layout.paragraphs[sentence.paragraph]
        if sentence.start != paragraph.start or not sentence.paragraph:
            return False
        before = self.layout.paragraphs[sentence.paragraph - 1]
        line = self.text[before.start : before.end].rstrip()
        if " | " in self.text[paragraph.start : paragraph.end]:
            return line.endswith(":") or " | " in line
        return paragraph.is_list_item(self.text) and (line.endswith(":") or before.is_list_item(self.text))


def _not_within(child: str, parent: str) -> bool:
    """Both places known to the gazetteer, and no place named `child` lies in one named `parent`."""
    children, parents = gazetteer.places_named(child), gazetteer.places_named(parent)
    if not children or not parents:
        return False
    keys = {p.key for p in parents}
    return not any(a.key in keys for c in children for a in gazetteer.gazetteer().ancestors(c))
