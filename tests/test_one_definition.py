"""Acceptance (issue 14, point 7): each idea has one definition, imported everywhere else.

The package is read with `ast` (nothing is imported but the registries themselves):

- tool ids: no module but `model/tools.py` writes a tuple, list, set or dict literal of
  them (the tool list appears once: ids, kinds, labels and defaults live there);
- parts and views: no module but `model/parts.py` writes a literal of part or view names;
- the stroke-run planner: `plan_part` is defined once, and no other module has a loop
  that gathers erasers into runs;
- answer keys: their string literals appear only in `model/answers.py`;
- the clock: `now`/`_now` is defined once;
- the paper and ink colours: each hex appears once (a palette may offer one to pick);
- the atomic private write: no function but those of `atomic_files.py` opens a file for
  writing and renames it into place, and only `ui/kit/private_file.py` uses `QSaveFile`
  (SQLite files that the engine builds beside their place are another idea, named);
- the record of an app-wide choice in use (theme, language, preferences): only
  `ui/kit/app_choice.py` defines a class with a `changed` signal and a `data_dir`, and
  no module makes a record on first use by hand (`global` and `is None`: `functools.cache`
  does it).

Each checker is also run on a small planted duplicate, so a check that cannot fail fails.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from containerstudio.flow import find_judging_words

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "containerstudio"

TOOLS_HOME = "containerstudio/model/tools.py"
PARTS_HOME = "containerstudio/model/parts.py"
RUNS_HOME = "containerstudio/model/runs.py"
ANSWERS_HOME = "containerstudio/model/answers.py"
CLOCK_HOME = "containerstudio/model/clock.py"
PAPER_HOME = "containerstudio/model/paper.py"

PLANNER = "plan_part"
PAPER_HEXES = ("#fffdf8", "#d8d2c4", "#333333", "#2f3a40")  # paper, its edge, inks
# Colours that may match a paper or ink hex by chance, being other ideas: the drawing
# colours to choose from, and the themes' window colours (a tooltip may be that dark).
PALETTES = ("containerstudio/resources.py", "containerstudio/ui/kit/theme.py")

ATOMIC_HOME = "containerstudio/atomic_files.py"
PRIVATE_FILE_HOME = "containerstudio/ui/kit/private_file.py"
CHOICE_HOME = "containerstudio/ui/kit/app_choice.py"
# A library, a backup or a restored copy is written by SQLite itself into a private file
# beside its place, then moved in (`storage/database.py` links it, so it never replaces
# a file that appeared meanwhile): not a stream of bytes the atomic write could take.
BUILT_BESIDE = {
    "containerstudio/storage/backups.py": ["write_backup"],
    "containerstudio/storage/database.py": ["_create_library"],
    "containerstudio/storage/encryption.py": ["_convert_file"],
    "containerstudio/storage/recovery.py": ["restore_latest_backup"],
}


def _modules() -> dict[str, ast.Module]:
    return {
        path.relative_to(ROOT).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


MODULES = _modules()


def _strings(nodes: list[ast.expr | None]) -> Iterator[str]:
    """String constants among `nodes`, and the first item of each row (a tuple or list)."""
    for node in nodes:
        if isinstance(node, ast.Tuple | ast.List) and node.elts:
            node = node.elts[0]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def vocabulary_literals(tree: ast.AST, names: set[str]) -> list[int]:
    """Lines of tuple/list/set/dict literals holding two or more of `names`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            found = set(_strings(list(node.elts))) & names
        elif isinstance(node, ast.Dict):
            found = set(_strings(list(node.keys))) & names
        else:
            continue
        if len(found) >= 2:
            lines.append(node.lineno)
    return lines


def _is_eraser_test(node: ast.AST) -> bool:
    """`x.is_eraser` (or `… and x.is_eraser`), not its negation."""
    if isinstance(node, ast.Attribute):
        return node.attr == "is_eraser"
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return any(_is_eraser_test(value) for value in node.values)
    return False


