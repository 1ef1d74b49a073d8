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
    from containerstudio.exchange.problem import ExchangeProblem
    from containerstudio.export.problem import ExportProblem
    from containerstudio.flow.problems import PackProblem
    from containerstudio.imaging.importer import ImageProblem
    from containerstudio.storage.problem import StorageProblem

    Problem = StorageProblem | ImageProblem | ExportProblem | PackProblem | ExchangeProblem

CONTEXT = "ProblemTexts"
_FIELD = re.compile(r"\{(\w+)\}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(problem: Problem) -> str:
    """The translated text for `problem`, naming its data."""
    from containerstudio.flow.problems import PackProblem

    if isinstance(problem, PackProblem):
        return kind_text(problem.kind, {**_pack_words(problem), **problem.data})
    return kind_text(problem.kind, problem.data)


def located_text(problem: PackProblem) -> str:
    """A pack problem's text after the place it is about: file, line, step and field."""
    where = [problem.file.name]
    if problem.line is not None and problem.column:
        where.append(fill(_tr("line {line}, column {column}"), _place(problem)))
    elif problem.line is not None:
        where.append(fill(_tr("line {line}"), _place(problem)))
    if problem.step is not None and problem.step.startswith("step "):
        where.append(fill(_tr("step {number}"), _place(problem)))
    elif problem.step is not None:
        where.append(fill(_tr("step “{step}”"), _place(problem)))
    if problem.field is not None:
        where.append(fill(_tr("field “{field}”"), _place(problem)))
    return fill(_tr("{place}: {text}"), {"place": ", ".join(where), "text": problem_text(problem)})


def _place(problem: PackProblem) -> dict[str, str | int]:
    step = problem.step or ""
    return {
        "line": problem.line or 0,
        "column": problem.column or 0,
        "number": step.removeprefix("step "),
        "step": step,
        "field": problem.field or "",
    }


def _pack_words(problem: PackProblem) -> dict[str, str]:
    """The words a pack problem's sentence takes from the problem itself, translated
    (the core's English ones: flow/problems.py `english_words`)."""
    place = _place(problem)
    if problem.step is None:
        subject, subject_in = _tr("This pack"), _tr("this pack")
    elif problem.step.startswith("step "):
        subject = fill(_tr("Step {number}"), place)
        subject_in = fill(_tr("step {number}"), place)
    else:
        subject = fill(_tr("The step “{step}”"), place)
        subject_in = fill(_tr("the step “{step}”"), place)
    return {
        "field": problem.field or "",
        "subject": subject,
        "subject_in": subject_in,
        "label": _label(problem),
        "described": _described(problem.data),
    }


def _label(problem: PackProblem) -> str:
    name = problem.field or ""
    if name.startswith("senses["):
        number, _, key = name.removeprefix("senses[").partition("].")
        return fill(_tr("{key} in senses item {number}"), {"key": key, "number": number})
    if name == "id" and problem.step is None:
        return _tr("pack id")
    if name == "minutes":
        return _tr("minutes estimate")
    if name == "senses":
        return _tr("senses list for its senses exercise")
    return name


def _described(data: ProblemData) -> str:
    sort = data.get("sort")
    if sort == "truefalse":
        return fill(_tr("true/false ({written})"), data)
    if sort == "number":
        return fill(_tr("a number ({written})"), data)
    if sort == "text":
        return fill(_tr("text (“{written}”)"), data)
    if sort == "list":
        return _tr("a list")
    if sort == "table":
        return _tr("a table")
    return _tr("a date or time")


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
        if isinstance(item, float):
            return QLocale().toString(item, "g", 12)
        return str(item)

    return _FIELD.sub(value, template)


def texts() -> Mapping[type[ProblemKind], Mapping[ProblemKind, str]]:
    """Every kind's translated text, by Enum (read anew each time, so a language change
    shows). One table per Enum: kinds compare as their codes, and two areas may share
    a code ("empty")."""
    from containerstudio.exchange.problem import ExchangeKind
    from containerstudio.export.problem import ExportKind
    from containerstudio.flow.problems import PackKind
    from containerstudio.imaging.importer import ImageKind
    from containerstudio.storage.problem import StorageKind

    return {
        StorageKind: _storage_texts(),
        ImageKind: _image_texts(),
        ExportKind: _export_texts(),
        PackKind: _pack_texts(),
        ExchangeKind: _exchange_texts(),
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
        k.NOT_A_SERVER_ADDRESS: _tr(
            "A library on a server is kept on PostgreSQL, with an address that begins "
            "postgresql:// ; the address given is not one, so nothing was opened."
        ),
        k.SERVER_DRIVER_MISSING: _tr(
            "Reaching a PostgreSQL server needs the psycopg package; nothing was opened."
        ),
        k.SERVER_UNREACHABLE: _tr(
            "The server {server} cannot be reached just now, so nothing there was changed. "
            "You may check the connection and start again."
        ),
        k.SERVER_FOREIGN: _tr(
            "The schema “{schema}” on {server} holds another program's tables, so Container "
            "Studio left it exactly as it is."
        ),
        k.SERVER_NEWER: _tr(
            "The library on {server} was written by a newer Container Studio, so this "
            "version left it untouched. You may open it with the newer version."
        ),
        k.OPEN_ELSEWHERE: _tr(
            "This container is open in another Container Studio just now, so it stays as "
            "it is there. You may open it here once it is closed there."
        ),
        k.PROFILES_UNREADABLE: _tr(
            "The list of profiles “{path}” could not be read, so it was left as it is; the "
            "libraries themselves are untouched."
        ),
        k.NO_SUCH_PROFILE: _tr("There is no such profile here; Container → Profiles… shows them."),
        k.PROFILE_NAME_EMPTY: _tr("A profile needs a name; you may choose any."),
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


def _exchange_texts() -> dict[ProblemKind, str]:
    from containerstudio.exchange.problem import ExchangeKind as k

    same = _tr("Nothing was added, and your library is as it was.")
    return {
        k.NOT_PORTABLE: _tr(
            "“{name}” is not a Container Studio portable file, or it is incomplete."
        )
        + " "
        + same,
        k.NEWER_FORMAT: _tr("“{name}” was made by a newer Container Studio; you may open it there.")
        + " "
        + same,
        k.TOO_LARGE: _tr("“{name}” holds more than a portable file here can take in ({limit}).")
        + " "
        + same,
        k.DAMAGED: _tr("“{name}” seems damaged or changed since it was made ({detail}).")
        + " "
        + same,
        k.NOT_SEALED_FILE: _tr(
            "“{name}” is not a sealed file from Container Studio, or it is incomplete."
        )
        + " "
        + same,
        k.SEALED_FOR_ANOTHER: _tr(
            "“{name}” was sealed for another therapist's library, so it stays closed here."
        )
        + " "
        + same,
        k.SEAL_CHANGED: _tr(
            "“{name}” does not open: its bytes were changed or cut short after it was "
            "sealed. You may ask for it to be sent again."
        )
        + " "
        + same,
        k.NO_THERAPIST_KEY: _tr(
            "This library has no therapist key yet, so a sealed file cannot open here."
        )
        + " "
        + same,
        k.NOT_A_CARD: _tr(
            "“{name}” is not a therapist card from Container Studio; your therapist may "
            "give you the card again."
        ),
        k.NO_CARD: _tr(
            "No therapist card is here yet; you may import the card your therapist gave you first."
        ),
        k.NO_SUCH_CONTAINER: _tr("There is no container with the id {container}."),
        k.NO_SUCH_VERSION: _tr("This container has no version {number}."),
        k.NOT_WRITTEN: _tr(
            "The file {path} could not be written ({reason}). Nothing was left half-written; "
            "you might try another folder."
        ),
    }


def _pack_texts() -> dict[ProblemKind, str]:
    from containerstudio.flow.problems import PackKind as k

    return {
        k.UNREADABLE_FOLDER: _tr(
            "Container Studio could not look inside this folder, so its packs were set aside. "
            "Its permissions may keep it private."
        ),
        k.UNREADABLE: _tr(
            "Container Studio could not open this file, so this pack was set aside. It may be "
            "in use elsewhere, or its permissions may keep it private."
        ),
        k.PUZZLING: _tr(
            "Container Studio could not make sense of this file, so this pack was set aside. "
            "Comparing it with one of the packs that come with the app may show what differs."
        ),
        k.TOO_LARGE: _tr(
            "This file is {megabytes} MB, larger than the 1 MB a pack can be, so it was set "
            "aside without being read."
        ),
        k.NOT_UTF8: _tr(
            "Line {line} of this file holds characters that are not UTF-8 text, so this pack "
            "was set aside. Saving it again as UTF-8 in a text editor usually settles this."
        ),
        k.TOML_SYNTAX: _tr(
            "Container Studio could not read line {line}, column {column} of this file as "
            "TOML, so this pack was set aside. Often a quote, a bracket or an = sign is "
            "missing near there."
        ),
        k.NESTED_TOO_DEEPLY: _tr(
            "This file nests lists or tables too deeply to read, so this pack was set aside. "
            "A pack needs only [[step]] tables and short lists."
        ),
        k.UNREADABLE_VALUE: _tr(
            "This file holds a value that cannot be read as a number (it may be very long), "
            "so this pack was set aside. Numbers in a pack are short, like minutes = 5."
        ),
        k.DUPLICATE_PACK: _tr(
            "A pack with the id “{id}” in the language “{language}” was already loaded from "
            "{first}, so this copy was set aside. You might give this one its own id if you "
            "would like both."
        ),
        k.TOO_MANY_KEY_PARTS: _tr(
            "Line {line} of this file has a key or table name with more than {limit} parts "
            "joined by dots, so this pack was set aside. A pack needs only [[step]] tables "
            "and plain names like title or text."
        ),
        k.TOO_DEEP: _tr(
            "Line {line} of this file puts lists or tables more than {limit} deep inside one "
            "another, so this pack was set aside. A pack needs only [[step]] tables and short "
            "lists."
        ),
        k.TOO_LONG_NUMBER: _tr(
            "Line {line} of this file holds a value {length} characters long without quotes, "
            "longer than any number a pack uses, so this pack was set aside. Numbers here are "
            "short, like minutes = 5; text goes in quotes."
        ),
        k.TOO_MANY_TOKENS: _tr(
            "This file holds far more separate entries than a pack needs (over {limit} names, "
            "values and lines by line {line}), so this pack was set aside."
        ),
        k.TOO_MANY_STEPS_SEEN: _tr(
            "This pack has more than the {limit} steps a pack can hold (step {next} starts on "
            "line {line}), so this pack was set aside."
        ),
        k.NEWER_SCHEMA: _tr(
            "This pack was written for a newer version of Container Studio (schema_version "
            "{version}), so it was set aside for now."
        ),
        k.UNKNOWN_LANGUAGE: _tr(
            "This pack's language “{value}” does not look like a language code such as “en”, "
            "“de” or “pt-BR”, so this pack was set aside."
        ),
        k.UNKNOWN_FIELD: _tr(
            "{subject} has a field “{field}” that Container Studio does not know (perhaps a "
            "typo?), so this pack was set aside."
        ),
        k.MISSING_FIELD: _tr("{subject} has no {label} yet, so this pack was set aside."),
        k.WRONG_TYPE_TEXT: _tr(
            "{subject} has “{field}” written as {described}; Container Studio reads it as text "
            'in quotes, like "A few words", so this pack was set aside.'
        ),
        k.WRONG_TYPE_NUMBER: _tr(
            "{subject} has “{field}” written as {described}; Container Studio reads it as a "
            "number without quotes, like {key} = 3, so this pack was set aside."
        ),
        k.WRONG_TYPE_WHOLE: _tr(
            "{subject} has “{field}” written as {described}; Container Studio reads it as a "
            "whole number without quotes, like {key} = 3, so this pack was set aside."
        ),
        k.WRONG_TYPE_CHOICE: _tr(
            "{subject} has “{field}” written as {described}; Container Studio reads it as one "
            "of: {allowed}, so this pack was set aside."
        ),
        k.WRONG_TYPE_LIST: _tr(
            "{subject} has “{field}” written as {described}; Container Studio reads it as a "
            'list of texts, like {field} = ["one", "two"], so this pack was set aside.'
        ),
        k.TEXT_TOO_LONG: _tr(
            "The {label} of {subject_in} is {length} characters long, more than the {limit} "
            "it can hold, so this pack was set aside. A shorter text will fit."
        ),
        k.OUT_OF_RANGE: _tr(
            "{subject} has {field} = {value}; Container Studio reads values from {low} up to "
            "{high} here, so this pack was set aside."
        ),
        k.OUT_OF_RANGE_ABOVE: _tr(
            "{subject} has {field} = {value}; Container Studio reads values above {low} up to "
            "{high} here, so this pack was set aside."
        ),
        k.UNKNOWN_CHOICE: _tr(
            "{subject} has the {field} “{value}”, which Container Studio does not know, so "
            "this pack was set aside. The values it knows for {field} are: {allowed}."
        ),
        k.UNKNOWN_ITEM: _tr(
            "{subject} offers “{value}” in {field}, which Container Studio does not know, so "
            "this pack was set aside. The {field} it knows are: {allowed}."
        ),
        k.TOO_MANY_ENTRIES: _tr(
            "{subject} has {count} entries in “{field}”, more than the {limit} it can hold, "
            "so this pack was set aside."
        ),
        k.ENTRY_TOO_LONG: _tr(
            "Entry {number} of “{field}” in {subject_in} is longer than {limit} characters, "
            "so this pack was set aside."
        ),
        k.UNUSABLE_ID: _tr(
            "{subject} has the id “{value}”; ids use lowercase letters, digits and dashes, "
            "like “lid-and-key”, so this pack was set aside."
        ),
        k.SINGLE_STEP_TABLE: _tr(
            "This pack has a single [step] table; steps are written as [[step]] tables, with "
            "double brackets, so this pack was set aside."
        ),
        k.STEPS_WRONG_TYPE: _tr(
            "This pack has “step” written as {described}; steps are written as [[step]] "
            "tables, so this pack was set aside."
        ),
        k.NO_STEPS: _tr(
            "This pack has no steps yet (no [[step]] tables), so this pack was set aside."
        ),
        k.TOO_MANY_STEPS: _tr(
            "This pack has {count} steps, more than the {limit} a pack can hold, so this pack "
            "was set aside."
        ),
        k.STEP_NOT_A_TABLE: _tr("{subject} is not a [[step]] table, so this pack was set aside."),
        k.DUPLICATE_STEP_ID: _tr(
            "Two steps share the id “{value}” (the second is step {number}); each step needs "
            "its own id, so this pack was set aside."
        ),
        k.ONLY_FOR_BREATHING: _tr(
            "{subject} has “{field}”, which only applies to breathing exercises, so this pack "
            "was set aside."
        ),
        k.ONLY_FOR_SENSES: _tr(
            "{subject} has “{field}”, which only applies to the senses exercise, so this pack "
            "was set aside."
        ),
        k.ONLY_FOR_RATING: _tr(
            "{subject} has “{field}”, which only applies to a rating, so this pack was set aside."
        ),
        k.ONLY_FOR_GROUNDING: _tr(
            "{subject} has “{field}”, which only applies to grounding steps, so this pack was "
            "set aside."
        ),
        k.SENSES_FORM: _tr(
            "{subject} has “senses” written in a form Container Studio does not read; it is a "
            "list of [[step.senses]] tables, so this pack was set aside."
        ),
        k.TOO_MANY_SENSES: _tr(
            "{subject} has more than {limit} senses, so this pack was set aside."
        ),
    }
