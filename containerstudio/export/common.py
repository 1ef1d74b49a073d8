"""What every export shares: the embedded font, page sizes, neutral metadata and
atomic writing of the finished file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypedDict

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from containerstudio.atomic_files import FolderRefusesFiles, write_whole
from containerstudio.atomic_files import remove_stale_parts as remove_stale_parts
from containerstudio.export.problem import ExportKind as ExportKind
from containerstudio.export.problem import ExportProblem as ExportProblem
from containerstudio.resources import resources_dir

if TYPE_CHECKING:
    from reportlab.lib.pdfencrypt import StandardEncryption

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
# Neutral metadata: nothing about the person or the container leaves in the file's header.


class PdfMetadata(TypedDict):
    """The document information every export writes (keywords of reportlab's templates)."""

    title: str
    author: str
    creator: str
    subject: str


METADATA: PdfMetadata = {
    "title": "Container",
    "author": "",
    "creator": "Container Studio",
    "subject": "",
}


# (done fraction 0..1) -> None; called from the exporting thread.
Progress = Callable[[float], None]


@dataclass(frozen=True)
class PdfOptions:
    """Choices that apply to every PDF: page size ("a4" or "letter") and a password."""

    page: str = "a4"
    password: str | None = None

    def page_size(self) -> tuple[float, float]:
        try:
            return PAGE_SIZES[self.page.lower()]
        except KeyError:
            raise ExportProblem(ExportKind.PAGE_SIZE, page=self.page) from None

    def encryption(self) -> StandardEncryption | None:
        """reportlab's standard encryption when a password was chosen."""
        if not self.password:
            return None
        from reportlab.lib.pdfencrypt import StandardEncryption

        return StandardEncryption(self.password, canPrint=1, canCopy=1, strength=128)


def register_fonts() -> None:
    """Register the shipped DejaVu fonts with reportlab (embedded as subsets).

    Also keeps images binary (no ASCII85 text encoding, which adds a quarter to
    every photo's size).
    """
    rl_config.useA85 = 0
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD):
        if name in registered:
            continue
        path = folder / f"{name}.ttf"
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises its own TTFError and plain IOErrors
            raise ExportProblem(ExportKind.FONT_UNREADABLE, path=str(path)) from exc
    # Bold inside paragraphs (<b>) maps to the bold face.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def default_filename(kind: str = "container", today: dt.date | None = None) -> str:
    """A neutral file name such as "container-2026-11-26.pdf" (no titles or names)."""
    return f"{kind}-{(today or dt.date.today()).isoformat()}.pdf"


def write_atomically(target: Path, produce: Callable[[BinaryIO], object]) -> Path:
    """Write a file whole through a temporary sibling (`atomic_files.write_whole`).

    A failed or interrupted export leaves nothing at `target`; on a failure the
    temporary file is removed too. Folders that cannot take a file give an
    ExportProblem naming the folder. The finished file gets the permissions an
    ordinary new file would (0o666 less the umask), or keeps those of the file it
    replaces. Temporary files left by an export that was killed more than a day ago
    are tidied away from the folder.
    """
    target = Path(target)
    folder = target.parent
    try:
        return write_whole(target, produce, mode=_mode_for(target))
    except FolderRefusesFiles as exc:
        raise ExportProblem(ExportKind.FOLDER_UNWRITABLE, folder=str(folder)) from exc
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise ExportProblem(ExportKind.FILE_NOT_WRITTEN, path=str(target), reason=reason) from exc


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else those of an ordinary new file."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: read it by setting it, then put it back at once
    os.umask(mask)
    return mask
