"""The repository's scorer applies SCHEMA.md's matching rules, and agrees line for line with shared/gold/score.py."""
import copy
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ngoaivu.ingest.pipeline import scoring
from ngoaivu.ingest.pipeline.scoring import facts_match, load_gold, score_predictions

REPO = Path(__file__).resolve().parents[4]
SHARED_GOLD = REPO.parent / "shared" / "gold"  # present beside the clone here and in CI, not for users
# five dev gold files, perturbed predictions and what shared/gold/score.py printed for them (-v)
FIXTURE = REPO / "tests" / "devset" / "scoring_fixture"


def _observation(**overrides):
    fact = {
        "kind": "observation", "indicator": "export_value", "value": 1_000_000, "unit": "USD",
        "period": {"start": "2024-01-01", "end": "2024-06-30"}, "qualifier": None,
        "change_pct": 5.0, "plan_pct": None, "per": "period", "counterpart": None,
    }
    return {**fact, **overrides}


def test_values_match_within_half_a_percent_and_periods_by_year():
    gold = _observation()
    assert facts_match("observation", _observation(value=1_004_900), gold)
    assert not facts_match("observation", _observation(value=1_006_000), gold)
    # only the years are compared: Jan–May of the same year is the same period
    assert facts_match("observation", _observation(period={"start": "2024-01-01", "end": "2024-05-31"}), gold)
    assert not facts_match("observation", _observation(period={"as_of": "2024-06-30"}), gold)
    assert not facts_match("observation", _observation(indicator="import_value"), gold)


def test_a_one_point_range_matches_a_single_value_and_ranges_compare_both_ends():
    gold = _observation()
    assert facts_match("observation", _observation(value=None, value_min=1_000_000, value_max=1_000_000), gold)
    ranged = _observation(value=None, value_min=10, value_max=20)
    assert facts_match("target", _observation(value=None, value_min=10, value_max=20.05), ranged)
    assert not facts_match("target", _observation(value=15), ranged)


def test_partner_names_ignore_case_spaces_hyphens_and_accept_aliases():
    gold = {"kind": "partner", "name": "Xiêng Khoảng", "country": "LA", "aliases": ["Xieng Khouang"]}
    assert facts_match("partner", {"name": "xiêng-khoảng", "country": "LA"}, gold)
    assert facts_match("partner", {"name": "XiengKhouang", "country": "LA"}, gold)
    assert not facts_match("partner", {"name": "Xiêng Khoảng", "country": "TH"}, gold)
    # names are compared in NFC: a decomposed spelling is the same name
    assert facts_match("partner", {"name": unicodedata.normalize("NFD", "Xiêng Khoảng"), "country": "LA"}, gold)


def test_legal_documents_by_number_and_date_border_gates_by_both_names():
    gold = {"kind": "legal_document", "number": "71/KH-UBND", "date": "2024-04-05"}
    assert facts_match("legal_document", {"number": "71/kh-ubnd", "date": "2024-04-05"}, gold)
    assert not facts_match("legal_document", {"number": "71/KH-UBND", "date": None}, gold)
    gate = {"kind": "border_gate", "vn": "Cầu Treo", "foreign": "Nậm Phao"}
    assert facts_match("border_gate", {"vn": "cầu treo", "foreign": "Nậm  Phao"}, gate)
    assert not facts_match("border_gate", {"vn": "Nậm Phao", "foreign": "Cầu Treo"}, gate)


def test_each_gold_fact_takes_one_prediction_and_embassies_are_not_scored():
    gold = [{"source": "a.txt", "province": "Tỉnh A", "published": None, "facts": [_observation()]}]
    predicted = [{
        "source": "dir/a.txt", "province": "tỉnh a", "published": None,
        "facts": [_observation(change_pct=5.0), _observation(change_pct=-5.0),
                  {"kind": "partner", "name": "Đại sứ quán X", "partner_type": "embassy", "country": "US"}],
    }]
    score = score_predictions(predicted, gold)
    observation = score.kinds["observation"]
    assert (observation.true_positives, observation.false_positives, observation.false_negatives) == (1, 1, 0)
    assert score.kinds["partner"].predicted == 0
    assert score.attributes["change_pct"] == [1, 0]
    assert (score.metadata_agree, score.metadata_total) == (2, 2)
    assert round(score.overall.f1, 3) == 0.667


def test_markdown_table_writes_numbers_the_vietnamese_way():
    gold = [{"source": "d.txt", "province": None, "published": None, "facts": [_observation(), _observation(value=7)]}]
    markdown = score_predictions([{"source": "d.txt", "facts": [_observation()]}], gold).markdown()
    assert "| observation | 2 | 1 | 1,000 | 0,500 | 0,667 |" in markdown
    assert "| **overall** | 2 | 1 | 1,000 | 0,500 | **0,667** |" in markdown


