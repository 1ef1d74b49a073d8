"""Acceptance 1 (issue 14): no import cycle anywhere in `containerstudio`.

Read statically from the source, every import counted: those under `if TYPE_CHECKING:`
and those inside functions too, since a cycle hidden behind an annotation is still a
cycle for whoever moves or tests one of its modules.
"""

from __future__ import annotations

import textwrap

from import_graph import cycles, describe, import_graph, package_graph, package_modules


def _graph(**modules: str) -> dict[str, set[str]]:
    sources = {
        name.replace("__", "."): (textwrap.dedent(src), name.endswith("__init"))
        for name, src in modules.items()
    }
    return import_graph(sources)


def test_the_package_has_no_import_cycle():
    graph = package_graph()
    assert len(graph) > 100  # the whole package was read
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(describe(c, graph) for c in found)


def test_a_cycle_behind_type_checking_is_found():
    graph = _graph(
        pkg__a="from pkg.b import B\n",
        pkg__b=(
            """
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from pkg.a import A
            """
        ),
        pkg__c="import pkg.a\n",
    )
    assert cycles(graph) == [["pkg.a", "pkg.b"]]
    assert describe(["pkg.a", "pkg.b"], graph) == "pkg.a → pkg.b → pkg.a"


def test_a_cycle_through_a_function_level_and_relative_import_is_found():
    graph = _graph(
        pkg__x="def f():\n    from .y import g\n",
        pkg__y="from . import z\n",
        pkg__z="import pkg.x as x\n",
        pkg__w="from pkg import x\n",
    )
    assert cycles(graph) == [["pkg.x", "pkg.y", "pkg.z"]]


def test_no_cycle_in_a_plain_chain():
    graph = _graph(pkg__a="import pkg.b\n", pkg__b="import pkg.c\n", pkg__c="import os\n")
    assert cycles(graph) == []


def test_every_module_is_read():
    modules = package_modules()
    assert "containerstudio.ui.shell.main_window" in modules
    assert "containerstudio.model" in modules  # a package's __init__
