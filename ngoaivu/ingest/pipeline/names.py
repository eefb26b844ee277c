"""Reading capitalised proper names ("Chăm Pa Sắc", "Gyeongsangbuk-do") from text."""
from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[^\W\d_][\w']*(?:-[\w']+)*")
_JOINER = re.compile(r"[ ]|-|[ ]-[ ]?")
# Lower-case words inside foreign names: "Habitat for Humanity", "Fondation de France".
# ("Les Amis de la Terre", "Stichting van der Berg": two in a row)
_FOREIGN_CONNECTOR = re.compile(r"[ ](?:(?:for|of|the|and|de|du|des|la|le|van|von|der|den|del|für|&)[ ]){1,2}|[ ][-–][ ]")  # "Nebraska - Omaha"
# The particles of a place's name: "Nord-Pas de Calais", "Rio de Janeiro", "Saint-Pierre-et-Miquelon" (not "for",
# "and", the dash between two places)
_PLACE_PARTICLE = re.compile(r"[ ](?:de|du|des|la|le|van|von|der|den|del)[ ]")  # (not "do", "da", "di": Vietnamese words)
MAX_NAME_WORDS = 5


def read_name(text: str, pos: int, *, foreign_connectors: bool = False, particles: bool = False) -> tuple[str, int] | None:
    """The capitalised words starting at `pos` and where they end, or None. `particles`: a place's lower-case particle
    between two of them ("Nord-Pas de Calais")."""
    end, words = pos, 0
    while words < MAX_NAME_WORDS:
        word = WORD.match(text, end)
        if word is None or not word.group()[:1].isupper():
            break
        end, words = word.end(), words + 1
        if foreign_connectors or particles:
            connector = (_FOREIGN_CONNECTOR if foreign_connectors else _PLACE_PARTICLE).match(text, end)
            if connector and WORD.match(text, connector.end()) and text[connector.end()].isupper():
                end = connector.end()
                continue
        joiner = _JOINER.match(text, end)
        if joiner is None or not WORD.match(text, joiner.end()) or not text[joiner.end()].isupper():
            break
        end = joiner.end()
    if words == 0:
        return None
    name = text[pos:end].rstrip(" -")
    return name, pos + len(name)


# A Vietnamese syllable (tones removed): an onset, a vowel nucleus, a final. A name with a
# word that is no such syllable ("Seongdong", "Izumisano", "Gimje") is foreign-looking: it
# cannot be the name of a Vietnamese commune or district.
_VIETNAMESE_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:[aăâeêioôơuưy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_JAPANESE_WORD = re.compile(r"(?:(?:[kstp](?=[kstp]))?(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n(?![aiueoy])))+")


def _bare(word: str) -> str:
    """The word without its tone mark (the letters ă, â, ê, ô, ơ, ư are kept)."""
    plain = unicodedata.normalize("NFD", word.casefold())
    kept = "".join(c for c in plain if not unicodedata.combining(c) or c in "\u0306\u0302\u031b")
    return unicodedata.normalize("NFC", kept)


# the words English bodies' names are made of ("Smile Kids", "Children of Hope", "Lifestart Foundation"): no place's
_BODY_WORD = re.compile(
    r"(?<![\w'])(?:of|for|to|the|and|Fund|Foundation|Kids|Children|International|Aid|Care|Help|Hope|Trust|Mission|Society"
    r"|Association|Organi[sz]ation|Network|Partners|Friends|Charity|Alliance|Institute|Relief|Outreach|Initiative)(?![\w'])"
)


def names_a_body(name: str) -> bool:
    """Whether a foreign name of two words or more is a body's by an English body's word in it."""
    return len(name.split()) > 1 and looks_foreign(name) and _BODY_WORD.search(name) is not None


_WORD_BREAKS = re.compile(r"[\s-]+")


def looks_foreign(name: str) -> bool:
    """Whether some word of `name` cannot be a Vietnamese syllable."""
    words = [w for w in _WORD_BREAKS.split(name) if w]
    return any(not _VIETNAMESE_SYLLABLE.fullmatch(_bare(w)) for w in words)


def could_be_japanese(name: str) -> bool:
    """Whether `name` reads as romanised Japanese morae ("Izumisano", "Tochigi"; not
    "Gyeongju"): a name that cannot is no Japanese place."""
    words = [w.casefold() for w in re.split(r"[\s-]+", name) if w]
    return bool(words) and all(w.isascii() and _JAPANESE_WORD.fullmatch(w) for w in words)
