"""The canvas features wired into the main window (see studio.py)."""
