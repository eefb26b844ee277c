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
