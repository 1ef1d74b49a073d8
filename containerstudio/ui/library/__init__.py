"""The library of containers and printing many of them together."""
