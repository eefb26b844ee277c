"""Regenerate data/iati_codelists.json from the official IATI 2.03 codelist files.

    python -m ngoaivu.aid.build_iati_codelists /path/to/iati/codelists

Codes and names are copied from the XML, never typed by hand; only the lists ngoaivu
uses are kept, with the English name and, for sectors, the category.
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CODELISTS = ("ActivityDateType", "ActivityStatus", "BudgetStatus", "BudgetType", "Currency", "FinanceType",
             "FlowType", "OrganisationRole", "OrganisationType", "Sector", "SectorCategory", "SectorVocabulary",
             "TransactionType")
TARGET = Path(__file__).resolve().parent / "data" / "iati_codelists.json"


def read_codelist(path: Path) -> list[dict]:
    items = []
    for item in ET.parse(path).getroot().iter("codelist-item"):
        entry = {"code": item.findtext("code"), "name": item.findtext("name/narrative").strip(),
                 "active": item.get("status", "active") == "active"}
        if item.findtext("category"):
            entry["category"] = item.findtext("category")
        items.append(entry)
    return items


def main(source_dir: str) -> None:
    source = Path(source_dir)
    # One item per line: readable diffs when IATI publishes a new version.
    blocks = [f' "{name}": [\n  ' + ",\n  ".join(json.dumps(item, ensure_ascii=False)
                                                for item in read_codelist(source / f"{name}.xml")) + "\n ]"
              for name in CODELISTS]
    header = ' "source": "IATI-Codelists version-2.03 (https://iatistandard.org/en/iati-standard/203/codelists/)"'
    TARGET.write_text("{\n" + ",\n".join([header, *blocks]) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
