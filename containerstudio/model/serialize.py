"""The document's serialized form: versioned, documented in docs/document-format.md.

A document is stored as a *manifest* (header plus the ordered element keys) and one
blob per element and per asset, each addressed by the hash of its bytes. Two versions
that share elements share their blobs, so a version costs what changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from containerstudio.model.document import ContainerDocument
from containerstudio.model.elements import Element, element_from_dict

FORMAT_NAME = "containerstudio.document"
FORMAT_VERSION = 1


def element_bytes(element: Element) -> bytes:
    """Canonical JSON bytes of one element (stable key order, no spaces)."""
    return json.dumps(element.to_dict(), sort_keys=True, separators=(",", ":")).encode()


def blob_key(data: bytes) -> str:
    """Content address used for element and asset blobs."""
    return hashlib.sha256(data).hexdigest()[:32]


class DocumentFormatProblem(ValueError):
    """The stored data is not a document this version understands."""


def build_manifest(doc: ContainerDocument, element_keys: list[str]) -> dict[str, Any]:
    """The manifest for `doc`, given the blob keys of its elements in order."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "canvas": list(doc.canvas_size),
        "elements": element_keys,
        "assets": sorted(doc.used_assets()),
    }


def check_manifest(manifest: dict[str, Any]) -> None:
    """Refuse manifests from another format or a newer format version."""
    if manifest.get("format") != FORMAT_NAME:
        raise DocumentFormatProblem("This is not a Container Studio document.")
    version = manifest.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DocumentFormatProblem(
            "This container was made with a newer Container Studio; "
            "please open it there, or update this one."
        )


def element_from_bytes(data: bytes) -> Element:
    return element_from_dict(json.loads(data))


def document_to_dict(doc: ContainerDocument) -> dict[str, Any]:
    """Self-contained JSON-able form (used by portable files and tests)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "canvas": list(doc.canvas_size),
        "elements": [e.to_dict() for e in doc],
    }


def document_from_dict(data: dict[str, Any], assets: dict[str, bytes]) -> ContainerDocument:
    check_manifest(data)
    doc = ContainerDocument(canvas_size=tuple(data["canvas"]))  # type: ignore[arg-type]
    doc.load([element_from_dict(e) for e in data["elements"]], assets)
    return doc