def eraser_gathering_loops(tree: ast.AST) -> list[int]:
    """Lines of loops that gather erasers (the planner's own loop): a `for` that, when
    an element is an eraser, appends it somewhere, or a comprehension keeping erasers."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For):
            for inner in ast.walk(node):
                if isinstance(inner, ast.If) and _is_eraser_test(inner.test):
                    appends = [
                        call
                        for stmt in inner.body
                        for call in ast.walk(stmt)
                        if isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "append"
                    ]
                    if appends:
                        lines.append(node.lineno)
                        break
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp) and any(
            _is_eraser_test(cond) for gen in node.generators for cond in gen.ifs
        ):
            lines.append(node.lineno)
    return lines


def functions_named(tree: ast.AST, names: set[str]) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in names
    ]


ANSWER_CALLS = {"answer": 1, "set_answer": 1, "emit": 1, "get": 0}


def answer_key_literals(tree: ast.AST, keys: set[str]) -> list[int]:
    """Lines where an answer key is written as a bare string: as the key argument of
    `answer`, `set_answer`, `emit` or `get`, or assigned to a `…_KEY` name. (The same
    words name other things too, such as a step's `text` or the export's `kept_where`
    section, so only these uses count.)"""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            at = ANSWER_CALLS.get(node.func.attr)
            if at is not None and len(node.args) > at:
                arg = node.args[at]
                if isinstance(arg, ast.Constant) and arg.value in keys:
                    lines.append(node.lineno)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            named = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if node.value.value in keys and any(n.endswith("_KEY") for n in named):
                lines.append(node.lineno)
    return sorted(set(lines))


def string_constants(tree: ast.AST, values: set[str]) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.lower() in values
    ]


_WRITE_OPENERS = {("os", "open"), ("os", "fdopen"), ("tempfile", "mkstemp")}
_WRITE_OPENERS |= {("tempfile", "NamedTemporaryFile")}
_WRITE_CALLS = {"write_text", "write_bytes", "create_private_file", "QSaveFile"}


def _called(call: ast.Call) -> tuple[str, str]:
    """(owner, name) of a call: ("os", "replace"), ("", "open"), ("?", "write_text")."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return (func.value.id if isinstance(func.value, ast.Name) else "?", func.attr)
    return ("", func.id) if isinstance(func, ast.Name) else ("", "")


def _opens_for_writing(call: ast.Call) -> bool:
    owner, name = _called(call)
    if (owner, name) in _WRITE_OPENERS or name in _WRITE_CALLS:
        return True
    if name != "open":
        return False
    modes = call.args[1:2] + [k.value for k in call.keywords if k.arg == "mode"]
    return any(
        isinstance(m, ast.Constant)
        and isinstance(m.value, str)
        and bool(set(m.value) & set("wax+"))
        for m in modes
    )


def _renames(call: ast.Call) -> bool:
    """`os.replace`/`os.rename`, or a path's `.replace(target)` (one argument: a str's
    `replace` takes two)."""
    owner, name = _called(call)
    if name not in {"replace", "rename"}:
        return False
    return owner == "os" or (len(call.args) == 1 and not call.keywords)


def own_atomic_writes(tree: ast.AST) -> list[str]:
    """Functions that write a file through a temporary one of their own: they open a
    file for writing and rename a file into place."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)]
            if any(map(_opens_for_writing, calls)) and any(map(_renames, calls)):
                found.append(node.name)
    return found


def save_files_made(tree: ast.AST) -> list[int]:
    """Lines that name `QSaveFile` (Qt's atomic file)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if (isinstance(node, ast.Name) and node.id == "QSaveFile")
        or (isinstance(node, ast.alias) and node.name == "QSaveFile")
    ]


def choice_records(tree: ast.AST) -> list[int]:
    """Lines of classes that hold a choice in use: a `changed = Signal(…)` in the class
    and a `self.data_dir` set in it."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        signal = any(
            isinstance(stmt, ast.Assign | ast.AnnAssign)
            and any(
                isinstance(t, ast.Name) and t.id == "changed"
                for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
            )
            for stmt in node.body
        )
        folder = any(
            isinstance(t, ast.Attribute) and t.attr == "data_dir"
            for stmt in ast.walk(node)
            if isinstance(stmt, ast.Assign | ast.AnnAssign)
            for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
        )
        if signal and folder:
            lines.append(node.lineno)
    return lines


def made_on_first_use_by_hand(tree: ast.AST) -> list[int]:
    """Lines of functions that declare a `global` and test it `is None` (a record made
    on first use by hand)."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        names = {n for g in ast.walk(node) if isinstance(g, ast.Global) for n in g.names}
        tested = any(
            isinstance(c, ast.Compare)
            and isinstance(c.left, ast.Name)
            and c.left.id in names
            and isinstance(c.ops[0], ast.Is)
            for c in ast.walk(node)
        )
        if tested:
            lines.append(node.lineno)
    return lines


