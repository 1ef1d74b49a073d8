"""Reading and keeping cards on the storage lane, for both dialogs that take a card in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.exchange.therapist import TherapistCard
    from containerstudio.storage.library import Library
    from containerstudio.ui.kit.background import BackgroundWork


def take_in_card(
    work: BackgroundWork,
    library: Library,
    path: Path,
    on_kept: Callable[[TherapistCard], None],
    on_refused: Callable[[BaseException], None],
) -> None:
    """Read the card file at `path` and keep it as this library's therapist card."""

    def keep() -> TherapistCard:
        from containerstudio.exchange.portable import read_file
        from containerstudio.exchange.therapist import MAX_CARD_BYTES, keep_card, read_card

        card = read_card(read_file(path, MAX_CARD_BYTES), path.name)
        keep_card(library, card)
        return card

    work.run(keep, on_kept, on_refused, storage=True)


def refusal_text(exc: BaseException, fallback: str) -> str:
    """The calm words for a refused file (its problem's text), else `fallback`."""
    from containerstudio.exchange.problem import ExchangeProblem
    from containerstudio.export.problem import ExportProblem
    from containerstudio.storage.problem import StorageProblem
    from containerstudio.ui.kit.problem_texts import problem_text

    if isinstance(exc, ExchangeProblem | ExportProblem | StorageProblem):
        return problem_text(exc)
    return fallback
