"""bench/bench_http_pair.py: rounds alternate which checkout is asked first; the summary's ratio
is the one-client p50 over the median SQL replay, given with its quartiles."""
from bench.bench_http_pair import order, summary


def test_the_checkout_asked_first_alternates_round_by_round():
    assert [order(["this", "other"], index)[0] for index in range(4)] == ["this", "other", "this", "other"]


def test_the_summary_sets_the_median_request_against_the_median_replay():
    result = summary([float(ms) for ms in range(1, 102)], [4.0, 5.0, 100.0])
    assert (result["n"], result["p50"], result["sql"], result["ratio"]) == (101, 51.0, 5.0, 10.2)
    assert (result["sql_q1"], result["sql_q3"]) == (4.0, 100.0)
    assert 95.0 <= result["p95"] <= 97.0
