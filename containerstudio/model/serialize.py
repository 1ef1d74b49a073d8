"""The document's serialized form: versioned, documented in docs/document-format.md.

A document is stored as a *manifest* (header plus the ordered element keys) and one
blob per element and per asset, each addressed by the hash of its bytes. Two versions
that share elements share their blobs, so a version costs what changed.

Strokes, by far the most numerous elements, are stored as a small binary record (their
points as packed doubles) because parsing thousands of numbers from JSON is what made
opening a big drawing slow; every other kind is canonical JSON.
"""

from __future__ import annotations

import hashlib
import json
import sys
from array import array
from typing import Any

# Every element kind registers itself on import; the reader must know them all, on
# whichever thread it first runs (the storage lane reads a drawing before the UI loads).
from containerstudio.model import placed as _placed  # noqa: F401
from containerstudio.model import shapes as _shapes  # noqa: F401
from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, PointList, Stroke, element_from_dict

FORMAT_NAME = "containerstudio.document"
# 2: strokes are binary records (STROKE_MAGIC); version 1 stores them as JSON. Readers
# take both; portable files (document_to_dict) stay JSON throughout.
FORMAT_VERSION = 2
PORTABLE_VERSION = 1

STROKE_MAGIC = b"CSs\x01"  # never the start of JSON


def _canonical_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()


def element_bytes(element: Element) -> bytes:
    """Canonical bytes of one element: a stroke record for strokes, else JSON (stable
    key order, no spaces). Equal elements always give equal bytes."""
    if isinstance(element, Stroke):
        return stroke_record(element)
    return _canonical_json(element.to_dict())


def stroke_record(stroke: Stroke) -> bytes:
    """STROKE_MAGIC, the length of the JSON header (uint32, little-endian), the header
    (the stroke's fields but its points), then the points rounded as in `to_dict`, as
    little-endian doubles x0, y0, p0, x1, …"""
    data = stroke.to_dict()
    points = array("d", data.pop("points"))
    if sys.byteorder != "little":
        points.byteswap()
    header = _canonical_json(data)
    return STROKE_MAGIC + len(header).to_bytes(4, "little") + header + points.tobytes()


def _stroke_from_record(data: bytes) -> Stroke:
    size = int.from_bytes(data[4:8], "little")
    # Decoded as text first: json.loads on bytes guesses their encoding each time, and
    # a drawing opens thousands of these (the header is canonical JSON, so UTF-8).
    header = json.loads(data[8 : 8 + size].decode())
    points = array("d")
    points.frombytes(data[8 + size :])  # ValueError when cut short
    if sys.byteorder != "little":
        points.byteswap()
    if header.get("kind") != "stroke":
        raise ValueError("a stroke record that is not a stroke")
    header["points"] = PointList.adopt(points)  # the array is the stroke's, not copied
    return Stroke.from_dict(header)


def blob_key(data: bytes) -> str:
    """Plain content address of element and asset blobs (an encrypted library keys
    its addresses instead: storage/codec.py `content_key`)."""
    return hashlib.sha256(data).hexdigest()[:32]


class DocumentFormatProblem(ValueError):
    """The stored data is not a document this version understands; `newer` when a newer
    version wrote it (storage turns this into a StorageProblem the person reads)."""

    def __init__(self, message: str, *, newer: bool = False) -> None:
        super().__init__(message)
        self.newer = newer


def build_manifest(
    doc: ContainerDocument, element_keys: list[str], asset_keys: list[str] | None = None
) -> dict[str, Any]:
    """The manifest for `doc`, given the blob keys of its elements in order and of its
    assets (by default their asset ids, which are their plain content addresses)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "canvas": list(doc.canvas_size),
        "elements": element_keys,
        "assets": sorted(doc.used_assets()) if asset_keys is None else sorted(asset_keys),
    }


def check_manifest(manifest: dict[str, Any]) -> None:
    """Refuse manifests from another format or a newer format version."""
    if manifest.get("format") != FORMAT_NAME:
        raise DocumentFormatProblem("This is not a Container Studio document.")
    version = manifest.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DocumentFormatProblem(
            "This container was made with a newer Container Studio; "
            "please open it there, or update this one.",
            newer=True,
        )


def element_from_bytes(data: bytes) -> Element:
    if data[:4] == STROKE_MAGIC:
        return _stroke_from_record(data)
    return element_from_dict(json.loads(data))


def document_to_dict(doc: ContainerDocument) -> dict[str, Any]:
    """Self-contained JSON-able form (used by portable files and tests)."""
    return {
        "format": FORMAT_NAME,
        "version": PORTABLE_VERSION,
        "canvas": list(doc.canvas_size),
        "elements": [e.to_dict() for e in doc],
    }


def document_from_dict(data: dict[str, Any], assets: dict[str, bytes]) -> ContainerDocument:
    check_manifest(data)
    doc = ContainerDocument(canvas_size=tuple(data["canvas"]))
    doc.load([element_from_dict(e) for e in data["elements"]], assets)
    return doc
