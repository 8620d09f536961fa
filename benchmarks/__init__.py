"""Benchmarks for `make bench`: build overhead, scaling with the data, page weight, Lighthouse."""