def _elsewhere(home: str, check) -> dict[str, list[int]]:
    found = {name: check(tree) for name, tree in MODULES.items() if name != home}
    return {name: lines for name, lines in found.items() if lines}


# -- the vocabularies, from their one definition ------------------------------------------
def _tool_ids() -> set[str]:
    from containerstudio.model.tools import SUGGESTIONS, TOOLS

    return {tool.id for tool in TOOLS} | {s.name for s in SUGGESTIONS}


def _part_and_view_names() -> set[str]:
    from containerstudio.model.parts import PARTS, VIEWS

    return set(PARTS) | set(VIEWS)


def _answer_keys() -> set[str]:
    from containerstudio.model.answers import AnswerKey

    return {str(key) for key in AnswerKey}


# -- the checkers catch a planted duplicate ---------------------------------------------
def test_checkers_find_planted_duplicates():
    planted = ast.parse(
        "NAMES = ('pencil', 'marker')\n"
        "WIDTHS = {'pencil': 4.0, 'rect': 6.0}\n"
        "ROWS = [('pencil', 'P'), ('text', 'T')]\n"
        "ONE = ('pencil', 'Pencil')\n"
    )
    assert vocabulary_literals(planted, {"pencil", "marker", "rect", "text"}) == [1, 2, 3]
    loops = ast.parse(
        "for pos, el in enumerate(doc):\n"
        "    if el.is_eraser:\n"
        "        erasers.append(el)\n"
        "keep = [e for e in doc if isinstance(e, Stroke) and e.is_eraser]\n"
        "for el in doc:\n"
        "    if isinstance(el, Stroke) and el.is_eraser:\n"
        "        continue\n"
        "ids = [s.id for s in run if not s.is_eraser]\n"
    )
    assert eraser_gathering_loops(loops) == [1, 4]
    assert functions_named(ast.parse("def _now(): ...\ndef later(): ..."), {"_now"}) == [1]
    answers = ast.parse(
        "session.answer(sid, 'text')\n"
        "panel.answer_edited.emit(sid, 'rating', 3)\n"
        "KEPT_WHERE_KEY = 'kept_where'\n"
        "TEXT_KEY = 'text'\n"
        "label = Text('text')\n"
        "step.kind == 'text'\n"
    )
    assert answer_key_literals(answers, {"text", "rating", "kept_where"}) == [
        1,
        2,
        3,
        4,
    ]
    assert string_constants(ast.parse("A = '#FFFDF8'\nB = '#fffdf9'"), {"#fffdf8"}) == [1]
    writes = ast.parse(
        "def remember(path, text):\n"
        "    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o600)\n"
        "    os.replace(tmp, path)\n"
        "def save(path):\n"
        "    with open(tmp, 'w') as out:\n"
        "        out.write('x')\n"
        "    tmp.replace(path)\n"
        "def keep(path):\n"
        "    tmp.write_text('x')\n"
        "    tmp.rename(path)\n"
        "def words(path):\n"
        "    with open(path) as src:\n"
        "        return src.read().replace('a', 'b')\n"
        "def alone(path):\n"
        "    os.replace(path, aside)\n"
    )
    assert own_atomic_writes(writes) == ["remember", "save", "keep"]
    qt = ast.parse("from PySide6.QtCore import QSaveFile\nfile = QSaveFile(path)\n")
    assert save_files_made(qt) == [1, 2]
    records = ast.parse(
        "class _Current(QObject):\n"
        "    changed = Signal(object)\n"
        "    def __init__(self):\n"
        "        self.data_dir: Path | None = None\n"
        "class Settings(QObject):\n"
        "    changed = Signal()\n"
        "_current = None\n"
        "def current_state():\n"
        "    global _current\n"
        "    if _current is None:\n"
        "        _current = _Current()\n"
        "    return _current\n"
    )
    assert choice_records(records) == [1]
    assert made_on_first_use_by_hand(records) == [8]


