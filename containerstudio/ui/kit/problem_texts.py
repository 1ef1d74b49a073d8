"""The words the UI shows for a core problem, in the user's language.

The core says what went wrong as a kind and data (containerstudio/model/problems.py);
its English sentences are for the command line and logs. Here every kind has a text
translated in the context "ProblemTexts", with the data filled in where it names
``{name}``. Every place in the UI that shows a core problem calls `problem_text`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from containerstudio.model.problems import ProblemData, ProblemKind

if TYPE_CHECKING:  # the areas load when first used (start-up pays for storage only)
    from containerstudio.export.problem import ExportProblem
    from containerstudio.imaging.importer import ImageProblem
    from containerstudio.storage.problem import StorageProblem

    Problem = StorageProblem | ImageProblem | ExportProblem

CONTEXT = "ProblemTexts"
_FIELD = re.compile(r"\{(\w+)\}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(problem: Problem) -> str:
    """The translated text for `problem`, naming its data."""
    return kind_text(problem.kind, problem.data)


def kind_text(kind: ProblemKind, data: ProblemData) -> str:
    """The translated text for one kind, with `data` filled in."""
    return fill(texts()[type(kind)][kind], data)


def fill(template: str, data: ProblemData) -> str:
    """`template` with each ``{name}`` replaced by that value (numbers in the user's
    locale); a name the data lacks stays as it is, so a translation can never break."""

    def value(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in data:
            return found.group(0)
        item = data[name]
        if isinstance(item, int) and not isinstance(item, bool):
            return QLocale().toString(item)
        return str(item)

    return _FIELD.sub(value, template)


def texts() -> Mapping[type[ProblemKind], Mapping[ProblemKind, str]]:
    """Every kind's translated text, by Enum (read anew each time, so a language change
    shows). One table per Enum: kinds compare as their codes, and two areas may share
    a code ("empty")."""
    from containerstudio.export.problem import ExportKind
    from containerstudio.imaging.importer import ImageKind
    from containerstudio.storage.problem import StorageKind

    return {
        StorageKind: _storage_texts(),
        ImageKind: _image_texts(),
        ExportKind: _export_texts(),
    }


def _storage_texts() -> dict[ProblemKind, str]:
    from containerstudio.storage.problem import StorageKind as k

    return {
        k.NOTHING_THERE: _tr(
            "“{path}”, where the library belongs, points to nothing that can be read, so "
            "Container Studio left it exactly as it is."
        ),
        k.FOLDER: _tr(
            "“{path}”, where the library belongs, is a folder, not a library file, so "
            "Container Studio left it exactly as it is."
        ),
        k.NOT_ORDINARY: _tr(
            "“{path}”, where the library belongs, is not an ordinary file, so Container "
            "Studio left it exactly as it is."
        ),
        k.EMPTY: _tr(
            "The library file “{path}” is empty (0 bytes), not a library, so Container Studio "
            "left it exactly as it is."
        ),
        k.UNREADABLE: _tr(
            "The library file “{path}” cannot be read just now, so Container Studio left it "
            "exactly as it is."
        ),
        k.CUT_SHORT: _tr(
            "The library file “{path}” seems damaged (cut short), so Container Studio left it "
            "exactly as it is."
        ),
        k.NOT_A_DATABASE: _tr(
            "The library file “{path}” is not a Container Studio library, so Container Studio "
            "left it exactly as it is."
        ),
        k.DAMAGED: _tr(
            "The library file “{path}” seems damaged, so Container Studio left it exactly as it is."
        ),
        k.FOREIGN: _tr(
            "The library file “{path}” belongs to another program, so Container Studio left "
            "it exactly as it is."
        ),
        k.APPEARED: _tr(
            "The library file “{path}” appeared while a new library was being made, so "
            "Container Studio left it exactly as it is."
        ),
        k.NEWER: _tr(
            "The library file “{path}” was written by a newer Container Studio, so this "
            "version left it untouched. You may open it with the newer version."
        ),
        k.NOT_OPENED: _tr(
            "The library in “{folder}” could not be opened just now, so it was left as it is. "
            "You may start Container Studio again, or choose another folder."
        ),
        k.DISK_FULL: _tr(
            "The disk is full ({folder}), so the latest change is not kept yet. Your work is "
            "still open; when you free some space, it will be saved."
        ),
        k.UNWRITABLE: _tr(
            "The data folder ({folder}) cannot be written to right now. Your work is still "
            "open; you may choose another folder."
        ),
        k.FOLDER_NOT_MADE: _tr(
            "The data folder “{folder}” could not be made. You may choose another one."
        ),
        k.READ_ONLY_FOLDER: _tr(
            "The data folder “{folder}” cannot be written to just now (it may be on a "
            "read-only disk), so the library there was left untouched. You may make the "
            "folder writable, or choose another one."
        ),
        k.NEWER_CONTAINER: _tr(
            "This container was saved by a newer Container Studio, so it was left as it is. "
            "You may open it with the newer version."
        ),
        k.DAMAGED_CONTAINER: _tr(
            "Part of this container could not be read back, so it was left exactly as it is; "
            "nothing was deleted. Your other containers are unaffected, and an earlier "
            "version or an automatic backup may hold this one whole."
        ),
        k.NO_BACKUP: _tr(
            "No automatic backup was found in “{folder}”, so the library file was left as it is."
        ),
        k.PASSCODE: _tr(
            "That passcode does not open this library. You may try again when you're ready."
        ),
        k.LOCKED: _tr("The library is locked; it opens again with its passcode."),
        k.KEYS_MISSING: _tr(
            "The keys of the encrypted library in “{folder}” (the file {file}) are not there "
            "or cannot be read, so the library was left as it is. If you have a copy of that "
            "file, you may put it back in this folder."
        ),
        k.ALREADY_PROTECTED: _tr("This library is already protected with a passcode."),
        k.NOT_PROTECTED: _tr("This library has no passcode yet."),
        k.ON_A_SERVER: _tr(
            "A passcode protects a library kept in a data folder; this one is on a server."
        ),
        k.UNCONVERTIBLE: _tr(
            "Part of the library could not be read, so it was left exactly as it was and "
            "nothing was changed. An automatic backup may hold it whole."
        ),
        k.PASSCODE_FILE_UNREADABLE: _tr("The passcode file “{path}” could not be read."),
        k.PASSCODE_NEEDED: _tr("This library is protected with a passcode; you may give it."),
        k.PASSCODE_NOT_GIVEN: _tr("{what} was not given yet."),
        k.APP_IS_OPEN: _tr("Container Studio is open with this library just now."),
        k.ALREADY_PROTECTED_CLI: _tr("This library is already protected with a passcode."),
    }


def _image_texts() -> dict[ProblemKind, str]:
    from containerstudio.imaging.importer import ImageKind as k

    return {
        k.EMPTY: _tr("“{name}” is empty, so there is no picture in it."),
        k.MISSING: _tr("“{name}” could not be opened; it may have been moved."),
        k.TOO_LARGE_FILE: _tr(
            "“{name}” is larger than the {megabytes} MB a picture here can be; a smaller copy "
            "of it would fit."
        ),
        k.TOO_MANY_PIXELS: _tr(
            "“{name}” is a very large picture (about {megapixels} megapixels). Pictures up to "
            "{limit} megapixels can come in; a smaller copy would fit."
        ),
        k.TOO_MANY_PIXELS_UNCOUNTED: _tr(
            "“{name}” is a very large picture. Pictures up to {limit} megapixels can come in; "
            "a smaller copy would fit."
        ),
        k.UNREADABLE: _tr(
            "“{name}” could not be read as a picture. It may be incomplete, or in a format "
            "this studio does not know."
        ),
    }


def _export_texts() -> dict[ProblemKind, str]:
    from containerstudio.export.problem import ExportKind as k

    return {
        k.PAGE_SIZE: _tr("The page size “{page}” is not offered; you can choose A4 or Letter."),
        k.FONT_UNREADABLE: _tr("The font {path} could not be read, so the PDF was not made."),
        k.FOLDER_UNWRITABLE: _tr(
            "Container Studio cannot write into the folder {folder}. You might choose another "
            "folder."
        ),
        k.FILE_NOT_WRITTEN: _tr(
            "The file {path} could not be written ({reason}). Nothing was left half-written; "
            "you might try another folder."
        ),
        k.PER_SHEET: _tr("You can print 1, 2, 4 or 6 containers on a sheet."),
        k.NONE_CHOSEN: _tr("No containers are chosen yet; you might pick one or more."),
        k.PNG_WIDTH: _tr("A PNG can be between {low} and {high} pixels wide."),
        k.NO_SUCH_CONTAINER: _tr("There is no container with the id {container}."),
        k.NO_SUCH_SECTION: _tr("“{name}” is not a section; you can include {known}."),
        k.PACK_SET_ASIDE: _tr("The prompt pack {path} was set aside: {reasons}"),
        k.NO_SUCH_PACK: _tr("No prompt pack called “{name}” was found. Known packs: {known}."),
    }
