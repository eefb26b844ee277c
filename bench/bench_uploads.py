"""Hostile uploads refused before parsing: time and peak memory of the check an upload
goes through before anything is stored (ngoaivu.core.filelimits, readers.check_limits).

    python -m bench.bench_uploads [--output docs/benchmarks.md]

Each file is checked in a fresh process, so its peak resident memory is the check's
own (plus Python and the imports). Targets from issue 11: refused in ≤ 2 s, ≤ 300 MB.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HEADING = "## Hostile uploads (refused before anything is stored)"
TARGET_SECONDS, TARGET_MB = 2.0, 300

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from ngoaivu.ingest.pipeline.readers import UnreadableDocument, check_limits
import pypdf  # loaded once in a server process: not part of a check's time
path = Path(sys.argv[1]); data = path.read_bytes()
start = time.perf_counter()
try:
    check_limits(data, path.name); refused = ""
except UnreadableDocument as error:
    refused = str(error)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "refused": refused}))
"""


def _files(folder: Path) -> dict[str, Path]:
    from ngoaivu.testing.files import docx_bomb, pdf_bytes

    files = {
        "DOCX, 2.000.000 empty paragraphs": ("bom.docx", docx_bomb(paragraphs=2_000_000)),
        "DOCX unzipping to 200 MB": ("phinh.docx", docx_bomb(paragraphs=1, inflated_mb=200)),
        "PDF, valid header, garbage body": ("rac.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4096),
        "PDF of 2.001 blank pages": ("dai.pdf", pdf_bytes(2_001)),
    }
    paths = {}
    for label, (name, content) in files.items():
        paths[label] = folder / name
        paths[label].write_bytes(content)
    return paths


def measure() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for label, path in _files(Path(folder)).items():
            run = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=REPO, capture_output=True,
                                 text=True, check=True)
            results.append({"file": label, "kib": path.stat().st_size // 1024, **json.loads(run.stdout)})
    return results


def section(results: list[dict]) -> list[str]:
    import os
    from datetime import datetime, timezone

    when = f"{datetime.now(timezone.utc):%d/%m/%Y %H:%M} UTC, load {os.getloadavg()[0]:.1f}".replace(".", ",")
    lines = [HEADING, "", "Each file checked in a fresh process (`python -m bench.bench_uploads`), its libraries "
             "loaded first as in a server process; peak memory includes Python and the imports. Targets (issue 11): "
             f"refused in ≤ 2 s, ≤ 300 MB. Run {when} (2 cores). What the upload pages and the API then do "
             "with a refused file — a Vietnamese message, nothing stored, no job queued — is tested in "
             "`ngoaivu/ingest/tests/test_upload_in_worker.py` and `test_bad_input.py`.", "",
             "| file | size | refused in | peak memory | message |", "|---|---:|---:|---:|---|"]
    for row in results:
        ok = "✔" if row["refused"] and row["seconds"] <= TARGET_SECONDS and row["peak_mb"] <= TARGET_MB else "✘"
        seconds = f"{row['seconds']:.2f}".replace(".", ",")
        lines.append(f"| {row['file']} | {row['kib']} KiB | {seconds} s {ok} | {row['peak_mb']:.0f} MB "
                     f"| {row['refused'] or 'NOT REFUSED'} |")
    return lines


def write(path: Path, lines: list[str]) -> None:
    """Replace this bench's section of the file (or add it), keeping every other section."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    kept, skipping = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            skipping = line == HEADING
        if not skipping:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    path.write_text("\n".join([*kept, "", *lines]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_uploads", description=__doc__)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    results = measure()
    for row in results:
        print(f"{row['file']}: {row['seconds']:.2f} s, {row['peak_mb']:.0f} MB", flush=True)
    write(args.output, section(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
