"""A profile's own defaults, applied when its library opens in the window (issue 17).

Each profile keeps what a new session in it starts with (`storage/profiles.py`,
`ProfileDefaults`): the exercise, the session length and the text size. They are read on
the storage lane once the library is ready and handed to the guide's opening screen
(which the person may still change) and to the one text-size preference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from containerstudio.storage.profiles import ProfileDefaults, read_defaults
from containerstudio.ui.kit import preferences
from containerstudio.ui.kit.widgets import running_app

if TYPE_CHECKING:
    from containerstudio.storage.library import Library
    from containerstudio.ui.services import WindowServices

TEXT_SCALES = {"normal": 100, "large": 120, "larger": 145}
"""A profile's text size, in percent of the system's (the welcome's three sizes)."""


def apply_defaults(services: WindowServices, defaults: ProfileDefaults) -> None:
    """Offer the profile's exercise and length first, and show its text size."""
    if defaults.pack_id is not None:
        services.guide.offer_first(defaults.pack_id, with_pack_length=False)
    if defaults.session_minutes is not None:
        services.guide.offer_length(defaults.session_minutes)
    if defaults.text_size is not None:
        preferences.choose(running_app(), text_scale=TEXT_SCALES[defaults.text_size])


def follow_profile_defaults(services: WindowServices) -> None:
    """Apply the open profile's defaults as soon as its library is ready."""

    def on_ready(library: Library) -> None:
        services.work.run(
            lambda: read_defaults(library),
            lambda found: apply_defaults(services, found),
            storage=True,
        )

    services.library_ready.connect(on_ready)
    if services.library_is_ready:
        on_ready(services.library)