def test_a_document_without_predictions_counts_all_its_gold_as_missed():
    gold = [{"source": "b.txt", "province": "Tỉnh B", "published": "2024-01-02", "facts": [_observation()]}]
    score = score_predictions([], gold)
    assert score.kinds["observation"].false_negatives == 1
    assert score.metadata_agree == 0
    assert score.table().splitlines()[-1] == "overall F1 0.000"


def test_cli_exit_status_follows_min_f1(tmp_path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "c.gold.json").write_text(json.dumps(
        {"source": "c.txt", "province": None, "published": None, "facts": [_observation()]}), encoding="utf-8")
    predictions = tmp_path / "p.json"
    predictions.write_text(json.dumps([{"source": "c.txt", "facts": [_observation()]}]), encoding="utf-8")
    assert scoring.main([str(predictions), str(gold_dir), "--min-f1", "0.9"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "overall F1 1.000"
    predictions.write_text(json.dumps([{"source": "c.txt", "facts": []}]), encoding="utf-8")
    assert scoring.main([str(predictions), str(gold_dir), "--min-f1", "0.9"]) == 1


def _perturbed(documents):
    """Predictions that exercise every branch: dropped, altered, duplicated and invented facts."""
    documents = copy.deepcopy(documents)
    for n, document in enumerate(documents):
        facts = document["facts"]
        for i, fact in enumerate(facts):
            if fact["kind"] == "observation" and i % 3 == 0:
                fact["change_pct"] = (fact.get("change_pct") or 0) + 1
                fact["qualifier"] = None if fact.get("qualifier") else "approx"
            if fact["kind"] == "observation" and i % 4 == 1 and fact.get("value"):
                fact["value"] = fact["value"] * 1.004  # still within tolerance
            if fact["kind"] == "observation" and i % 5 == 2 and fact.get("value"):
                fact["value"] = fact["value"] * 1.1  # out of tolerance
        document["facts"] = [f for i, f in enumerate(facts) if i % 7 != 3]
        document["facts"].append({"kind": "partner", "name": f"Nơi {n}", "country": "LA", "partner_type": "locality"})
        if facts:
            document["facts"].append(copy.deepcopy(facts[0]))
        if n == 1:
            document["province"] = None
    return documents


@pytest.mark.skipif(not (SHARED_GOLD / "score.py").is_file(), reason="shared/gold is not beside the repository")
def test_prints_the_same_table_as_the_shared_scorer_on_the_seeds(tmp_path):
    gold = load_gold(SHARED_GOLD)
    for name, predictions in (("exact", gold), ("perturbed", _perturbed(gold))):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
        theirs = subprocess.run([sys.executable, str(SHARED_GOLD / "score.py"), str(path), "-v"],
                                capture_output=True, text=True, check=True).stdout
        ours = score_predictions(predictions, gold).table(verbose=True) + "\n"
        assert ours == theirs, name
    # the perturbed run really exercised the failure branches
    assert " missed: " in theirs and " spurious: " in theirs and "overall F1 1.000" not in theirs


def test_prints_what_the_shared_scorer_printed_on_the_frozen_fixture():
    # works without ../shared: expected.txt was written by shared/gold/score.py -v on these files
    predictions = json.loads((FIXTURE / "predictions.json").read_text(encoding="utf-8"))
    expected = (FIXTURE / "expected.txt").read_text(encoding="utf-8")
    assert score_predictions(predictions, load_gold(FIXTURE / "gold")).table(verbose=True) + "\n" == expected
    assert " missed: " in expected and " spurious: " in expected


def test_the_verbose_listing_never_shows_the_untouched_splits_misses():
    from ngoaivu.ingest.pipeline.scoring import score_predictions

    gold = [{"source": name, "province": None, "published": None,
             "facts": [{"kind": "partner", "name": "Gifu", "partner_type": "locality", "country": "JP"}]}
            for name in ("dev_001_x.txt", "holdout_001_y.txt", "fresh_001_z.txt")]
    listing = score_predictions([], gold).table(verbose=True)
    # the first holdout became development data once its misses had been seen
    assert "dev_001_x missed" in listing and "holdout_001_y missed" in listing
    assert "fresh_001_z" not in listing


def test_matched_figures_are_checked_to_the_month():
    quarter = {"start": "2024-01-01", "end": "2024-03-31"}
    gold = [{"source": "m.txt", "province": None, "published": None,
             "facts": [_observation(period=quarter), _observation(value=7, period=quarter)]}]
    # both match (years agree); one has the whole year where the gold has the quarter
    predicted = [{"source": "m.txt", "facts": [_observation(period=dict(quarter)),
                                                _observation(value=7, period={"start": "2024-01-01", "end": "2024-12-31"})]}]
    score = score_predictions(predicted, gold)
    assert score.kinds["observation"].true_positives == 2
    assert score.months == [1, 1]
