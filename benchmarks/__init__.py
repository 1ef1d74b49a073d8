"""Performance benchmarks. Every figure is a ratio against a baseline measured in the same
run, because the machines are shared and noisy. Run `make bench` (or `make bench-quick`)."""
