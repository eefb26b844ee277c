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


def test_the_http_bench_runs_the_pages_asked_for():
    from bench.bench_http import ENDPOINTS, selected

    assert selected("") == ENDPOINTS
    assert [path for _, path in selected("/api/")] == ["/api/delegations/?page_size=50"]
    assert [path for _, path in selected("/api/,/ke-hoach/")] == ["/api/delegations/?page_size=50",
                                                                  "/ke-hoach/bang-so-lieu/"]


def test_the_api_list_bench_saves_every_type_for_both_users_and_languages(tmp_path, db):
    from bench.bench_api_lists import EXTRA_PAGES, USERS, save
    from ngoaivu.accounts.models import User
    from ngoaivu.core.registry import record_types
    from ngoaivu.core.roles import Role
    from ngoaivu.geo.models import Province

    User.objects.create_user(username=USERS[0], role=Role.SPECIALIST, province=Province.objects.get(pk=26))
    User.objects.create_user(username=USERS[1], role=Role.SPECIALIST)
    types = [record_type for record_type in record_types() if record_type.api_path]
    pages = len(types) + sum(len(extra) for path, extra in EXTRA_PAGES.items())
    assert save(tmp_path) == pages * 2 * 2
    files = sorted(tmp_path.iterdir())
    first_pages = [file for file in files if file.name.endswith("_page_size=50.txt")]
    assert len(files) == pages * 4 and len(first_pages) == len(types) * 4
    assert all(file.read_bytes().startswith(b"200\n") for file in first_pages)   # later pages: none in an empty set
    english = (tmp_path / f"{USERS[0]}_en_delegations_page_size=50.txt").read_text(encoding="utf-8")
    assert "Content-Language: en" in english and english.rstrip().endswith("}")


def test_the_http_bench_replays_a_page_s_own_sql(db):
    from bench.sql_replay import _query_of, page_statements, replay_ms
    from ngoaivu.accounts.models import User
    from ngoaivu.core.roles import Role
    from ngoaivu.geo.models import Province

    User.objects.create_user(username="bench.sql", role=Role.SPECIALIST, province=Province.objects.get(pk=26))
    statements = page_statements("/api/delegations/?page_size=5", "bench.sql")
    assert any("delegations_delegation" in sql for sql in statements)
    assert not any(sql.upper().startswith(("SAVEPOINT", "RELEASE")) for sql in statements)
    assert replay_ms(statements, runs=2) > 0
    declared = 'DECLARE "_django_curs_1_sync_2" NO SCROLL CURSOR WITH HOLD FOR SELECT 1 FROM t'
    assert _query_of(declared) == "SELECT 1 FROM t" and _query_of("SELECT 2") == "SELECT 2"
