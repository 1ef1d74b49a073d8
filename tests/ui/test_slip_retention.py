"""Acceptance (guided exercise 6): with "only that a slip exists", no slip text is left in
the database files once the lid is closed (checked on the raw bytes)."""

from __future__ import annotations

from guide_helpers import add_slip, button_named, click, current_step_id, panel

from containerstudio.model.slips import SlipRetention
from containerstudio.storage.codec import ContentCodec
from containerstudio.storage.guided import GuidedStore

SECRETS = ["quietmarker-harbour-7c1e", "quietmarker-lantern-55ab"]


def _data_bytes(data_dir) -> bytes:
    blob = b""
    for name in ("library.sqlite3", "library.sqlite3-wal"):
        path = data_dir / name
        if path.exists():
            blob += path.read_bytes()
    return blob


def _forms(text: str) -> list[bytes]:
    return [text.encode(), ContentCodec().encode_text(text)]


def test_existence_only_leaves_no_slip_text_on_disk(open_window, data_dir):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "slips-inside":
        click(p.next_button)
    click(p.slips.retention_buttons[SlipRetention.EXISTENCE_ONLY])
    add_slip(window, SECRETS[0])
    add_slip(window, SECRETS[1], folded=True)
    window.work.wait()  # the guided saves reach the disk on the storage lane
    before = _data_bytes(data_dir)
    assert any(form in before for form in _forms(SECRETS[0])), "the test could not see slip text"

    click(p.next_button)
    assert current_step_id(window) == "close-and-keep"
    click(button_named(window, "Close the lid"))
    window.work.wait()  # and so does the closing that scrubs the words

    after = _data_bytes(data_dir)
    for secret in SECRETS:
        for form in _forms(secret):
            assert form not in after
    # The slips still exist, and say so, without their words.
    slips = GuidedStore(window.library.db).slips_of(window.current.container_id)
    assert len(slips) == 2 and all(s.text is None for s in slips)
    # Closed, the panel holds none of them; opened again, they show without words.
    assert p.slips.list.count() == 0
    window.guide.controller.open_lid()
    assert [p.slips.list.item(i).text() for i in range(p.slips.list.count())] == [
        "A slip",
        "A folded slip",
    ]


def test_nothing_removes_the_slips_entirely(open_window, data_dir):
    window = open_window()
    p = panel(window)
    click(p.start_button)
    while current_step_id(window) != "slips-inside":
        click(p.next_button)
    click(p.slips.retention_buttons[SlipRetention.NOTHING])
    add_slip(window, SECRETS[0])
    window.guide.safety.close_safely()
    click(window.guide.safety.stay)
    window.work.wait()  # what Close safely kept has reached the disk
    assert GuidedStore(window.library.db).slips_of(window.current.container_id) == []
    assert SECRETS[0].encode() not in _data_bytes(data_dir)
