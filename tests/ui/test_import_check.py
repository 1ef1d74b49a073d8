"""PySide6's check of every later import (does the module use PySide6?) gives the same
answers after `make_import_check_cheap`, without reading sources through `inspect`."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401 (PySide6 installs its import hook)

from containerstudio.ui.kit.import_check import make_import_check_cheap


def test_the_cheap_check_answers_as_pysides_and_reads_no_lines():
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside  # the app, started by an earlier test, may have set it
    original = getattr(before, "__wrapped__", before)  # PySide6's own check
    feature._mod_uses_pyside = original
    try:
        assert make_import_check_cheap()
        cheap = feature._mod_uses_pyside
        assert cheap is not original
        assert make_import_check_cheap() and feature._mod_uses_pyside is cheap  # once
        import json  # a standard module

        import containerstudio.model.elements as does_not
        import containerstudio.ui.kit.steady_label as uses

        for module in (uses, does_not, json):
            assert cheap(module) == original(module), module.__name__
        assert not cheap(sys), "a built-in module is answered as PySide6 answers it"
        assert cheap(uses) and not cheap(does_not)
        linecache.clearcache()
        cheap(does_not)
        assert not linecache.cache, "no source was read into the line cache"
    finally:
        feature._mod_uses_pyside = before
