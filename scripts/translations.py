"""Keep the app's Qt Linguist catalogues (.ts) in step with the code, and compile them.

    python scripts/translations.py update     # every .ts gains new texts, loses gone ones
    python scripts/translations.py compile D  # every .ts compiled to D/<name>.qm
    python scripts/translations.py missing es # the texts a catalogue has not translated yet

`pyside6-lupdate` finds ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``,
but not the texts passed through a module's small ``_tr`` helper (its context is a
name, not a literal) nor the registries' English labels that the UI translates at run
time (tools, guide suggestions, parts, artwork, palettes). This reads the code's syntax
tree for all of them, and the registries themselves; tests/ui/test_translations.py
checks it finds every text lupdate finds. Standard library only (setup.py uses it to
compile the catalogues into a wheel).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "containerstudio"
CATALOGUES = ROOT / "resources" / "translations"
PREFIX = "containerstudio_"


@dataclass(frozen=True)
class Text:
    """One text the app translates: its context, English source, and whether it counts."""

    context: str
    source: str
    numerus: bool = False


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _texts(node: ast.AST | None, constants: dict[str, str]) -> list[str]:
    """The literal texts an argument may be: a string, a named constant, or each branch
    of `a if c else "b"` / `a or "b"` that is one of those."""
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) + _texts(node.orelse, constants)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _texts(value, constants)]
    text = _literal(node, constants)
    return [text] if text is not None else []


def _translate_helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module functions `def _tr(text): return QCoreApplication.translate("Ctx", text)`."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Attribute)
                and sub.func.attr == "translate"
                and len(sub.args) >= 2
                and isinstance(sub.args[1], ast.Name)
                and sub.args[1].id == node.args.args[0].arg
            ):
                context = _literal(sub.args[0], constants)
                if context is not None:
                    helpers[node.name] = context
    return helpers


def _aliases(tree: ast.AST) -> set[str]:
    """Local names bound to translate (`t = QCoreApplication.translate`)."""
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "translate"
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def module_constants(tree: ast.Module) -> dict[str, str]:
    """A module's top-level `NAME = "text"` constants."""
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def texts_in_module(source: str, shared: dict[str, str] | None = None) -> list[Text]:
    """Every literal text one module translates, in the order it appears; `shared` are
    constants other modules define (a text imported by name: `tr(DEFAULT_HIDE_TITLE)`)."""
    tree = ast.parse(source)
    constants = {**(shared or {}), **module_constants(tree)}
    helpers = _translate_helpers(tree, constants)
    aliases = _aliases(tree)
    found: list[tuple[int, int, Text]] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                for text in _call_texts(child, cls, helpers, aliases, constants):
                    found.append((child.lineno, child.col_offset, text))
            visit(child, cls)

    visit(tree, None)
    return [text for _, _, text in sorted(found, key=lambda f: (f[0], f[1]))]


def _call_texts(
    call: ast.Call,
    cls: str | None,
    helpers: dict[str, str],
    aliases: set[str],
    constants: dict[str, str],
) -> list[Text]:
    func, args = call.func, call.args
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and cls is not None and args and name not in aliases:
        # self.tr("…"), or tr("…") after `tr = self.tr`: the class is the context.
        return [Text(cls, text, len(args) >= 3) for text in _texts(args[0], constants)]
    if (name == "translate" or (isinstance(func, ast.Name) and name in aliases)) and len(args) >= 2:
        context = _literal(args[0], constants)
        if context is None:
            return []
        return [Text(context, text, len(args) >= 4) for text in _texts(args[1], constants)]
    if isinstance(func, ast.Name) and name in helpers and args:
        return [Text(helpers[name], text) for text in _texts(args[0], constants)]
    return []


def registry_texts() -> list[Text]:
    """The English labels the UI translates at run time, read from their registries."""
    sys.path.insert(0, str(ROOT))
    try:
        from containerstudio.model.parts import PART_LABELS
        from containerstudio.model.tools import SUGGESTIONS, TOOLS
    finally:
        sys.path.pop(0)
    found = [Text("ToolPanel", tool.label) for tool in TOOLS]
    found += [Text("Tools", tool.step_name) for tool in TOOLS if tool.step_name]
    found += [Text("StepPanel", s.label) for s in SUGGESTIONS]
    found += [Text("Parts", label) for label in PART_LABELS.values()]
    resources = ROOT / "resources"
    for collection, key in (("templates", "template"), ("stickers", "sticker")):
        index = tomllib.loads((resources / collection / "index.toml").read_text("utf-8"))
        found += [Text("Artwork", str(entry["label"])) for entry in index.get(key, [])]
    for path in sorted((resources / "palettes").glob("*.toml")):
        palette = tomllib.loads(path.read_text("utf-8"))
        found.append(Text("Palettes", str(palette["name"])))
        found += [Text("Palettes", str(c["label"])) for c in palette.get("colors", [])]
    return found


