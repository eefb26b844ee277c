"""Reading capitalised proper names ("Chăm Pa Sắc", "Gyeongsangbuk-do") from text."""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_][\w']*(?:-[\w']+)*")
_JOINER = re.compile(r"[ ]|-|[ ]-[ ]?")
# Lower-case words inside foreign names: "Habitat for Humanity", "Fondation de France".
_FOREIGN_CONNECTOR = re.compile(r"[ ](?:for|of|the|and|de|du|des|la|le|van|von|für|&)[ ]")
MAX_NAME_WORDS = 5


def read_name(text: str, pos: int, *, foreign_connectors: bool = False) -> tuple[str, int] | None:
    """The capitalised words starting at `pos` and where they end, or None."""
    end, words = pos, 0
    while words < MAX_NAME_WORDS:
        word = WORD.match(text, end)
        if word is None or not word.group()[:1].isupper():
            break
        end, words = word.end(), words + 1
        if foreign_connectors:
            connector = _FOREIGN_CONNECTOR.match(text, end)
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
