"""Benchmarks, run as scripts (``benchmarks/reports.py``); a package so that
``python -m benchmarks.national_data`` and the tests can import the national
data generator, which the apps themselves never import."""
