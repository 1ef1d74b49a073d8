"""The one exception export raises for the user to read, and the kinds it comes in.

Apart from the PDF code (and reportlab) so the UI can name and word it cheaply.
"""

from __future__ import annotations

from containerstudio.model.problems import CoreProblem, ProblemKind


class ExportKind(ProblemKind):
    """Why an export was not written (or not begun); each sentence names what it is about."""

    PAGE_SIZE = ("page-size", "The page size “{page}” is not offered; you can choose A4 or Letter.")
    FONT_UNREADABLE = (
        "font-unreadable",
        "The font {path} could not be read, so the PDF was not made.",
    )
    FOLDER_UNWRITABLE = (
        "folder-unwritable",
        "Container Studio cannot write into the folder {folder}. You might choose another folder.",
    )
    FILE_NOT_WRITTEN = (
        "file-not-written",
        "The file {path} could not be written ({reason}). Nothing was left half-written; you "
        "might try another folder.",
    )
    PER_SHEET = ("per-sheet", "You can print 1, 2, 4 or 6 containers on a sheet.")
    NONE_CHOSEN = ("none-chosen", "No containers are chosen yet; you might pick one or more.")
    PNG_WIDTH = ("png-width", "A PNG can be between {low} and {high} pixels wide.")
    # Said on the command line only (cli/export.py).
    NO_SUCH_CONTAINER = (
        "no-such-container",
        "There is no container with id {container}; `containerstudio list` shows them.",
    )
    NO_SUCH_SECTION = ("no-such-section", "“{name}” is not a section; you can include {known}.")
    PACK_SET_ASIDE = ("pack-set-aside", "The prompt pack {path} was set aside: {reasons}")
    NO_SUCH_PACK = (
        "no-such-pack",
        "No prompt pack called “{name}” was found. Known packs: {known}.",
    )


class ExportProblem(CoreProblem):
    """An export could not be written: a `kind` and the `data` it names; `message` is
    the English sentence for the command line and logs."""

    kind: ExportKind

    def __init__(self, kind: ExportKind, **data: str | int) -> None:
        super().__init__(kind, **data)