def _subclasses(trees: list[ast.Module]) -> dict[str, set[str]]:
    """Each class of the app's code, with every class that derives from it (by name)."""
    children: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    children.setdefault(name, set()).add(node.name)

    def below(name: str, seen: set[str]) -> set[str]:
        for child in children.get(name, set()) - seen:
            seen.add(child)
            below(child, seen)
        return seen

    return {name: below(name, set()) for name in children}


def all_texts() -> list[Text]:
    """Every text of the app once, by first appearance (code, then registries).

    PySide6's `self.tr` asks in the context of the object's own class, so a text in a
    method a subclass inherits is listed in the subclass's context too."""
    seen: dict[tuple[str, str], Text] = {}
    sources = [p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))]
    trees = [ast.parse(source) for source in sources]
    below = _subclasses(trees)
    shared: dict[str, str] = {}
    for tree in trees:
        shared.update(module_constants(tree))
    for source in sources:
        for found in texts_in_module(source, shared):
            for context in (found.context, *sorted(below.get(found.context, ()))):
                text = Text(context, found.source, found.numerus)
                key = (text.context, text.source)
                if key not in seen or (text.numerus and not seen[key].numerus):
                    seen[key] = text
    for text in registry_texts():
        seen.setdefault((text.context, text.source), text)
    return list(seen.values())


def _existing(ts: Path) -> dict[tuple[str, str], ET.Element]:
    if not ts.is_file():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def update(ts: Path, language: str, texts: list[Text]) -> tuple[int, int]:
    """Rewrite `ts` with exactly `texts`, keeping each translation it already had;
    a new text is marked unfinished. Returns (texts, unfinished)."""
    old = _existing(ts)
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Text]] = {}
    for text in texts:
        by_context.setdefault(text.context, []).append(text)
    unfinished = 0
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for text in by_context[name]:
            message = ET.SubElement(context, "message")
            if text.numerus:
                message.set("numerus", "yes")
            ET.SubElement(message, "source").text = text.source
            kept = old.get((name, text.source))
            translation = kept.find("translation") if kept is not None else None
            if translation is not None and translation.get("type") not in ("obsolete", "vanished"):
                message.append(translation)
            else:
                translation = ET.SubElement(message, "translation", type="unfinished")
            if translation.get("type") == "unfinished":
                unfinished += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return len(texts), unfinished


def catalogues() -> list[Path]:
    """The shipped catalogues, one per language."""
    return sorted(CATALOGUES.glob(f"{PREFIX}*.ts"))


def lrelease() -> list[str]:
    """The command that compiles a catalogue: PySide6's lrelease."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for candidate in (folder / "lrelease", folder / "Qt" / "libexec" / "lrelease"):
            if candidate.is_file():
                return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        beside = Path(sys.executable).with_name(name)
        found = str(beside) if beside.is_file() else shutil.which(name)
        if found:
            return [found]
    raise SystemExit("pyside6-lrelease is needed to compile the translations (pip install PySide6)")


def compile_all(out: Path) -> list[Path]:
    """Compile every catalogue into `out` (one .qm per .ts); returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    command = lrelease()
    written = []
    for ts in catalogues():
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        texts = all_texts()
        for ts in catalogues():
            language = ts.stem.removeprefix(PREFIX)
            # English needs only the plural forms of its counts; its texts are the sources.
            chosen = [t for t in texts if t.numerus] if language == "en" else texts
            count, unfinished = update(ts, language, chosen)
            print(f"{ts.name}: {count} texts, {unfinished} unfinished")
        return 0
    if argv[:1] == ["missing"]:
        language = argv[1] if len(argv) > 1 else "es"
        ts = CATALOGUES / f"{PREFIX}{language}.ts"
        for (context, source), message in _existing(ts).items():
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                print(f"{context}\t{source!r}")
        return 0
    if argv[:1] == ["compile"]:
        out = Path(argv[1]) if len(argv) > 1 else CATALOGUES
        for qm in compile_all(out):
            print(qm.relative_to(out.parent) if out == CATALOGUES else qm)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
