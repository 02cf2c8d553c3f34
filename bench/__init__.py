"""Benchmarks: `make bench` (python -m bench) prints a table of measured figures."""
