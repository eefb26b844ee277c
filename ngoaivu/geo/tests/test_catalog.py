"""Tests of the pure-Python geography catalogue and of the script that builds its data.

Run without Django: `pytest -p no:django ngoaivu/geo/tests/test_catalog.py`.
"""
import copy
import importlib.util
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ngoaivu.geo import catalog
from ngoaivu.geo.catalog import (
    country_by_code,
    country_names,
    current_unit,
    find_country,
    find_province,
    lineage,
    normalize_name,
    province_by_key,
    provinces,
    successions,
)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def build():
    """scripts/build_geo_data.py as a module (it is not a package)."""
    path = ROOT / "scripts" / "build_geo_data.py"
    spec = importlib.util.spec_from_file_location("build_geo_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def province_data():
    return json.loads((catalog.DATA_DIR / "provinces.json").read_text(encoding="utf-8"))


def test_no_django_import():
    code = "import sys, ngoaivu.geo.catalog as c; c.provinces(); c.countries(); assert 'django' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- provinces -------------------------------------------------------------------


def test_unit_counts():
    assert len(provinces()) == 63 + 34
    assert len(provinces(date(2024, 12, 31))) == 63
    assert len(provinces(date(2025, 6, 30))) == 63  # 62 vn63 + vn34-46 Huế
    assert len(provinces(date(2025, 7, 1))) == 34
    assert len(provinces(date.today())) == 34
    early_2025 = provinces(date(2025, 3, 1))
    assert len(early_2025) == 63
    assert "vn34-46" in {u.key for u in early_2025} and "vn63-46" not in {u.key for u in early_2025}
    assert {u.scheme for u in provinces(date(2025, 7, 1))} == {"vn34"}


def test_every_vn63_unit_has_one_successor():
    by_old = {}
    for old, new, day in successions():
        assert old not in by_old
        by_old[old] = (new, day)
    assert set(by_old) == {u.key for u in provinces() if u.scheme == "vn63"}
    assert all(new.startswith("vn34-") for new, _ in by_old.values())
    assert {day for key, (_, day) in by_old.items() if key != "vn63-46"} == {date(2025, 7, 1)}


# Every row of domain-vn.md §9: new code, name, old codes.
MERGERS = [
    ("08", "Tuyên Quang", ["02", "08"]),
    ("15", "Lào Cai", ["10", "15"]),
    ("19", "Thái Nguyên", ["06", "19"]),
    ("25", "Phú Thọ", ["17", "25", "26"]),
    ("24", "Bắc Ninh", ["24", "27"]),
    ("33", "Hưng Yên", ["33", "34"]),
    ("31", "Hải Phòng", ["30", "31"]),
    ("37", "Ninh Bình", ["35", "36", "37"]),
    ("44", "Quảng Trị", ["44", "45"]),
    ("48", "Đà Nẵng", ["48", "49"]),
    ("51", "Quảng Ngãi", ["51", "62"]),
    ("52", "Gia Lai", ["52", "64"]),
    ("56", "Khánh Hòa", ["56", "58"]),
    ("66", "Đắk Lắk", ["54", "66"]),
    ("68", "Lâm Đồng", ["60", "67", "68"]),
    ("75", "Đồng Nai", ["70", "75"]),
    ("79", "Hồ Chí Minh", ["74", "77", "79"]),
    ("80", "Tây Ninh", ["72", "80"]),
    ("82", "Đồng Tháp", ["82", "87"]),
    ("86", "Vĩnh Long", ["83", "84", "86"]),
    ("91", "An Giang", ["89", "91"]),
    ("92", "Cần Thơ", ["92", "93", "94"]),
    ("96", "Cà Mau", ["95", "96"]),
]
UNCHANGED = [
    ("01", "Hà Nội"), ("04", "Cao Bằng"), ("11", "Điện Biên"), ("12", "Lai Châu"), ("14", "Sơn La"),
    ("20", "Lạng Sơn"), ("22", "Quảng Ninh"), ("38", "Thanh Hóa"), ("40", "Nghệ An"), ("42", "Hà Tĩnh"),
]  # fmt: skip


@pytest.mark.parametrize("code,name,olds", MERGERS)
def test_merger_rows(code, name, olds):
    unit = province_by_key(f"vn34-{code}")
    assert unit.name == name and unit.code == code and unit.scheme == "vn34"
    assert unit.valid_from == date(2025, 7, 1) and unit.valid_to is None
    assert sorted(lineage(unit.key)[1:]) == [f"vn63-{old}" for old in olds]
    for old in olds:
        assert current_unit(f"vn63-{old}") == unit
        assert province_by_key(f"vn63-{old}").valid_to == date(2025, 6, 30)


@pytest.mark.parametrize("code,name", UNCHANGED)
def test_unchanged_units(code, name):
    old, new = province_by_key(f"vn63-{code}"), province_by_key(f"vn34-{code}")
    assert old.name == new.name == name
    assert (f"vn63-{code}", f"vn34-{code}", date(2025, 7, 1)) in successions()
    assert lineage(new.key) == [new.key, old.key]


def test_unchanged_count():
    # the 10 above plus Huế: 11 units of NQ 202/2025 kept their territory
    single = [new for new in {n for _, n, _ in successions()} if len(lineage(new)) == 2]
    assert len(single) == 11


def test_hue():
    tth, hue = province_by_key("vn63-46"), province_by_key("vn34-46")
    assert (tth.name, tth.full_name, tth.kind) == ("Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế", "province")
    assert tth.valid_to == date(2024, 12, 31)
    assert (hue.name, hue.full_name, hue.kind) == ("Huế", "Thành phố Huế", "city")
    assert hue.valid_from == date(2025, 1, 1) and hue.valid_to is None
    assert ("vn63-46", "vn34-46", date(2025, 1, 1)) in successions()
    assert current_unit("vn63-46") == hue
    assert lineage("vn34-46") == ["vn34-46", "vn63-46"]


@pytest.mark.parametrize("code,old_name,new_name", [
    ("80", "Long An", "Tây Ninh"), ("82", "Tiền Giang", "Đồng Tháp"),
    ("52", "Bình Định", "Gia Lai"), ("15", "Yên Bái", "Lào Cai"),
])  # fmt: skip
def test_code_collisions(code, old_name, new_name):
    old, new = province_by_key(f"vn63-{code}"), province_by_key(f"vn34-{code}")
    assert (old.code, old.name) == (code, old_name)
    assert (new.code, new.name) == (code, new_name)
    assert old.key != new.key


def test_tien_giang_goes_to_dong_thap_only():
    assert [(o, n) for o, n, _ in successions() if o == "vn63-82"] == [("vn63-82", "vn34-82")]
    assert "vn63-82" not in lineage("vn34-80")
    assert sorted(lineage("vn34-80")) == ["vn34-80", "vn63-72", "vn63-80"]


def test_centrally_run_cities():
    cities = {u.name for u in provinces(date(2025, 7, 1)) if u.kind == "city"}
    assert cities == {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
    for key in ("vn34-22", "vn34-24", "vn34-75"):  # the package calls them cities
        assert province_by_key(key).kind == "province"
        assert province_by_key(key).full_name.startswith("Tỉnh ")
    assert {u.code for u in provinces(date(2024, 1, 1)) if u.kind == "city"} == {"01", "31", "48", "79", "92"}


def test_seed_lineages():
    assert {"vn63-02", "vn63-08"} <= set(lineage("vn34-08"))
    assert current_unit("vn63-02").name == "Tuyên Quang"
    assert current_unit("vn63-06") == province_by_key("vn34-19")
    assert current_unit("vn34-19") == province_by_key("vn34-19")
    with pytest.raises(KeyError):
        lineage("46")


@pytest.mark.parametrize("text", [
    "Thừa Thiên Huế", "Thừa Thiên- Huế", "Thừa Thiên - Huế", "tỉnh Thừa Thiên- Huế", "TT-Huế", "Tỉnh Thừa Thiên Huế",
])  # fmt: skip
def test_find_thua_thien_hue(text):
    assert find_province(text).key == "vn63-46"


@pytest.mark.parametrize("text,key", [
    ("Huế", "vn34-46"), ("Thành phố Huế", "vn34-46"), ("TP Huế", "vn34-46"),
    ("Hà Giang", "vn63-02"), ("tỉnh Hà Giang", "vn63-02"), ("Bắc Kạn", "vn63-06"), ("Bắc Cạn", "vn63-06"),
    ("Thanh Hoá", "vn34-38"), ("THANH HÓA", "vn34-38"), ("Hoà Bình", "vn63-17"),
    ("TP.HCM", "vn34-79"), ("TP. Hồ Chí Minh", "vn34-79"), ("Sài Gòn", "vn34-79"), ("thành phố Hồ Chí Minh", "vn34-79"),
    ("Bà Rịa-Vũng Tàu", "vn63-77"), ("BR-VT", "vn63-77"), ("Đắc Lắc", "vn34-66"),
    ("vn63-80", "vn63-80"), ("Thủ đô Hà Nội", "vn34-01"), ("Thanh Hoa", "vn34-38"),
])  # fmt: skip
def test_find_province(text, key):
    assert find_province(text).key == key


def test_find_province_prefers_unit_in_force():
    assert find_province("Thái Nguyên").key == "vn34-19"
    assert find_province("Thái Nguyên", on=date(2022, 1, 1)).key == "vn63-19"
    assert find_province("Thái Nguyên", on=date(2025, 7, 1)).key == "vn34-19"
    assert find_province("Tây Ninh", on=date(2024, 1, 1)).key == "vn63-72"
    assert find_province("Tây Ninh").key == "vn34-80"
    assert find_province("Thanh Hóa", on=date(2025, 6, 30)).key == "vn63-38"
    # only a historic unit has the name: it is returned whatever the date
    assert find_province("Hà Giang", on=date(2026, 1, 1)).key == "vn63-02"
    assert find_province("Huế", on=date(2020, 1, 1)).key == "vn34-46"
    assert find_province("Atlantis") is None


# --- countries -------------------------------------------------------------------


def test_countries():
    all_countries = catalog.countries()
    assert len(all_countries) == 249
    codes = {c.code for c in all_countries}
    assert {"VN", "LA", "KH", "HK", "TW", "MO", "PS"} <= codes
    assert not codes & {"EU", "EZ", "UN", "QO", "ZZ", "XK", "XA", "XB", "001", "150"}
    assert country_by_code("de").name_vi == "Đức"
    assert country_by_code("ZZ") is None


# Forms from the seed press texts and the curated list.
COUNTRY_FORMS = {
    "DE": ["CHLB Đức", "Cộng hòa Liên bang Đức", "Đức", "Germany"],
    "RU": ["Liên bang Nga", "Nga", "Russia"],
    "LA": ["CHDCND Lào", "nước CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "Lào", "Laos"],
    "KW": ["Cô-oét", "Cô oét", "Kuwait"],
    "US": ["Hoa Kỳ", "Mỹ", "United States", "USA"],
    "AU": ["Úc", "Australia", "Ô-xtrây-li-a"],
    "HK": ["Hồng Kông", "Hongkong", "Hong Kong"],
    "TW": ["Đài Loan", "Taiwan"],
    "KR": ["Hàn Quốc", "Đại Hàn Dân Quốc", "South Korea"],
    "KP": ["Triều Tiên", "CHDCND Triều Tiên", "North Korea"],
    "CN": ["Trung Quốc", "CHND Trung Hoa", "China"],
    "GB": ["Anh", "Vương quốc Anh", "United Kingdom"],
    "CZ": ["Séc", "Cộng hòa Séc", "Czechia"],
    "PL": ["Ba Lan", "Cộng hòa Ba Lan", "Cộng hoà Ba Lan", "Poland"],
    "JP": ["Nhật Bản", "Japan"], "TH": ["Thái Lan", "Thailand"], "NL": ["Hà Lan", "Netherlands"],
    "FR": ["Pháp", "France"], "FI": ["Phần Lan", "Finland"], "SE": ["Thụy Điển", "Thuỵ Điển", "Sweden"],
    "HU": ["Hungary", "Hung-ga-ri"], "DK": ["Đan Mạch", "Denmark"], "IE": ["Ireland", "Ai-len"],
    "IN": ["Ấn Độ", "India"], "KH": ["Cam-pu-chia", "Campuchia", "Cambodia"], "SG": ["Xin-ga-po", "Singapore"],
    "MY": ["Ma-lai-xi-a", "Malaysia"], "ID": ["In-đô-nê-xi-a", "Indonesia"], "PH": ["Phi-líp-pin", "Philippines"],
    "MM": ["Mi-an-ma", "Myanmar", "Miến Điện"], "SA": ["Ả Rập Xê Út", "Ả Rập Xê-út", "Saudi Arabia"],
    "AE": ["UAE", "Các Tiểu vương quốc Ả Rập Thống nhất", "United Arab Emirates"], "IL": ["Ixraen", "Israel"],
    "TR": ["Thổ Nhĩ Kỳ", "Turkey", "Türkiye"], "IT": ["I-ta-li-a", "Ý", "Italy"], "ES": ["Tây Ban Nha", "Spain"],
    "PT": ["Bồ Đào Nha", "Portugal"], "BE": ["Bỉ", "Belgium"], "CH": ["Thụy Sĩ", "Thụy Sỹ", "Switzerland"],
    "NO": ["Na Uy", "Norway"], "AT": ["Áo", "Austria"], "RO": ["Ru-ma-ni", "Romania"], "BG": ["Bun-ga-ri"],
    "UA": ["U-crai-na", "Ukraine"], "BY": ["Bê-la-rút", "Belarus"], "CA": ["Ca-na-đa", "Canada"],
    "MX": ["Mê-hi-cô", "Mexico"], "CU": ["Cu Ba", "Cuba"], "BR": ["Bra-xin", "Brazil"], "AR": ["Ác-hen-ti-na"],
    "CL": ["Chi-lê", "Chile"], "NZ": ["Niu Di-lân", "New Zealand"], "ZA": ["Nam Phi", "South Africa"],
    "EG": ["Ai Cập", "Egypt"], "MN": ["Mông Cổ", "Mongolia"], "KZ": ["Ca-dắc-xtan", "Kazakhstan"],
    "BN": ["Bru-nây", "Brunei"], "TL": ["Đông Ti-mo", "Timor-Leste"], "QA": ["Ca-ta", "Qatar"],
    "OM": ["Ô-man", "Oman"], "BH": ["Ba-ranh", "Bahrain"], "IR": ["I-ran", "Iran"], "IQ": ["I-rắc", "Iraq"],
    "PK": ["Pa-ki-xtan", "Pakistan"], "BD": ["Băng-la-đét", "Bangladesh"], "NP": ["Nê-pan", "Nepal"],
    "LK": ["Xri Lan-ca", "Sri Lanka"], "VN": ["Việt Nam", "Vietnam", "CHXHCN Việt Nam"],
}
COUNTRY_CASES = [(form, code) for code, forms in COUNTRY_FORMS.items() for form in forms]


@pytest.mark.parametrize("text,code", COUNTRY_CASES)
def test_find_country(text, code):
    assert find_country(text).code == code
    assert find_country(text.upper()).code == code


def test_find_country_exact_only():
    assert find_country("Nga").code == "RU"
    assert find_country("CHLB Đức").code == "DE"
    assert find_country("lao") is None  # "lao động": diacritics are not dropped
    assert find_country("Đức Giang") is None
    assert find_country("") is None


def test_find_country_under_its_state_s_official_form():
    # "tỉnh Batna (Cộng hòa Dân chủ Nhân dân An-giê-ri)": the form's words, then a short name the catalogue knows
    assert find_country("Cộng hòa Dân chủ Nhân dân An-giê-ri").code == "DZ"
    assert find_country("Cộng hoà Liên bang Nigeria").code == "NG"
    assert find_country("Cộng hòa Síp").code == "CY"
    assert find_country("Cộng hòa Dominica").code == "DO"  # a name of its own, not Dominica's
    assert find_country("Cộng hòa Dân chủ Congo") is None  # two Congos: no short name picks one
    assert find_country("Cộng hòa") is None


def test_no_alias_names_two_countries():
    owners = {}
    for country in catalog.countries():
        for name in (country.name_vi, country.name_en, *country.aliases):
            assert owners.setdefault(normalize_name(name), country.code) == country.code, name
    assert owners == country_names()
    strict = country_names(include_ambiguous=False)
    assert "anh" not in strict and "vương quốc anh" in strict


def test_normalize_name():
    assert normalize_name("Cô-oét") == normalize_name("Cô  oét") == "cô oét"
    assert normalize_name("Hoà Bình") == normalize_name("Hòa Bình") == "hòa bình"
    assert normalize_name("Thuỵ Điển") == normalize_name("THỤY ĐIỂN") == "thụy điển"
    assert normalize_name("Thừa Thiên- Huế") == "thừa thiên huế"
    assert normalize_name("TP.HCM") == "tp hcm"
    assert normalize_name("Quý") == "quý"  # "qu" is a consonant: no tone move
    assert normalize_name("Hoàn Kiếm") == "hoàn kiếm"  # not syllable-final: one spelling
    nfd = "Ha\u0300 No\u0323\u0302i"
    assert normalize_name(nfd) == "hà nội"
    assert normalize_name("Ðà Nẵng") == "đà nẵng"  # eth typed for đ


def test_compile_names_on_press_text():
    pattern = catalog.compile_names(country_names(include_ambiguous=False))
    text = "tỉnh Mittelsachsen, CHLB Đức; tỉnh Farwaniyah, Cô-oét; tỉnh Tula, Liên bang Nga và nước CHDCND Lào"
    found = [country_names()[normalize_name(m.group())] for m in pattern.finditer(text)]
    assert found == ["DE", "KW", "RU", "LA"]
    provinces_pattern = catalog.compile_names(catalog.province_names())
    text = "Chủ tịch UBND tỉnh Thừa Thiên- Huế và tỉnh Thanh Hoá, Lào Cai"
    matched = [m.group() for m in provinces_pattern.finditer(text)]
    assert matched == ["tỉnh Thừa Thiên- Huế", "tỉnh Thanh Hoá", "Lào Cai"]


# --- the build script ------------------------------------------------------------


def test_check_accepts_committed_data(build, province_data):
    assert build.province_problems(province_data) == []
    build.check_provinces(province_data)


def test_check_rejects_bogus_tien_giang(build, province_data):
    province_data["successions"].append({"from": "vn63-82", "to": "vn34-80", "effective": "2025-07-01"})
    with pytest.raises(build.GeoDataError) as info:
        build.check_provinces(province_data)
    assert any("vn63-82 -> vn34-80" in p for p in info.value.problems)


def _unit(data, key):
    return next(u for u in data["units"] if u["key"] == key)


@pytest.mark.parametrize("mutate", [
    lambda d: d["successions"].pop(1),  # Hà Giang -> Tuyên Quang lost
    lambda d: d["successions"][1].update(to="vn34-15"),  # Hà Giang -> Lào Cai
    lambda d: _unit(d, "vn34-22").update(kind="city", full_name="Thành phố Quảng Ninh"),
    lambda d: _unit(d, "vn63-46").update(name="Huế"),
    lambda d: _unit(d, "vn63-46").update(valid_to="2025-06-30"),  # overlaps Huế
    lambda d: _unit(d, "vn63-01")["aliases"].append("Hà Giang"),  # a name for two units
    lambda d: d["units"].pop(),  # 33 units
])  # fmt: skip
def test_check_rejects_wrong_data(build, province_data, mutate):
    bad = copy.deepcopy(province_data)
    mutate(bad)
    assert build.province_problems(bad)


def _fake_package(build):
    """The package's data as read_package() returns it, faults included."""

    def unit(code, name, cities):
        return {"code": code, "full_name": ("Thành phố " if code in cities else "Tỉnh ") + name, "city": code in cities}

    vn63 = [unit(c, n, build.CITIES_VN63) for c, n in build.VN63_NAMES.items()]
    for raw in vn63:
        if raw["code"] == "46":
            raw.update(full_name="Thành phố Huế", city=True)  # §10(c)
        if raw["code"] == "17":
            raw["full_name"] = "Tỉnh Hoà Bình"
    false_cities = build.CITIES_VN34 | build.FALSE_CITIES_VN34  # §10(a)
    vn34 = [unit(c, n, false_cities) for c, (n, _) in build.VN34_SOURCES.items()]
    pairs = sorted({(old, new) for new, (_, olds) in build.VN34_SOURCES.items() for old in olds} | {("82", "80")})
    return {"version": "2026.9.0", "data_version": "2026-09-20", "sha256": build.WHEEL_SHA256,
            "vn63": vn63, "vn34": vn34, "effective": "2025-07-01", "pairs": pairs}  # fmt: skip


def test_build_fixes_package_faults(build, province_data):
    built = build.build_provinces(_fake_package(build))
    assert built == province_data


def test_build_fails_when_a_known_fault_disappears(build):
    pkg = _fake_package(build)
    pkg["pairs"].remove(("82", "80"))
    with pytest.raises(build.GeoDataError):
        build.build_provinces(pkg)


def test_countries_json_regenerates_identically(build):
    curated = json.loads(build.ALIASES_JSON.read_text(encoding="utf-8"))
    data = build.build_countries({k: v for k, v in curated.items() if not k.startswith("_")})
    assert build.country_problems(data) == []
    assert build.dumps(data) + "\n" == build.COUNTRIES_JSON.read_text(encoding="utf-8")


def test_country_check_rejects_shared_alias(build):
    data = json.loads(build.COUNTRIES_JSON.read_text(encoding="utf-8"))
    next(c for c in data["countries"] if c["code"] == "AT")["aliases"].append("Úc")
    assert any("'Úc' names both" in p for p in build.country_problems(data))


def test_provinces_json_regenerates_identically(build):
    """The whole build from the real wheel: `make test` keeps it in var/wheels (or GEO_WHEEL=path)."""
    wheel = os.environ.get("GEO_WHEEL") or str(ROOT / "var" / "wheels" / build.WHEEL)
    if not Path(wheel).is_file():
        pytest.fail(f"{wheel} is missing: run `make geo-wheel` (make test does)")
    outputs = build.build(Path(wheel))
    for path, text in outputs.items():
        assert text == path.read_text(encoding="utf-8"), path
