"""Paragraphs, sentences and clauses of a normalised text, as offsets."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A sentence ends at . ! ? (possibly followed by a closing quote or bracket) when the
# next word starts with a capital letter (checked in code: regex classes cannot say it).
_END = re.compile(r"[.!?…]+[\"')\]]*\s+")
# Words whose dot does not end a sentence: "TP. Huế", "ThS. Nguyễn", "Tr. 5".
_ABBREVIATIONS = frozenset({"tp", "tt", "ts", "ths", "pgs", "gs", "bs", "th", "tr", "st", "p", "q", "nxb", "ks"})
_LIST_ITEM = re.compile(r"\s*(?:[-+•*]|[a-zđ]\)|\d+[.)])\s")
_LAST_WORD = re.compile(r"(\w+)\W*$")  # the word a dot follows


def at_word_start(text: str, pos: int) -> bool:
    """Whether `pos` starts a word. Checked in code rather than with a leading (?<!\\w)
    in whole-text regexes: a leading look-behind disables the engine's fast scan."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (line) it belongs to
    index: int


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    index: int

    def is_list_item(self, text: str) -> bool:
        return _LIST_ITEM.match(text, self.start) is not None


class Layout:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs: list[Paragraph] = []
        self.sentences: list[Sentence] = []
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            paragraph = Paragraph(start, end, len(self.paragraphs))
            self.paragraphs.append(paragraph)
            self._split(paragraph)
        self._sentence_starts = [s.start for s in self.sentences]

    def _split(self, paragraph: Paragraph) -> None:
        start = paragraph.start
        for match in _END.finditer(self.text, paragraph.start, paragraph.end):
            if not self.text[match.end() : match.end() + 2].lstrip("\"'([")[:1].isupper():
                continue
            word = _LAST_WORD.search(self.text[max(start, match.start() - 12) : match.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
            self._add(start, match.end(), paragraph.index)
            start = match.end()
        self._add(start, paragraph.end, paragraph.index)

    def _add(self, start: int, end: int, paragraph: int) -> None:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            self.sentences.append(Sentence(start, end, paragraph, len(self.sentences)))

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]

    def clause_start(self, sentence: Sentence, pos: int) -> int:
        """Start of the ";"-separated clause of `sentence` that holds `pos`."""
        cut = self.text.rfind(";", sentence.start, pos)
        return sentence.start if cut < 0 else cut + 1

    def clause_end(self, sentence: Sentence, pos: int) -> int:
        cut = self.text.find(";", pos, sentence.end)
        return sentence.end if cut < 0 else cut


def bracketed_aside(line: str) -> bool:
    """A paragraph wholly in brackets or square brackets: "(Ghi chú lưu trữ: …)", an editor's aside."""
    line = line.strip()
    return (line[:1] + line[-1:]) in ("()", "[]")
