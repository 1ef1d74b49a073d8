"""Versions: saving them, the timeline, viewing, comparing and replaying."""
