"""Shared fixtures. Every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

# Set before anything imports Qt, so tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data folder, also exported as $CONTAINERSTUDIO_DATA_DIR."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("CONTAINERSTUDIO_DATA_DIR", str(path))
    return path
