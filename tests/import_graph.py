"""The package's import graph read from the source (no module is imported).

Every `import` and `from … import` counts: at module level, under `if TYPE_CHECKING:`,
inside functions. An import hidden in an annotation-only block still ties two modules
together for whoever reads or moves them, so it counts the same.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "containerstudio"


def module_name(path: Path, root: Path) -> str:
    """`containerstudio/ui/kit/services.py` → `containerstudio.ui.kit.services`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    """Every module of `package` under `root`, by dotted name."""
    return {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}


def _resolve(name: str, known: set[str]) -> str | None:
    """The longest known module that `name` names (a name imported from a module
    resolves to that module)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imported_names(source: str, module: str, is_package: bool) -> Iterator[str]:
    """Dotted names `source` imports, relative imports made absolute."""
    base = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - (node.level - 1)]
                prefix = ".".join(anchor + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield f"{prefix}.{alias.name}"  # a submodule, or a name of `prefix`


def import_graph(sources: dict[str, tuple[str, bool]]) -> dict[str, set[str]]:
    """module → the modules of the same package it imports. `sources` maps a module
    to (its source, whether it is a package's `__init__`)."""
    known = set(sources)
    graph: dict[str, set[str]] = {m: set() for m in known}
    for module, (source, is_package) in sources.items():
        for name in imported_names(source, module, is_package):
            target = _resolve(name, known)
            if target is not None and target != module:
                graph[module].add(target)
    return graph


def package_graph(root: Path = ROOT, package: str = PACKAGE) -> dict[str, set[str]]:
    modules = package_modules(root, package)
    sources = {
        m: (p.read_text(encoding="utf-8"), p.name == "__init__.py") for m, p in modules.items()
    }
    return import_graph(sources)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's
    algorithm, iterative), each sorted, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            advanced = False
            for target in targets:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found, key=lambda c: (-len(c), c))


def describe(component: Iterable[str], graph: dict[str, set[str]]) -> str:
    """One cycle of a component, spelled out: `a → b → a`."""
    members = set(component)
    start = min(members)
    path, seen = [start], {start}
    # Walk inside the component until a module repeats; then cut the loop out.
    while True:
        step = min(t for t in graph[path[-1]] if t in members)
        if step in seen:
            loop = [*path[path.index(step) :], step]
            return " → ".join(loop)
        path.append(step)
        seen.add(step)
