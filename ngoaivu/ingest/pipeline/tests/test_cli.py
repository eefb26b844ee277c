import json

from ngoaivu.ingest.pipeline.cli import EXIT_UNREADABLE, main

REPORT = (
    "Tỉnh Cao Bằng đẩy mạnh hợp tác quốc tế\n"
    "08:30, 14/07/2023\n"
    "Trong 6 tháng đầu năm 2023, tỉnh Cao Bằng đã ký kết 4 thỏa thuận hợp tác với tỉnh Quảng Tây (Trung Quốc); "
    "kim ngạch xuất nhập khẩu ước đạt 350 triệu USD, tăng 8% so với cùng kỳ.\n"
)


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_json_output_has_the_schema_shape(tmp_path, capsys):
    path = write(tmp_path, "bao-cao.txt", REPORT)
    assert main([str(path), "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)
    assert isinstance(documents, list) and len(documents) == 1
    document = documents[0]
    assert set(document) == {"source", "province", "published", "facts"}
    assert (document["source"], document["province"], document["published"]) == ("bao-cao.txt", "Cao Bằng", "2023-07-14")
    kinds = [f["kind"] for f in document["facts"]]
    assert kinds == ["observation", "observation", "partner"]
    for fact in document["facts"]:
        assert REPORT[fact["start"] : fact["end"]] == fact["evidence"]
    trade = document["facts"][1]
    assert trade["indicator"] == "trade_value" and trade["qualifier"] == "estimate" and trade["change_pct"] == 8.0


def test_unreadable_files_are_named_and_the_others_still_printed(tmp_path, capsys):
    good = write(tmp_path, "tot.txt", REPORT)
    empty = write(tmp_path, "rong.txt", b"")
    broken = write(tmp_path, "hong.docx", b"PK\x03\x04 broken")
    assert main([str(empty), str(good), str(broken), "--json"]) == EXIT_UNREADABLE
    captured = capsys.readouterr()
    assert [d["source"] for d in json.loads(captured.out)] == ["tot.txt"]
    assert "rong.txt" in captured.err and "hong.docx" in captured.err


def test_missing_file_exits_with_2(tmp_path, capsys):
    assert main([str(tmp_path / "khong-co.txt"), "--json"]) == EXIT_UNREADABLE
    assert json.loads(capsys.readouterr().out) == []


def test_readable_summary_without_json(tmp_path, capsys):
    path = write(tmp_path, "bao-cao.txt", REPORT)
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "bao-cao.txt" in out and "Tỉnh: Cao Bằng" in out
    assert "trade_value: 350000000 USD" in out and "Quảng Tây" in out


def test_the_project_console_command_delegates_here(tmp_path, capsys):
    from ngoaivu.cli import main as ngoaivu_main

    path = write(tmp_path, "bao-cao.txt", REPORT)
    assert ngoaivu_main(["ngoaivu", "extract", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["province"] == "Cao Bằng"


def test_the_summary_marks_the_figures_worth_a_closer_look(tmp_path, capsys, monkeypatch):
    import sys

    from ngoaivu.ingest.pipeline.figure_filter import FigureFilter

    extract_module = sys.modules["ngoaivu.ingest.pipeline.extract"]  # (the package's `extract` is the function)
    monkeypatch.setattr(extract_module, "figure_filter", lambda: FigureFilter(3.0, {"indicator=trade_value": -3.5}, 0.2))
    assert main([str(write(tmp_path, "bao-cao.txt", REPORT))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if "cần kiểm tra" in line] == [
        next(line for line in lines if "trade_value" in line)]
    assert "(cần kiểm tra: độ tin cậy 0,38)" in next(line for line in lines if "trade_value" in line)
