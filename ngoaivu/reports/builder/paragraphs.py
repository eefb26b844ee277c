"""The paragraphs a person may reword, as the edit pages and the API list them. Pure Python."""
from __future__ import annotations

from dataclasses import dataclass

from ngoaivu.reports.builder.outline import has_placeholder
from ngoaivu.reports.rendering.model import Heading, Paragraph, ReportDocument, heading_numbers


@dataclass(frozen=True)
class EditableParagraph:
    key: str
    section: str          # "I. Kết quả thực hiện công tác đối ngoại năm 2023"
    heading: str          # the numbered heading above it, "a) Xuất khẩu, nhập khẩu"; "" at the section's top
    text: str             # what the report says now; "" once a person took it out
    generated: str        # what the figures say
    edited: bool
    stale: bool           # reworded, and the figures have changed since

    @property
    def placeholder(self) -> bool:
        return has_placeholder(self.text)

    @property
    def removed(self) -> bool:
        return self.edited and not self.text.strip()


def editable_paragraphs(generated: ReportDocument, edits: dict[str, dict]) -> list[EditableParagraph]:
    """Every keyed paragraph of the generated document, with the person's wording where there is one."""
    paragraphs = []
    for number, section in generated.numbered_sections():
        numbers = heading_numbers(section.blocks)
        heading = ""
        for position, block in enumerate(section.blocks):
            if isinstance(block, Heading):
                heading = f"{numbers[position]} {block.text}"
            elif isinstance(block, Paragraph) and block.editable_key:
                edit = edits.get(block.editable_key)
                paragraphs.append(EditableParagraph(
                    key=block.editable_key, section=f"{number}. {section.heading}", heading=heading,
                    text=edit["text"] if edit else block.text, generated=block.text, edited=edit is not None,
                    stale=edit is not None and edit["generated"] != block.text,
                ))
    return paragraphs
