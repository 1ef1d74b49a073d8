"""The handover feature: Send to my therapist…, Import a container…, Save a portable
file…, Therapist card… and What left the app, in the Container menu (issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from containerstudio.ui.handover.actions import HandoverFeature

if TYPE_CHECKING:
    from containerstudio.ui.services import WindowServices

__all__ = ["HandoverFeature", "install_handover"]


def install_handover(services: WindowServices) -> HandoverFeature:
    """Build the feature on the window's services (its actions wait for the library)."""
    return HandoverFeature(services)
