"""Benchmarks: each measures the product against its limit in the same run and prints ratios."""
