"""bench/sql_replay.py: a page's statements replayed between requests, a pass at a time, in a
transaction that leaves nothing behind; the spread of the passes."""
import pytest

from bench.sql_replay import Replay, replay_ms, spread


def test_the_spread_is_the_median_with_its_quartiles():
    result = spread([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0])
    assert (result["n"], result["median"], result["q1"], result["q3"]) == (9, 5.0, 2.5, 7.5)
    assert result["iqr"] == pytest.approx(1.0)
    assert spread([4.0])["median"] == 4.0 and spread([4.0])["iqr"] == 0.0


@pytest.mark.django_db
def test_each_pass_runs_the_statements_twice_and_times_the_second():
    from django.db import connection

    from ngoaivu.geo.models import Province

    before = Province.objects.count()
    delete = f"DELETE FROM {Province._meta.db_table}"
    with Replay(["SELECT 1", delete, "SELECT 2"]) as replay:
        for _ in range(3):
            assert replay.one_pass() > 0
        assert Province.objects.count() == 0   # run, inside the replay's transaction
    assert len(replay.passes) == len(replay.first) == 3   # the pass made on entering is not kept
    assert Province.objects.count() == before > 0   # rolled back
    assert replay_ms(["SELECT 1"], runs=3) > 0
    assert connection.in_atomic_block   # the test's own transaction, still open
