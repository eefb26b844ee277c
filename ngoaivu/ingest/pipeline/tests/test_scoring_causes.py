"""The per-cause tally of the scorer (`--causes`): made-up gold and predictions, one cause each."""
import json

from ngoaivu.ingest.pipeline import scoring
from ngoaivu.ingest.pipeline.scoring import score_predictions

YEAR = {"start": "2030-01-01", "end": "2030-12-31"}
HALF = {"start": "2031-01-01", "end": "2031-06-30"}


def _obs(indicator="export_value", value=250_000_000, unit="USD", period=YEAR, **extra):
    return {"kind": "observation", "indicator": indicator, "value": value, "unit": unit, "period": period, **extra}


def _causes(predicted, gold, kind="observation"):
    documents = [{"source": "doc_001_a", "province": "P", "published": None, "facts": gold}]
    score = score_predictions([{"source": "doc_001_a", "facts": predicted}], documents)
    return dict(score.causes[kind])


def test_a_figure_read_with_another_period_or_as_a_stock_is_a_period_cause():
    assert _causes([_obs(period=HALF)], [_obs()]) == {"period": 1}
    assert _causes([_obs(period={"as_of": "2030-12-31"})], [_obs()]) == {"as_of": 1}


def test_a_wrong_value_unit_or_scale_is_told_apart():
    assert _causes([_obs(value=260_000_000)], [_obs()]) == {"value": 1}
    assert _causes([_obs(value=250_000_000_000)], [_obs()]) == {"unit": 1}  # triệu read as tỷ
    assert _causes([_obs(value=5_750_000_000_000, unit="VND")], [_obs()]) == {"unit": 1}


def test_a_figure_given_to_the_wrong_indicator():
    assert _causes([_obs(indicator="import_value")], [_obs()]) == {"indicator": 1}
    assert _causes([_obs(indicator="import_value", period=HALF)], [_obs()]) == {"indicator_period": 1}


def test_a_change_or_plan_share_read_as_a_figure():
    gold = [_obs(change_pct=12.5, plan_pct=61.0)]
    # the gold figure matched: the extra percent is its change read as a figure of its own
    tally = _causes([_obs(change_pct=12.5), _obs(indicator="export_growth", value=12.5, unit="percent")], gold)
    assert tally == {"change_plan": 1}
    # nothing matched: the percent stands for the figure, on the same indicator and years
    assert _causes([_obs(value=61.0, unit="percent")], gold) == {"change_plan": 1}


def test_unpaired_predictions_are_restated_other_scope_or_spurious_and_unpaired_gold_missed():
    gold = [_obs(), _obs(indicator="workers_abroad", value=1200, unit="people")]
    predicted = [
        _obs(),  # matches
        _obs(period=HALF),  # the matched figure again, with another period: a restatement
        _obs(value=9_000_000_000),  # another export value for the same year: the nation's, a part's
        _obs(value=31_000_000, period={"start": "2030-10-01", "end": "2030-10-31"}),  # one month of it
        _obs(value=52_000_000, counterpart="Xứ Mây"),  # one partner's share of it
        _obs(value=210_000_000, period={"start": "2029-01-01", "end": "2029-12-31"}),  # the year before
        _obs(indicator="remittances", value=77_000_000, period=HALF),  # nothing near it
    ]
    assert _causes(predicted, gold) == {"restated": 1, "other_scope": 1, "sub_period": 1, "counterpart": 1,
                                        "other_year": 1, "spurious": 1, "missed": 1}


def test_each_gold_fact_pairs_once_and_the_nearest_pair_goes_first():
    gold = [_obs(), _obs(indicator="import_value", value=90_000_000)]
    predicted = [_obs(value=90_000_000), _obs(indicator="import_value", value=90_000_000, period=HALF)]
    # the first is near both gold facts (the import's value and years, the export's indicator and
    # years); the import figure of the wrong half takes the import gold first (period), so the first
    # is left with the export gold (value)
    assert _causes(predicted, gold) == {"period": 1, "value": 1}


def test_partners_documents_and_gates_pair_on_their_name_and_slip_on_a_detail():
    partner = {"kind": "partner", "name": "Xứ Mây", "partner_type": "locality", "country": "LA"}
    assert _causes([{**partner, "country": "KH"}], [partner], "partner") == {"detail": 1}
    document = {"kind": "legal_document", "number": "99/KH-UBND", "date": "2030-02-03"}
    assert _causes([{**document, "date": None}], [document], "legal_document") == {"detail": 1}
    assert _causes([{**document, "number": "98/KH-UBND"}], [document], "legal_document") == {
        "spurious": 1, "missed": 1}


def test_the_command_prints_counts_only(tmp_path, capsys):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"source": "fresh3_001_a", "province": "P", "published": None, "facts": [_obs(), _obs(indicator="import_value")]}
    (gold_dir / "fresh3_001_a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    predictions = tmp_path / "p.json"
    predictions.write_text(json.dumps([{"source": "fresh3_001_a", "facts": [_obs(value=1.0)]}]), encoding="utf-8")
    assert scoring.main([str(predictions), str(gold_dir), "--causes", "-v"]) == 0
    out = capsys.readouterr().out
    assert "causes observation: value 1, missed 1" in out
    # neither the document, nor an indicator, nor a value of an untouched split is printed
    assert "fresh3_001_a" not in out and "import_value" not in out and "250000000" not in out


def test_the_verbose_listing_leaves_out_every_untouched_split():
    gold = [{"source": name, "province": None, "published": None, "facts": [_obs()]}
            for name in ("dev11_001_x", "fresh3_001_y", "fresh4_001_z", "fresh5_001_w", "fresh12_001_v", "freshwater_1")]
    listing = score_predictions([], gold).table(verbose=True)
    assert "dev11_001_x missed" in listing and "freshwater_1 missed" in listing   # no split of that name
    for untouched in ("fresh3_001_y", "fresh4_001_z", "fresh5_001_w", "fresh12_001_v"):
        assert untouched not in listing
