"""Benchmarks of ngoaivu (`make bench` = `python -m bench`): figures and plans on a national
data set in PostgreSQL, compared with DuckDB over the same rows; the text pipeline's
throughput when bench/bench_extract.py is present. Results go to docs/benchmarks.md."""
