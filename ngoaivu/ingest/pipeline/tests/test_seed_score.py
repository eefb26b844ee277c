"""The seed texts, scored by the shared scorer: the extractor must keep F1 >= 0.95."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[4]
SHARED = REPO.parent / "shared"  # shared/ sits beside the repository
SEEDS, SCORER = SHARED / "seeds", SHARED / "gold" / "score.py"
MIN_F1 = 0.95

pytestmark = pytest.mark.skipif(not (SEEDS.is_dir() and SCORER.is_file()), reason="shared seeds/gold not present")


def test_seed_texts_score_at_least_the_bar(tmp_path):
    predictions = tmp_path / "predictions.json"
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    run = subprocess.run(
        [sys.executable, "-m", "ngoaivu.ingest.pipeline.cli", *seeds, "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    predictions.write_text(run.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SCORER), str(predictions)], capture_output=True, text=True, check=True)
    f1 = float(re.search(r"^overall F1 ([\d.]+)$", score.stdout, re.MULTILINE).group(1))
    assert f1 >= MIN_F1, score.stdout
