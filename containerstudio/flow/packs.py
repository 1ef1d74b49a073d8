"""Finding, reading and choosing prompt packs: the shipped ones and therapists' own.

A broken pack never stops the app. Each file is read defensively (size first, then
encoding, then TOML, then the schema), and whatever keeps a file from loading becomes a
calm ``PackProblem`` the UI can show, while every other pack loads as usual.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from pathlib import Path

from containerstudio.flow.prescan import PackLines, prescan
from containerstudio.flow.problems import PackKind, PackProblem
from containerstudio.flow.schema import MAX_FILE_BYTES, PackLoadResult, PromptPack
from containerstudio.flow.validation import parse_pack

CONTAINER_PACK_ID = "container"
GROUNDING_PACK_ID = "grounding"
PACK_SUFFIX = ".toml"

_TOML_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")
_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]


class PackSetAside(ValueError):
    """Raised by ``load_pack`` when a pack cannot be used; ``problems`` says why."""

    def __init__(self, problems: Sequence[PackProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(problem.describe() for problem in self.problems))


def shipped_prompts_dir() -> Path:
    """The folder of packs that come with Container Studio.

    In a source checkout it sits at the repository root next to ``containerstudio/``; a
    build that copies it inside the package (``containerstudio/prompts``) is found first.
    """
    inside = _PACKAGE_DIR / "prompts"
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / "prompts"


def pack_folders(data_dir: Path | None) -> list[Path]:
    """Where packs are read from: the shipped ones, then the therapist's own packs in
    ``<data folder>/prompts`` (none for a library that is not a local file)."""
    return [shipped_prompts_dir()] + ([data_dir / "prompts"] if data_dir is not None else [])


def load_pack(path: PathLike) -> PromptPack:
    """Read and check one pack file; raises ``PackSetAside`` listing every problem found."""
    pack, problems = read_pack_file(Path(path))
    if pack is None:
        raise PackSetAside(problems)
    return pack


def read_pack_file(path: Path) -> tuple[PromptPack | None, list[PackProblem]]:
    """Read one pack file, returning the pack or the calm notes on why it was set aside."""
    text, problem = _read_text(path)
    if text is None:
        return None, [problem] if problem is not None else []
    lines, refusal = prescan(text)  # before the parser, which hostile nesting would stall
    if refusal is not None:
        data = {"line": refusal.line, **refusal.data}
        return None, [PackProblem(path, None, None, refusal.kind, data, refusal.line)]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [_syntax_problem(path, text, exc)]
    except RecursionError:  # tomllib recurses once per level of nested [ or {
        return None, [PackProblem(path, None, None, PackKind.NESTED_TOO_DEEPLY)]
    except ValueError:  # Python's own limit on the digits of a number, among others
        return None, [PackProblem(path, None, None, PackKind.UNREADABLE_VALUE)]
    pack, problems = parse_pack(data, path)
    return pack, [_placed(problem, lines, data.get("step")) for problem in problems]


def _placed(problem: PackProblem, lines: PackLines, raw_steps: object) -> PackProblem:
    """The problem with the line of the step and field it is about, where one is written."""
    if problem.line is not None:
        return problem
    index: int | None = None
    if problem.step is not None and problem.step.startswith("step "):
        index = int(problem.step.removeprefix("step ")) - 1
    elif problem.step is not None and isinstance(raw_steps, list):
        found = [
            n
            for n, table in enumerate(raw_steps)
            if isinstance(table, dict) and table.get("id") == problem.step
        ]
        if found:  # two steps sharing an id: the note is about the second
            index = found[-1] if problem.code == "duplicate-step-id" else found[0]
    line = lines.line_of(index, problem.field)
    return problem.at_line(line) if line is not None else problem


def load_packs(folders: PathLike | Iterable[PathLike]) -> PackLoadResult:
    """Load every ``*.toml`` pack in the given folder or folders, in order.

    Later folders (a therapist's own) may add packs. When two packs share an id and a
    language, the first one loaded is kept and the later one is reported. Folders that do
    not exist are passed over quietly, since a personal pack folder is often not made yet.
    Nothing here raises because of a pack's contents.
    """
    if isinstance(folders, str | os.PathLike):
        folders = [folders]
    packs: dict[tuple[str, str], PromptPack] = {}
    problems: list[PackProblem] = []
    seen_folders: set[Path] = set()
    for folder in map(Path, folders):
        try:
            resolved, present = folder.resolve(), folder.exists()
        except (OSError, RuntimeError):  # e.g. no permission: _pack_files reports it calmly
            resolved, present = folder, True
        if resolved in seen_folders or not present:
            continue
        seen_folders.add(resolved)
        files, problem = _pack_files(folder)
        if problem is not None:
            problems.append(problem)
        for path in files:
            try:
                pack, found = read_pack_file(path)
            except Exception as exc:  # last resort: one odd file never stops the app
                # Its type only: no traceback or message on stderr, where a path could show.
                _log.info("a prompt pack could not be read: %s", type(exc).__name__)
                pack, found = None, [_puzzling_problem(path)]
            problems.extend(found)
            if pack is None:
                continue
            first = packs.get(pack.key)
            if first is not None:
                problems.append(_duplicate_problem(pack, first))
            else:
                packs[pack.key] = pack
    return PackLoadResult(list(packs.values()), problems)


def find_pack(
    packs: Iterable[PromptPack], pack_id: str, language: str, fallback: str = "en"
) -> PromptPack | None:
    """The pack with this id in the closest language: exact, then base (pt-BR → pt), then
    ``fallback``; ``None`` when there is none."""
    by_language = {pack.language: pack for pack in packs if pack.id == pack_id}
    for candidate in (language, language.split("-")[0], fallback):
        if candidate in by_language:
            return by_language[candidate]
    return None


def _pack_files(folder: Path) -> tuple[list[Path], PackProblem | None]:
    try:
        return [
            path
            for path in sorted(folder.iterdir())
            if path.suffix == PACK_SUFFIX and not path.name.startswith(".") and path.is_file()
        ], None
    except OSError:
        return [], PackProblem(folder, None, None, PackKind.UNREADABLE_FOLDER)


def _read_text(path: Path) -> tuple[str | None, PackProblem | None]:
    """The file's text, refusing enormous files before reading and non-UTF-8 bytes after."""
    try:
        size = path.stat().st_size
        if size <= MAX_FILE_BYTES:
            with path.open("rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
            size = len(raw)
    except OSError:
        return None, _unreadable_problem(path)
    if size > MAX_FILE_BYTES:
        data = {"megabytes": round(size / 1_000_000, 1)}
        return None, PackProblem(path, None, None, PackKind.TOO_LARGE, data)
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        data = {"line": line, "column": column}
        return None, PackProblem(path, None, None, PackKind.NOT_UTF8, data, line, column)


def _unreadable_problem(path: Path) -> PackProblem:
    return PackProblem(path, None, None, PackKind.UNREADABLE)


def _puzzling_problem(path: Path) -> PackProblem:
    return PackProblem(path, None, None, PackKind.PUZZLING)


def _syntax_problem(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> PackProblem:
    """A calm note with line and column; the parser's own wording is not shown to users."""
    place = _TOML_PLACE.search(str(exc))
    if place:
        line, column = int(place.group(1)), int(place.group(2))
    else:  # "at end of document"
        line, column = text.count("\n") + 1, len(text) - (text.rfind("\n") + 1) + 1
    data = {"line": line, "column": column}
    return PackProblem(path, None, None, PackKind.TOML_SYNTAX, data, line, column)


def _duplicate_problem(pack: PromptPack, first: PromptPack) -> PackProblem:
    data = {"id": pack.id, "language": pack.language, "first": str(first.source)}
    return PackProblem(pack.source or Path(pack.id), None, "id", PackKind.DUPLICATE_PACK, data)
