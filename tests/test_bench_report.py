"""`make bench` rewrites docs/benchmarks.md; the sections other tools write must survive it."""
from bench.report import _kept_sections


def test_a_bench_run_keeps_the_sections_it_does_not_write(tmp_path):
    path = tmp_path / "benchmarks.md"
    path.write_text("# Benchmarks\n\nold intro\n\n## Results (milliseconds)\n\nold table\n\n"
                    "## Development set (tests/devset)\n\n| kind | F1 |\n\n\n## Import and export\n\n100.000 rows\n",
                    encoding="utf-8")
    written = ["# Benchmarks", "", "new intro", "", "## Results (milliseconds)", "", "new table"]
    kept = _kept_sections(path, written)
    assert kept == ["", "## Development set (tests/devset)", "", "| kind | F1 |", "", "## Import and export", "",
                    "100.000 rows"]


def test_nothing_is_kept_from_a_missing_file(tmp_path):
    assert _kept_sections(tmp_path / "none.md", ["# Benchmarks"]) == []


def test_the_report_bench_replaces_its_section_in_place(tmp_path):
    from bench.bench_report import HEADING, write

    path = tmp_path / "benchmarks.md"
    path.write_text(f"# Benchmarks\n\n## Results (milliseconds)\n\nt\n\n{HEADING}\n\nold\n\n## Text extraction\n\nj\n",
                    encoding="utf-8")
    write(path, [HEADING, "", "new"])
    assert path.read_text(encoding="utf-8") == (f"# Benchmarks\n\n## Results (milliseconds)\n\nt\n\n{HEADING}\n\nnew\n\n"
                                                "## Text extraction\n\nj\n")


def test_the_report_bench_goes_before_the_text_extraction_when_missing(tmp_path):
    from bench.bench_report import HEADING, write

    path = tmp_path / "benchmarks.md"
    path.write_text("# Benchmarks\n\n## Results (milliseconds)\n\nt\n\n## Text extraction (x)\n\nj\n", encoding="utf-8")
    write(path, [HEADING, "", "new"])
    text = path.read_text(encoding="utf-8")
    assert text.index("t\n") < text.index(HEADING) < text.index("## Text extraction") and text.count(HEADING) == 1


def test_the_report_section_states_the_target_the_phases_and_the_pdf():
    from bench.bench_report import section

    result = {"title": "Báo cáo DOCX một tỉnh cả năm (Hà Tĩnh, năm 2024)", "target_ms": 2000, "runs": 5,
              "median_ms": 2345.67, "cpu_ms": 1500.0, "collect_ms": 900.0, "compose_ms": 20.0, "render_ms": 1400.5,
              "queries": 107, "table_rows": 1234, "load_average": 3.5, "pdf_ms": 9876.5, "pdf_pages": 31,
              "pdf_runs": 3}
    text = "\n".join(section(result))
    assert "| 2.345,7 ms (CPU 1.500,0 ms) | ≤ 2.000 ms ✘ |" in text
    assert "1.234 table rows" in text and "107 queries" in text and "3,5 on" in text
    assert "(31 trang, median of 3) | 9.876,5 ms |" in text
    del result["pdf_ms"]
    assert "LibreOffice is not installed" in "\n".join(section(result))
