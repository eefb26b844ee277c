"""bench/bench_extract.py runs from a fresh clone, which has no ../shared/seeds beside it."""
import json

from bench import bench_extract


def test_without_the_seeds_it_times_the_development_set(tmp_path, capsys):
    bench_extract.main(["--documents", "3", "--seeds", str(tmp_path / "no-seeds")])
    result = json.loads(capsys.readouterr().out)
    assert result["corpus"] == bench_extract.DEVELOPMENT_SET
    assert result["documents"] == 3 and result["characters"] > 0 and result["articles_per_second"] > 0


def test_a_seed_folder_when_there_is_one(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Năm 2025, kim ngạch xuất khẩu của tỉnh đạt 1.234,5 triệu USD.", encoding="utf-8")
    bench_extract.main(["--documents", "2", "--seeds", str(tmp_path)])
    result = json.loads(capsys.readouterr().out)
    assert result["corpus"] == "seeds" and result["documents"] == 2
