"""The learned figure filter: its features, its decision, its place in the pipeline and its training."""
import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

from ngoaivu.ingest.pipeline.figure_filter import (
    WEIGHTS,
    FigureFilter,
    features_of_figures,
    figure_features,
    figure_filter,
    name_words,
    readings_of_figures,
)
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.phrases import Tokens

extract_module = sys.modules["ngoaivu.ingest.pipeline.extract"]  # (the package's `extract` is the function)
ROOT = Path(__file__).resolve().parents[4]
TEXT = "Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 410 triệu USD. Năm 2025, tỉnh thu hút 12 dự án FDI."


def _fields(indicator, value, period, **more):
    return {"indicator": indicator, "value": value, "unit": "USD", "period": period, "qualifier": None,
            "change_pct": None, "plan_pct": None, "per": "period", "counterpart": None, **more}


def test_numbers_are_no_words_and_names_are_told_apart_for_the_trainer():
    evidence = "Riêng tỉnh Bắc Ninh thu hút 1,5 tỷ USD vốn FDI năm 2023, Nhật Bản dẫn đầu. Trong đó"
    fields = _fields("fdi_registered_capital", 1.5e9, None)
    features = figure_features(fields, "observation", fold_case(evidence), 0, 100, None, [fields])
    assert [f[2:] for f in features if f.startswith("w=")] == sorted(
        ["riêng", "tỉnh", "bắc", "ninh", "thu", "hút", "tỷ", "usd", "vốn", "fdi", "năm", "nhật", "bản", "dẫn", "đầu",
         "trong", "đó"])
    assert name_words(evidence) == ["bắc", "ninh", "nhật", "bản"]  # not "Riêng", "Trong" (one capital), nor "FDI"


def test_the_words_read_from_the_text_s_tokens_are_the_words_of_the_evidence():
    extraction = extract_module.extract(TEXT, published=date(2026, 2, 1), filter_figures=False)
    body = extraction.normalized.text
    figures = [fact for fact in extraction.facts if fact.kind == "observation"]
    folded = fold_case(body)
    assert features_of_figures(figures, Tokens(body, folded), date(2026, 2, 1)) == [
        figure_features(f.fields, f.kind, folded[f.start : f.end], f.start, len(body), date(2026, 2, 1),
                        [g.fields for g in figures]) for f in figures]


def test_a_figure_smaller_than_another_of_its_indicator_and_period_says_by_how_much():
    year = {"start": "2025-01-01", "end": "2025-12-31"}
    whole, part = _fields("export_value", 4.1e8, year), _fields("export_value", 3e6, year, change_pct=12.0)
    features = figure_features(part, "observation", "riêng mặt hàng gạo đạt 3 triệu usd", 900, 1000,
                               date(2026, 2, 1), [whole, part])
    assert {"smaller=2", "same=1", "months=12", "years=-1", "position=4", "opening=False", "change_pct=True",
            "w=gạo", "w=hàng"} <= set(features)
    assert "smaller=no" in figure_features(whole, "observation", "", 0, 1000, date(2026, 2, 1), [whole, part])


def test_the_filter_keeps_a_figure_whose_chance_reaches_the_threshold():
    check = FigureFilter(bias=0.0, weights={"w=riêng": -3.0, "w=đạt": 1.0, "kind=target": 0.5}, threshold=0.4)
    assert check.keeps((["kind=observation"], {"đạt"})) and not check.keeps((["kind=observation"], {"riêng", "đạt"}))
    assert check.chance([]) == pytest.approx(0.5)
    assert check.chance(["kind=target", "w=riêng"]) == pytest.approx(1 / (1 + math.exp(2.5)))


def test_a_reading_and_its_features_score_alike():
    extraction = extract_module.extract(TEXT, published=date(2026, 2, 1), filter_figures=False)
    body = extraction.normalized.text
    figures = [fact for fact in extraction.facts if fact.kind == "observation"]
    tokens = Tokens(body, fold_case(body))
    check = figure_filter()
    for reading, features in zip(readings_of_figures(figures, tokens, None), features_of_figures(figures, tokens, None)):
        assert check.keeps(reading) == (check.chance(features) >= check.threshold)


def test_the_pipeline_drops_what_the_filter_drops_unless_told_not_to(monkeypatch):
    monkeypatch.setattr(extract_module, "figure_filter", lambda: FigureFilter(0.0, {"indicator=export_value": -9.0}, 0.5))
    kept = [f["indicator"] for f in extract_module.extract_text(TEXT, published=date(2026, 2, 1))["facts"]]
    every = [f.kind for f in extract_module.extract(TEXT, published=date(2026, 2, 1), filter_figures=False).facts]
    assert kept == ["fdi_new_projects"] and every == ["observation", "observation"]


def test_each_figure_carries_its_chance_as_its_confidence_and_only_figures_do(monkeypatch):
    monkeypatch.setattr(extract_module, "figure_filter", lambda: FigureFilter(0.0, {"indicator=export_value": -1.0}, 0.2))
    text = TEXT + " Tỉnh ký biên bản ghi nhớ với tỉnh Gifu (Nhật Bản)."
    facts = extract_module.extract_text(text, published=date(2026, 2, 1))["facts"]
    confidence = {f["indicator"]: f["confidence"] for f in facts if f["kind"] == "observation"}
    assert confidence == {"export_value": round(1 / (1 + math.e), 2), "fdi_new_projects": 0.5}
    assert all("confidence" not in f for f in facts if f["kind"] == "partner")
    # unfiltered, the figures the filter drops keep their chance too
    unfiltered = extract_module.extract(text, published=date(2026, 2, 1), filter_figures=False).facts
    assert all(0 <= f.fields["confidence"] <= 1 for f in unfiltered if f.kind == "observation")


def test_the_weights_shipped_were_chosen_by_cross_validation_on_studied_texts():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    best = max(line["f1"] for line in data["cross_validation"])
    chosen = next(line for line in data["cross_validation"] if line["threshold"] == data["threshold"])
    assert chosen["f1"] >= best - 0.001 and data["threshold"] > 0
    assert chosen["f1"] > data["cross_validation"][0]["f1"]  # better than no filter, judged on splits it was not fitted on
    assert figure_filter().threshold == data["threshold"] and not any(f.startswith("w=") and any(c.isdigit() for c in f)
                                                                        for f in data["weights"])


def test_training_separates_figures_a_specialist_keeps_from_those_he_drops():
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_figure_filter import chance, cross_validated, fit

    rows = [(f"s{i % 10}", ["w=đạt", "w=riêng"] if i % 3 == 0 else ["w=đạt"], i % 3 != 0, []) for i in range(120)]
    bias, weights = fit(rows)
    assert chance(bias, weights, ["w=đạt", "w=riêng"]) < 0.3 < 0.7 < chance(bias, weights, ["w=đạt"])
    named = [(f"s{i % 10}", ["w=đạt", "w=ninh"], True, ["ninh"] if i % 2 else []) for i in range(20)]
    assert "w=ninh" not in fit(rows + named)[1]  # a word inside names in half its figures gets no weight
    table = cross_validated(rows, gold_count=80)
    assert table[0] == {"threshold": 0.0, "dropped": 0, "dropped_right": 0, "f1": round(160 / 200, 4)}
    assert max(line["f1"] for line in table) == 1.0
