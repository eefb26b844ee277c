"""Report generation on the national data set (ngoaivu/reports/bench.py): a province's year as
DOCX (target ≤ 2 s) and as PDF; writes its own section of docs/benchmarks.md.

    python -m bench.bench_report [--database-url URL] [--runs 10] [--pdf-runs 3] [--output docs/benchmarks.md]

`make bench` runs it after the figure selectors; alone it needs the data set built (`make bench` once).
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from bench.database import DEFAULT_URL, ensure_database, setup_django

REPO = Path(__file__).resolve().parents[1]
HEADING = "## Report generation (ngoaivu/reports/bench.py)"


def section(result: dict) -> list[str]:
    from ngoaivu.core.vnformat import format_number

    def ms(key: str) -> str:
        return f"{format_number(result[key], 1, trim_zeros=False)} ms"

    met = "✔" if result["median_ms"] <= result["target_ms"] else "✘"
    lines = [
        HEADING, "",
        f"Measured on {datetime.now():%d/%m/%Y %H:%M} (`python -m bench.bench_report`): figures read, report "
        f"composed and DOCX written with its chart, as `ngoaivu report` does, on the data set above; median of "
        f"{result['runs']} runs after two warm-up runs. The report has {format_number(result['table_rows'])} table "
        f"rows and reads the database with {result['queries']} queries. Load average during the run: "
        f"{format_number(result['load_average'], 1)} on {_cores()} cores. Other work shares the machine, so the "
        "CPU time the run itself took (Python and its PostgreSQL backend, read from /proc) is given beside the "
        "wall time: on an idle machine the wall time is about that.", "",
        "| measurement | median | target |", "|---|---:|---:|",
        f"| {result['title']} | {ms('median_ms')} (CPU {ms('cpu_ms')}) | ≤ {format_number(result['target_ms'])} ms "
        f"{met} |",
        f"| — đọc số liệu (collect) | {ms('collect_ms')} | |",
        f"| — viết nội dung (compose) | {ms('compose_ms')} | |",
        f"| — ghi DOCX, biểu đồ (render) | {ms('render_ms')} | |",
    ]
    if "pdf_ms" in result:
        lines.append(f"| PDF của báo cáo đó qua LibreOffice ({result['pdf_pages']} trang, median of "
                     f"{result['pdf_runs']}) | {ms('pdf_ms')} | chạy nền (ADR 0010) |")
    else:
        lines.append("| PDF | LibreOffice is not installed (`make browser`) | |")
    return lines


def _cores() -> int:
    import os

    return os.cpu_count() or 1


def write(path: Path, lines: list[str]) -> None:
    """Replace this bench's section of the file in place (or put it before the text extraction's,
    else at the end), keeping every other section as it is."""
    from bench.report import _sections

    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    sections = [(heading, body) for heading, body in _sections(text.splitlines())]
    ours = [index for index, (heading, _) in enumerate(sections) if _same(heading, HEADING)]
    after = next((index for index, (heading, _) in enumerate(sections) if _same(heading, "## Text extraction")),
                 len(sections))
    index = ours[0] if ours else after
    sections[index:index + bool(ours)] = [(HEADING, [*lines, ""])]
    out = [line for _, body in sections for line in body]
    while out and not out[-1].strip():
        out.pop()
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _same(heading: str, other: str) -> bool:
    return bool(heading) and heading.split(" (")[0] == other.split(" (")[0]


def measure(runs: int, pdf_runs: int) -> dict:
    from ngoaivu.reports.bench import bench_report

    result = bench_report(runs=runs, pdf_runs=pdf_runs)
    print(f"{result['key']}: {result['median_ms']:.1f} ms, PDF {result.get('pdf_ms', 0):.1f} ms", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_report", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pdf-runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    ensure_database(args.database_url)
    setup_django(args.database_url)
    write(args.output, section(measure(args.runs, args.pdf_runs)))
    print(f"Đã ghi {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