# -- one definition per idea -----------------------------------------------------------
def test_the_tool_list_appears_once():
    ids = _tool_ids()
    assert {"pencil", "marker", "brush", "eraser", "rect", "text", "shapes"} <= ids
    assert _elsewhere(TOOLS_HOME, lambda tree: vocabulary_literals(tree, ids)) == {}


def test_tool_defaults_are_the_registrys():
    """The canvas's defaults and the registry's agree (they come from it)."""
    from containerstudio.model.brush import width_at
    from containerstudio.model.elements import STROKE_TOOLS
    from containerstudio.model.shapes import SHAPE_KINDS
    from containerstudio.model.tools import SUGGESTIONS, TOOLS, tool_spec, tools_making

    assert tools_making("stroke") == STROKE_TOOLS
    assert tools_making("shape") == SHAPE_KINDS
    assert len({tool.id for tool in TOOLS}) == len(TOOLS)
    assert len({tool.shortcut for tool in TOOLS}) == len(TOOLS)
    pencil = tool_spec("pencil")
    assert (pencil.width, pencil.opacity) == (4.0, 1.0)
    assert width_at("pencil", 10.0, 0.0) == 10.0 * pencil.pressure[0]
    texts = [t.label for t in TOOLS] + [t.step_name for t in TOOLS if t.step_name]
    texts += [s.label for s in SUGGESTIONS]  # translated at run time: the wording scan's
    assert all(not find_judging_words(text) for text in texts), texts


def test_parts_and_views_are_named_once():
    names = _part_and_view_names()
    assert _elsewhere(PARTS_HOME, lambda tree: vocabulary_literals(tree, names)) == {}


def test_the_stroke_run_planner_is_defined_once():
    found = {n: functions_named(tree, {PLANNER}) for n, tree in MODULES.items()}
    assert {n: lines for n, lines in found.items() if lines} == {RUNS_HOME: found[RUNS_HOME]}
    assert len(found[RUNS_HOME]) == 1
    assert _elsewhere(RUNS_HOME, eraser_gathering_loops) == {}


def test_answer_keys_are_written_once():
    keys = _answer_keys()
    assert {"text", "rating", "kept_where"} <= keys
    assert _elsewhere(ANSWERS_HOME, lambda tree: answer_key_literals(tree, keys)) == {}


def test_one_clock():
    found = {n: functions_named(tree, {"now", "_now"}) for n, tree in MODULES.items()}
    assert {n: lines for n, lines in found.items() if lines} == {CLOCK_HOME: found[CLOCK_HOME]}
    assert len(found[CLOCK_HOME]) == 1


def test_the_paper_colours_are_defined_once():
    found = {
        n: string_constants(tree, set(PAPER_HEXES))
        for n, tree in MODULES.items()
        if n not in PALETTES
    }
    found = {n: lines for n, lines in found.items() if lines}
    assert list(found) == [PAPER_HOME]
    assert len(found[PAPER_HOME]) == len(PAPER_HEXES)


def test_the_atomic_private_write_is_defined_once():
    found = {name: own_atomic_writes(tree) for name, tree in MODULES.items()}
    found = {name: funcs for name, funcs in found.items() if funcs}
    assert found.pop(ATOMIC_HOME) == ["write_whole"]
    assert found == BUILT_BESIDE
    assert _elsewhere(PRIVATE_FILE_HOME, save_files_made) == {}
    assert save_files_made(MODULES[PRIVATE_FILE_HOME])


def test_the_choice_in_use_is_one_record_made_once():
    assert _elsewhere(CHOICE_HOME, choice_records) == {}
    assert choice_records(MODULES[CHOICE_HOME])
    assert {
        n: lines for n, tree in MODULES.items() if (lines := made_on_first_use_by_hand(tree))
    } == {}
