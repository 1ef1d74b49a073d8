"""Acceptance 7: a group session of six participants (six profiles, two protected, three
lids closed, one container brought as a portable file) prints one PDF in which nobody's
private content is present: no slip word and no inside word in the parsed text or the
bytes, and no inside colour of a closed container among the rendered page pixels."""

from __future__ import annotations

import io

import pytest

from containerstudio.exchange.group_session import (
    Participant,
    gather_group,
    list_profiles,
    person_view,
)
from containerstudio.export.group_print import build_group_pdf, export_group_pdf
from containerstudio.export.preview import page_images
from containerstudio.storage.keys import PasscodeNotAccepted
from tests.exchange.group_helpers import (
    CLOSED,
    INSIDE,
    OUTSIDE,
    PROTECTED,
    colour_seen,
    export_portable,
    make_group,
)
from tests.export.pdfcheck import reader, text_of


def _participants(book, people, tmp_path):
    """Five from their profiles; the last brings a portable file made at home."""
    chosen = [
        Participant(f"Person {p.index + 1}", p.profile_id, p.container_id) for p in people[:5]
    ]
    file = export_portable(book, people[5], tmp_path / "brought.csportable")
    return [*chosen, Participant("Person 6", path=file)]


@pytest.mark.parametrize("show_open_insides", [False, True])
def test_six_participants_print_one_pdf_without_private_content(
    data_dir, tmp_path, show_open_insides
):
    book, people = make_group(data_dir)
    passcodes = {p.profile_id: p.passcode for p in people if p.passcode}
    participants = _participants(book, people, tmp_path)
    items = gather_group(book, participants, passcodes, show_open_insides=show_open_insides)
    assert [item.caption for item in items] == [f"Person {n}" for n in range(1, 7)]
    target = export_group_pdf(tmp_path / "group.pdf", items, per_sheet=6)

    data = target.read_bytes()
    r = reader(target)
    assert len(r.pages) == 1
    text = text_of(r)
    for p in people:
        assert f"Person {p.index + 1}" in text
        assert p.slip_word not in text and p.slip_word.encode() not in data
        if p.index in CLOSED or not show_open_insides:
            assert p.inside_word not in text

    pages = page_images(data, dpi=72)
    for p in people:
        assert colour_seen(pages, OUTSIDE[p.index]), p.index  # everyone's outside is there
        closed = p.index in CLOSED
        # A closed lid keeps the inside off the paper; an open one shows it only when
        # the facilitator chose to (which shows the pixel check sees inside colours).
        assert colour_seen(pages, INSIDE[p.index]) == (show_open_insides and not closed), p.index


def test_views_follow_each_persons_lid():
    assert person_view(closed=True, show_open_insides=True) == "outside"
    assert person_view(closed=True, show_open_insides=False) == "outside"
    assert person_view(closed=False, show_open_insides=False) == "outside"
    assert person_view(closed=False, show_open_insides=True) == "open"


def test_protected_profiles_are_listed_locked_without_their_passcode(data_dir):
    book, people = make_group(data_dir)
    listed = {entry.profile_id: entry for entry in list_profiles(book)}
    for p in people:
        entry = listed[p.profile_id]
        assert entry.locked == (p.index in PROTECTED)
        assert entry.containers == (
            () if entry.locked else ((p.container_id, f"Box {p.index + 1}"),)
        )
    current = book.current
    passcodes = {p.profile_id: p.passcode for p in people if p.passcode}
    opened = {entry.profile_id: entry for entry in list_profiles(book, passcodes)}
    assert all(not opened[p.profile_id].locked for p in people)
    assert book.current == current  # the facilitator's own profile is left as it was

    wrong = {people[1].profile_id: "not the passcode"}
    assert {e.profile_id: e.locked for e in list_profiles(book, wrong)}[people[1].profile_id]
    one = [Participant("Person 2", people[1].profile_id, people[1].container_id)]
    with pytest.raises(PasscodeNotAccepted):
        gather_group(book, one, wrong)


def test_in_memory_pages_match_the_saved_pdf(data_dir, tmp_path):
    book, people = make_group(data_dir)
    passcodes = {p.profile_id: p.passcode for p in people if p.passcode}
    items = gather_group(book, _participants(book, people, tmp_path), passcodes)
    buffer = io.BytesIO()
    assert build_group_pdf(buffer, items, per_sheet=4) == 2
    assert not any(colour_seen(page_images(buffer.getvalue(), dpi=72), c) for c in INSIDE)
