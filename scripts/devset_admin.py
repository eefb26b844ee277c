"""Keeps the development set's books when splits are retired, registered or compared (tests/devset/README.md).

    python scripts/devset_admin.py retire fresh25:dev82 fresh26:dev83 --session 34 --day 05/12/2026
    python scripts/devset_admin.py register fresh57 --session 34 --day 05/12/2026   # after `git merge --no-ff fresh57`
    python scripts/devset_admin.py pools start.json end.json --new fresh57,fresh58 --retired dev82,dev83

`retire` renames an untouched split's texts and gold (git mv), their SOURCES.md rows, README row (moved among the
retired ones) and floor, so its misses may be studied. `register` scores a newly merged untouched split once on its
aggregate (never its misses), sets its floor 0,01 below, adds its README row, header entry and paragraph, and removes
the composer's NOTE file. `pools` compares two `devset_scores.py --save` runs pool by pool and split by split.
The README paragraph on why splits were retired is written by hand.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "tests" / "devset"
KINDS = ("observation", "target", "partner", "legal_document", "border_gate")


def _read(name: str) -> str:
    return (DEVSET / name).read_text(encoding="utf-8")


def _write(name: str, text: str) -> None:
    (DEVSET / name).write_text(text, encoding="utf-8")


def _floors() -> dict:
    return json.loads(_read("floors.json"))


def _save_floors(floors: dict) -> None:
    _write("floors.json", json.dumps(floors, ensure_ascii=False, indent=2) + "\n")


def _comma(x: float, digits: int = 3) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def retire(pairs: list[str], session: int, day: str) -> None:
    readme, sources, floors = _read("README.md"), _read("SOURCES.md"), _floors()
    for pair in pairs:
        old, new = pair.split(":")
        for folder in ("texts", "gold"):
            for path in sorted((DEVSET / folder).glob(f"{old}_*")):
                target = path.with_name(new + path.name[len(old):])
                subprocess.run(["git", "-C", str(ROOT), "mv", str(path), str(target)], check=True)
                if folder == "gold":
                    target.write_text(target.read_text(encoding="utf-8").replace(f'"source": "{old}_', f'"source": "{new}_'),
                                      encoding="utf-8")
        sources = re.sub(rf"^\| {old}_(\S+) \| {old} \|", rf"| {new}_\1 | {new} |", sources, flags=re.M)
        row = re.search(rf"^\| {old} \(untouched, (\d\d/\d\d/\d{{4}})(?: \(session \d+\))?: (.*)\n", readme, flags=re.M)
        if row is None:
            sys.exit(f"no README row for {old}")
        readme = readme[: row.start()] + readme[row.end():]
        last = max(re.finditer(r"^\| dev(\d+) \(was fresh.*\n", readme, flags=re.M), key=lambda m: int(m[1]))
        moved = f"| {new} (was {old}, untouched {row[1]}; retired {day} in session {session}: misses studied; {row[2]}\n"
        readme = readme[: last.end()] + moved + readme[last.end():]
        floors = {(new if key == old else key): value for key, value in floors.items()}
        floors[new]["note"] = f"{new} (was {old}; retired {day} in session {session}, its misses now studied): " + floors[new]["note"]
    _write("README.md", readme)
    _write("SOURCES.md", sources)
    _save_floors(floors)


def _score_once(split: str) -> dict:
    saved = Path(f"/tmp/devset_admin_{split}.json")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "devset_scores.py"), split, "--causes", "--save", str(saved)],
                   check=True, capture_output=True)
    return json.loads(saved.read_text())[split]


def register(split: str, session: int, day: str) -> None:
    floors = _floors()
    floors[split] = {"overall_f1": 0.0, "note": "being registered"}  # the scorer scores only splits with a floor
    _save_floors(floors)
    row = _score_once(split)
    tp, gold, predicted = (sum(row[kind][i] for kind in KINDS) for i in range(3))
    f1 = 2 * tp / (gold + predicted) if gold + predicted else 0.0
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((DEVSET / "gold").glob(f"{split}_*.gold.json"))]
    texts = [(DEVSET / "texts" / g["source"]).read_text(encoding="utf-8") for g in golds]
    facts = [f for g in golds for f in g["facts"]]
    counts = {kind: sum(f["kind"] == kind for f in facts) for kind in KINDS}
    provinces = sorted({g["province"] or "—" for g in golds})
    sizes = sorted(len(t.encode()) / 1000 for t in texts)
    words = sorted(len(t.split()) for t in texts)
    size = _comma(sizes[0], 1) if _comma(sizes[0], 1) == _comma(sizes[-1], 1) else f"{_comma(sizes[0], 1)}-{_comma(sizes[-1], 1)}"
    word_range = f"{words[0]:,}".replace(",", ".") + ("" if words[0] == words[-1] else f"-{words[-1]:,}".replace(",", "."))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=8", "HEAD"], capture_output=True, text=True).stdout.strip()
    by_kind = " ".join(f"{k} {_comma(2 * row[k][0] / (row[k][1] + row[k][2]))}" for k in KINDS if row[k][1] + row[k][2])
    causes = "; ".join(f"{k} " + ", ".join(f"{c} {n}" for c, n in v.items()) for k, v in row["causes"].items() if v) or "none"
    floor = max(0.0, round(f1 - 0.01, 3))  # (a split read wholly wrong keeps a floor of 0)
    plural = "s" if len(golds) != 1 else ""
    floors[split] = {"overall_f1": floor, "note": (
        f"{split} ({len(golds)} long text{plural}, {len(facts)} facts: "
        + ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        + f") added {day} (session {session}) by a composer who writes no rules and never ran the extractor; gold committed "
        f"before the extractor first ran; scored once on its aggregate only at {commit}: overall F1 {_comma(f1)} ({by_kind}); "
        f"causes (counts only): {causes}; its misses were never printed; floor set to {_comma(floor)}")}
    _save_floors(floors)
    readme = _read("README.md")
    table_row = (f"| {split} (untouched, {day} (session {session}): long report-like texts, {size} kB each) | {len(golds)} | "
                 f"{len(provinces)} | " + " | ".join(str(counts[k]) for k in KINDS) + " |")
    at = readme.index("\n\nThe dev23 texts")
    readme = readme[:at] + "\n" + table_row + readme[at:]
    header = re.search(r"^## Splits: .*$", readme, flags=re.M)
    readme = readme[: header.end()] + f", {split}" + readme[header.end():]
    entry = (f"- **{split}** (`{split}_…`): an untouched part, composed by a helper who writes no rules and never ran the "
             f"extractor, the tests, the scorer or any ngoaivu code: {len(golds)} long report-like text{plural} about "
             f"{', '.join(provinces)}, {size} kB, {word_range} words, built from public pages whose addresses no SOURCES.md "
             f"listed (checked by address across every worktree); first scored once on its aggregate: {_comma(f1)} "
             f"(floor {_comma(floor)}).\n")
    at = readme.index("\nA split is registered by its floor")
    _write("README.md", readme[:at] + entry + readme[at:])
    subprocess.run(["git", "-C", str(ROOT), "rm", "-q", "--ignore-unmatch", f"tests/devset/NOTE_{split}.md"], check=True)
    print(f"{split}: F1 {_comma(f1)}, floor {_comma(floor)}")


def pools(start: Path, end: Path, new: list[str], retired: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from devset_scores import UNTOUCHED, is_long, pooled  # noqa: PLC0415 (imports the extractor: only here)

    before, after = json.loads(start.read_text()), json.loads(end.read_text())
    common = [s for s in after if s in before]
    groups = {
        "untouched before": [s for s in common if s in UNTOUCHED and s not in new],
        "new untouched": [s for s in new if s in common],
        "all untouched": [s for s in common if s in UNTOUCHED],
        "long untouched": [s for s in common if s in UNTOUCHED and is_long(s)],
        "retired": [s for s in retired if s in common],
        "older studied": [s for s in common if s not in UNTOUCHED and s not in retired],
    }
    for name, members in groups.items():
        if members:
            texts = sum(after[s]["texts"] for s in members)
            kinds = " ".join(f"{k} {pooled(before, members)[1][k]:.3f}->{pooled(after, members)[1][k]:.3f}" for k in KINDS)
            print(f"{name:17} {texts:5d} {pooled(before, members)[0]:.3f} -> {pooled(after, members)[0]:.3f}  {kinds}")
    for split in common:
        was, now = pooled(before, [split])[0], pooled(after, [split])[0]
        if abs(was - now) > 1e-9:
            print(f"  {split:9} {was:.3f} -> {now:.3f}{'  untouched' if split in UNTOUCHED else ''}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("retire", "register"):
        command = commands.add_parser(name)
        command.add_argument("splits", nargs="+", help="old:new pairs" if name == "retire" else "split names")
        command.add_argument("--session", type=int, required=True)
        command.add_argument("--day", required=True, help="dd/mm/yyyy")
    compare = commands.add_parser("pools")
    compare.add_argument("start", type=Path)
    compare.add_argument("end", type=Path)
    compare.add_argument("--new", default="", help="untouched splits composed during the session, comma-separated")
    compare.add_argument("--retired", default="", help="splits retired during the session (their new names)")
    args = parser.parse_args()
    if args.command == "retire":
        retire(args.splits, args.session, args.day)
    elif args.command == "register":
        for split in args.splits:
            register(split, args.session, args.day)
    else:
        pools(args.start, args.end, [s for s in args.new.split(",") if s], [s for s in args.retired.split(",") if s])
    return 0


if __name__ == "__main__":
    sys.exit(main())
