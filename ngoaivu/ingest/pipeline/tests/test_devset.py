"""The development set of real texts (tests/devset): each split keeps the F1 recorded in floors.json.

The untouched split (fresh_*) only measures: on failure its per-kind table is printed, never
its misses, so that no rule is written from those texts (tests/devset/README.md). The first
holdout (holdout_*) had its misses seen once and is development data now.
"""
import json
import re
from pathlib import Path

import pytest

from ngoaivu.ingest.pipeline.extract import extract_file
from ngoaivu.ingest.pipeline.indicators import INDICATORS
from ngoaivu.ingest.pipeline.scoring import KINDS, load_gold, score_predictions

DEVSET = Path(__file__).resolve().parents[4] / "tests" / "devset"
FLOORS = json.loads((DEVSET / "floors.json").read_text(encoding="utf-8"))
# file-name prefix -> split: every split with a floor in floors.json is its own prefix; devn_* (the numeric rules'
# round) counts with dev
SPLITS = tuple(split for split, floor in FLOORS.items() if isinstance(floor, dict) and "overall_f1" in floor)
PREFIXES = {"devn": "dev", **{split: split for split in SPLITS}}
UNTOUCHED = tuple(split for split in SPLITS if re.fullmatch(r"fresh\d*", split))  # as scoring.UNTOUCHED_NAME


def _gold(split):
    prefixes = [prefix for prefix, owner in PREFIXES.items() if owner == split]
    documents = [d for prefix in prefixes for d in load_gold(DEVSET / "gold", f"{prefix}_*.gold.json")]
    return sorted(documents, key=lambda document: document["source"])


@pytest.mark.parametrize("split", SPLITS)
def test_the_extractor_keeps_the_floor_of_each_split(split):
    gold = _gold(split)
    predictions = [extract_file(DEVSET / "texts" / f"{document['source']}.txt") for document in gold]
    json.dumps(predictions)  # what the records store and the API returns: plain JSON, whatever the text
    score = score_predictions(predictions, gold)
    floor = FLOORS[split]["overall_f1"]
    assert score.overall.f1 >= floor, (
        f"{split}: overall F1 {score.overall.f1:.3f} fell below the floor {floor:.3f}\n"
        + score.table(verbose=split not in UNTOUCHED)
    )


def test_every_text_has_its_gold_and_its_source_row():
    texts = {p.stem for p in (DEVSET / "texts").glob("*.txt")}
    golds = {p.name.split(".")[0] for p in (DEVSET / "gold").glob("*.gold.json")}
    listed = set(re.findall(rf"^\| ((?:{'|'.join(PREFIXES)})_\w+) \|", (DEVSET / "SOURCES.md").read_text(encoding="utf-8"), re.M))
    assert texts == golds == listed
    assert all(name.split("_")[0] in PREFIXES for name in texts)
    # the untouched split is large enough to be reported on its own (README: at least 20 texts)
    untouched = [name for name in texts if name.split("_")[0] in UNTOUCHED]
    assert len(untouched) >= 20


@pytest.mark.parametrize("split", SPLITS)
def test_gold_files_use_only_the_exchange_format(split):
    for document in _gold(split):
        assert set(document) >= {"source", "province", "published", "facts"}, document["source"]
        for fact in document["facts"]:
            assert fact["kind"] in KINDS, (document["source"], fact)
            if fact["kind"] in ("observation", "target"):
                assert fact["indicator"] in INDICATORS, (document["source"], fact)
                assert ("value" in fact) != ("value_min" in fact and "value_max" in fact), (document["source"], fact)
                assert fact["period"].keys() in ({"as_of"}, {"start", "end"}), (document["source"], fact)
            if fact["kind"] == "partner":
                assert fact["partner_type"] != "embassy" and fact["status"] in ("active", "planned")


_SCRIPT_PAGE = re.compile(r"\.(?:asp|aspx|php|jsp|cfm)$")
# a query that names its story wherever the path ends ("homeen/?module=newsdetail&newscode=9637")
# (or a long number alone: "?cn=121&gd=4&tc=53711", "?/tien-giang-exports-…/38959561", a portal's story; or a
# document's name: "chi-tiet?dDocName=PORTAL547068")
_STORY_QUERY = re.compile(r"(?:^|&)\w*(?:id|code)=\d+|(?:^|&)\w+=\d{4,}(?:&|$)|/\d{5,}/?$|(?:^|&)ddocname=\w*\d", re.IGNORECASE)
# a text told from a story linked in another text's page, not from that page's own facts
_LINKED_STORY = {"fresh3_028_binhphuoc_champasak_2022"}


def test_no_untouched_text_shares_its_page_with_a_development_text():
    """A rule written from a development text would also be written from the untouched text told from the
    same page (README: overlaps removed on 03/12/2026)."""
    pages: dict[str, set[str]] = {}
    for line in (DEVSET / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        name = re.match(r"^\| (\w+) \|", line)
        if name is None or name[1].split("_")[0] not in PREFIXES or name[1] in _LINKED_STORY:
            continue
        for address in re.findall(r"\]\((https?://[^)\s]+)\)", line):
            # a script's query names its page (news_detail.asp?news_id=…, index.php?…&id=…); elsewhere it is tracking
            path, _, query = address.partition("?")
            page = address if (_SCRIPT_PAGE.search(path) or _STORY_QUERY.search(query)) and query else path.rstrip("/")
            pages.setdefault(page, set()).add(PREFIXES[name[1].split("_")[0]])
    shared = {page: splits for page, splits in pages.items()
              if splits & set(UNTOUCHED) and splits - set(UNTOUCHED)}
    assert not shared, shared
