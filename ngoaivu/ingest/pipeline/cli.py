"""`ngoaivu extract FILE... [--json]`: facts from texts, as JSON or a readable summary.

Exit status 0 when every file was read, 2 when some could not be (each is named on
stderr; the others are still printed).
"""
from __future__ import annotations

import argparse
import json
import sys

from .extract import extract_document
from .figure_filter import DOUBTFUL_BELOW
from .readers import UnreadableDocument, read_path

EXIT_UNREADABLE = 2
_KIND_TITLES = {
    "observation": "Số liệu",
    "target": "Chỉ tiêu",
    "partner": "Đối tác",
    "legal_document": "Văn bản",
    "border_gate": "Cửa khẩu",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ngoaivu extract", description="Trích xuất số liệu đối ngoại từ văn bản.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="tệp .txt, .docx, .pdf hoặc .html")
    parser.add_argument("--json", action="store_true", help="in mảng JSON theo định dạng SCHEMA")
    args = parser.parse_args(argv)

    documents, failed = [], False
    for name in args.files:
        try:
            documents.append(extract_document(read_path(name)))
        except UnreadableDocument as error:
            print(f"{name}: {error}", file=sys.stderr)
            failed = True
    if args.json:
        json.dump(documents, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for document in documents:
            print(summary(document))
    return EXIT_UNREADABLE if failed else 0


def summary(document: dict) -> str:
    lines = [
        f"== {document['source']}",
        f"Tỉnh: {document['province'] or '(không rõ)'}; ngày đăng: {document['published'] or '(không rõ)'}",
    ]
    for kind, title in _KIND_TITLES.items():
        facts = [f for f in document["facts"] if f["kind"] == kind]
        if facts:
            lines.append(f"{title} ({len(facts)}):")
            lines.extend(f"  - {_describe(f)}" for f in facts)
    return "\n".join(lines)


def _describe(fact: dict) -> str:
    kind = fact["kind"]
    if kind in ("observation", "target"):
        value = fact["value"] if "value" in fact else f"{fact['value_min']}–{fact['value_max']}"
        period = fact.get("period") or {}
        when = period.get("as_of") or (f"{period['start']} → {period['end']}" if period else "?")
        extras = [f"{k}={fact[k]}" for k in ("qualifier", "change_pct", "plan_pct", "counterpart") if fact.get(k) is not None]
        per = "/năm" if fact.get("per") == "year" else ""
        if fact.get("confidence") is not None and fact["confidence"] < DOUBTFUL_BELOW:
            extras.append(f"(cần kiểm tra: độ tin cậy {fact['confidence']:.2f})".replace(".", ","))
        return f"{fact['indicator']}: {value} {fact['unit']}{per} [{when}] {' '.join(extras)}".rstrip()
    if kind == "partner":
        return f"{fact['name']} ({fact['partner_type']}, {fact['country'] or 'quốc tế'}, {fact['status']})"
    if kind == "legal_document":
        return f"{fact['doc_type']} {fact['number']} ngày {fact['date'] or '?'} của {fact['issuer'] or '?'}"
    return f"{fact['vn']} - {fact['foreign']} ({fact['country'] or '?'})"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
