"""The portable container file: one zip holding a container, its chosen versions,
photos and slips, in the documented format (docs/portable-format.md).

`write_portable` turns a `PortableContainer` into bytes; `read_portable` turns bytes
back into one, checking everything before anything is built: the file's size, the
number, names, sizes and compression ratios of its entries (no path that could point
outside, no zip bomb, no header that lies about a size), the format and its version,
every entry's SHA-256, every document (each element through the one element reader),
every photo (decoded within a pixel limit) and every slip. A file that fails any of
these is refused with an `ExchangeProblem`; nothing is half-read into the library.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import re
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from containerstudio.exchange.problem import ExchangeKind, ExchangeProblem
from containerstudio.model.document import ContainerDocument, asset_id_for
from containerstudio.model.serialize import (
    DocumentFormatProblem,
    document_from_dict,
    document_to_dict,
)
from containerstudio.model.slips import SLIP_KINDS, Slip
from containerstudio.storage.portable_write import PortableContainer, PortableVersion

FORMAT_NAME = "containerstudio.portable"
FORMAT_VERSION = 1
MANIFEST_NAME = "portable.json"
SUFFIX = ".csportable"

# Limits: far above what a person makes, far below what would harm the computer.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 4000
MAX_ENTRY_BYTES = 96 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_VERSIONS = 2000
MAX_ELEMENTS = 200_000
MAX_SLIPS = 500
MAX_TEXT = 20_000  # characters of a title, name, note or slip
MAX_CANVAS_SIDE = 20_000
MAX_PICTURE_PIXELS = 80_000_000
MAX_SLIP_POINTS = 20_000

VERSION_KINDS = ("named", "step", "auto", "restore")
_NAME = re.compile(r"portable\.json|documents/(working|\d{4,6})\.json|assets/[0-9a-f]{32}")


# -- writing ---------------------------------------------------------------------------
def write_portable(container: PortableContainer) -> bytes:
    """The portable file's bytes: the manifest first, then documents and pictures."""
    entries: dict[str, bytes] = {}
    assets: dict[str, bytes] = {}
    version_rows = []
    for version in container.versions:
        name = f"documents/{version.number:04d}.json"
        entries[name] = _json_bytes(document_to_dict(version.doc))
        assets.update(version.doc.used_assets())
        version_rows.append(
            {
                "number": version.number,
                "name": version.name,
                "kind": version.kind,
                "note": version.note,
                "created_at": version.created_at.isoformat(timespec="seconds"),
                "document": name,
            }
        )
    working = None
    if container.working is not None:
        working = "documents/working.json"
        entries[working] = _json_bytes(document_to_dict(container.working))
        assets.update(container.working.used_assets())
    for aid, data in sorted(assets.items()):
        entries[f"assets/{aid}"] = data
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "container": {
            "title": container.title,
            "created_at": container.created_at.isoformat(timespec="seconds"),
            "closed": container.lid_closed,
        },
        "versions": version_rows,
        "working": working,
        "slips": [_slip_row(slip) for slip in container.slips],
        "entries": {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in entries.items()
        },
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        _add(archive, MANIFEST_NAME, _json_bytes(manifest), compress=True)
        for name, data in entries.items():
            _add(archive, name, data, compress=not name.startswith("assets/"))
    return out.getvalue()


def _add(archive: zipfile.ZipFile, name: str, data: bytes, *, compress: bool) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no clock in the file
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    archive.writestr(info, data)


def _json_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _slip_row(slip: Slip) -> dict[str, Any]:
    return {
        "uid": slip.uid,
        "kind": slip.kind,
        "words": slip.text,
        "folded": slip.folded,
        "drawing": [[list(point) for point in line] for line in slip.drawing],
    }


# -- reading ---------------------------------------------------------------------------
def read_portable(data: bytes, name: str = "portable file") -> PortableContainer:
    """Check a portable file completely and return what it holds; ExchangeProblem
    (naming `name`, the file's own name) for anything damaged, hostile or too large."""
    return _Reader(data, name).read()


class _Reader:
    def __init__(self, data: bytes, name: str) -> None:
        self.data = data
        self.name = name

    def problem(self, kind: ExchangeKind, **data: str | int) -> ExchangeProblem:
        return ExchangeProblem(kind, name=self.name, **data)

    def damaged(self, detail: str) -> ExchangeProblem:
        return self.problem(ExchangeKind.DAMAGED, detail=detail)

    def read(self) -> PortableContainer:
        if len(self.data) > MAX_FILE_BYTES:
            raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{MAX_FILE_BYTES >> 20} MB")
        try:
            archive = zipfile.ZipFile(io.BytesIO(self.data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise self.problem(ExchangeKind.NOT_PORTABLE) from None
        with archive:
            infos = self._check_entries(archive)
            manifest = self._manifest(archive, infos)
            listed = self._listed_entries(manifest, infos)
            contents = {name: self._entry(archive, infos[name], meta) for name, meta in listed}
        return self._container(manifest, contents)

    # -- the zip's directory -----------------------------------------------------
    def _check_entries(self, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{MAX_ENTRIES} entries")
        found: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            if not _NAME.fullmatch(info.filename):
                raise self.damaged("an entry with a name this format does not use")
            if info.filename in found:
                raise self.damaged("an entry named twice")
            if info.flag_bits & 0x1:
                raise self.damaged("an entry locked with a password")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.damaged("an entry packed in an unknown way")
            if info.file_size > MAX_ENTRY_BYTES:
                raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{MAX_ENTRY_BYTES >> 20} MB")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
                1, info.compress_size
            ):
                raise self.problem(ExchangeKind.TOO_LARGE, limit=f"a ratio of {MAX_RATIO}")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{MAX_TOTAL_BYTES >> 20} MB")
            found[info.filename] = info
        if MANIFEST_NAME not in found:
            raise self.problem(ExchangeKind.NOT_PORTABLE)
        return found

    def _read_entry(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
        """The entry's bytes, never more than its declared size (a header that lies
        about it is damage, not an invitation to keep reading)."""
        if info.file_size > limit:
            raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{limit >> 20} MB")
        try:
            with archive.open(info) as fh:
                data = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            raise self.damaged("an entry that cannot be unpacked") from None
        except Exception:  # zlib.error and the like: the same damage, said the same way
            raise self.damaged("an entry that cannot be unpacked") from None
        if len(data) != info.file_size:
            raise self.damaged("an entry whose size is not what it says")
        return data

    def _manifest(
        self, archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]
    ) -> dict[str, Any]:
        raw = self._read_entry(archive, infos[MANIFEST_NAME], MAX_MANIFEST_BYTES)
        manifest = _load_json(raw)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
            raise self.problem(ExchangeKind.NOT_PORTABLE)
        version = manifest.get("version")
        if type(version) is not int or version < 1:
            raise self.problem(ExchangeKind.NOT_PORTABLE)
        if version > FORMAT_VERSION:
            raise self.problem(ExchangeKind.NEWER_FORMAT)
        return manifest

    def _listed_entries(
        self, manifest: dict[str, Any], infos: dict[str, zipfile.ZipInfo]
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        entries = manifest.get("entries")
        if not isinstance(entries, dict):
            raise self.damaged("no list of entries")
        if set(entries) != set(infos) - {MANIFEST_NAME}:
            raise self.damaged("entries missing or not listed")
        listed = []
        for name, meta in entries.items():
            ok = (
                isinstance(meta, dict)
                and type(meta.get("size")) is int
                and isinstance(meta.get("sha256"), str)
            )
            if not ok or meta["size"] != infos[name].file_size:
                raise self.damaged("an entry whose size is not what the list says")
            listed.append((name, meta))
        return iter(listed)

    def _entry(
        self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, meta: dict[str, Any]
    ) -> bytes:
        data = self._read_entry(archive, info, MAX_ENTRY_BYTES)
        if hashlib.sha256(data).hexdigest() != meta["sha256"]:
            raise self.damaged("an entry whose fingerprint does not match")
        return data

    # -- what the entries hold --------------------------------------------------
    def _container(self, manifest: dict[str, Any], contents: dict[str, bytes]) -> PortableContainer:
        head = manifest.get("container")
        if not isinstance(head, dict):
            raise self.damaged("no container in it")
        prefix = "assets/"
        assets = {n[len(prefix) :]: data for n, data in contents.items() if n.startswith(prefix)}
        for aid, data in assets.items():
            if asset_id_for(data) != aid:
                raise self.damaged("a picture whose name does not match its bytes")
            self._check_picture(data)
        rows = manifest.get("versions")
        if not isinstance(rows, list) or len(rows) > MAX_VERSIONS:
            raise self.damaged("a list of versions this format does not know")
        versions = []
        numbers: set[int] = set()
        used: set[str] = set()
        for row in rows:
            version = self._version(row, contents, assets)
            if version.number in numbers:
                raise self.damaged("a version numbered twice")
            numbers.add(version.number)
            used.update(version.doc.used_assets())
            versions.append(version)
        versions.sort(key=lambda v: v.number)
        working_name = manifest.get("working")
        working = None
        if working_name is not None:
            if working_name != "documents/working.json" or working_name not in contents:
                raise self.damaged("a working copy that is not there")
            working = self._document(contents[working_name], assets)
            used.update(working.used_assets())
        documents = {row["document"] for row in rows} | ({working_name} - {None})
        if {n for n in contents if n.startswith("documents/")} != documents:
            raise self.damaged("a drawing no version names")
        if set(assets) != used:
            raise self.damaged("a picture no drawing uses")
        slips = manifest.get("slips")
        if not isinstance(slips, list) or len(slips) > MAX_SLIPS:
            raise self.damaged("a list of slips this format does not know")
        return PortableContainer(
            title=self._text(head.get("title"), optional=False) or "",
            created_at=self._time(head.get("created_at")),
            lid_closed=self._flag(head.get("closed")),
            versions=tuple(versions),
            working=working,
            slips=self._slips(slips),
        )

    def _version(
        self, row: object, contents: dict[str, bytes], assets: dict[str, bytes]
    ) -> PortableVersion:
        if not isinstance(row, dict):
            raise self.damaged("a version this format does not know")
        number, kind, document = row.get("number"), row.get("kind"), row.get("document")
        if type(number) is not int or not 1 <= number <= 10**6 or kind not in VERSION_KINDS:
            raise self.damaged("a version this format does not know")
        if document != f"documents/{number:04d}.json" or document not in contents:
            raise self.damaged("a version whose drawing is not there")
        return PortableVersion(
            number=number,
            name=self._text(row.get("name")),
            kind=str(kind),
            note=self._text(row.get("note")),
            created_at=self._time(row.get("created_at")),
            doc=self._document(contents[document], assets),
        )

    def _document(self, raw: bytes, assets: dict[str, bytes]) -> ContainerDocument:
        data = _load_json(raw)
        ok = isinstance(data, dict) and isinstance(data.get("elements"), list)
        if not ok or len(data["elements"]) > MAX_ELEMENTS:
            raise self.damaged("a drawing this format does not know")
        canvas = data.get("canvas")
        if (
            not isinstance(canvas, list)
            or len(canvas) != 2
            or not all(type(side) is int and 1 <= side <= MAX_CANVAS_SIDE for side in canvas)
        ):
            raise self.damaged("a drawing of a size this format does not know")
        try:
            doc = document_from_dict(data, assets)
        except DocumentFormatProblem as exc:
            if exc.newer:
                raise self.problem(ExchangeKind.NEWER_FORMAT) from None
            raise self.damaged("a drawing this format does not know") from None
        except Exception:  # an element that its own reader refuses, of whatever kind
            raise self.damaged("a drawing with a part this version cannot read") from None
        elements = doc.elements()
        if len({e.id for e in elements}) != len(data["elements"]):
            raise self.damaged("a drawing with a part named twice")
        for element in elements:
            for aid in element.asset_ids():
                if aid not in assets:
                    raise self.damaged("a drawing whose picture is not there")
            try:
                bounds = element.bounds()
            except Exception:  # a part whose own reader took it but cannot place it
                raise self.damaged("a drawing with a part out of any page") from None
            if not all(math.isfinite(v) for v in bounds):
                raise self.damaged("a drawing with a part out of any page")
        return doc

    def _check_picture(self, data: bytes) -> None:
        """Decode a photo or fill mask completely, within the pixel limit."""
        from PIL import Image

        from containerstudio.imaging.importer import sniff_format

        fmt = sniff_format(data)
        if fmt not in ("PNG", "JPEG"):
            raise self.damaged("a picture in a format this file does not use")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                with Image.open(io.BytesIO(data), formats=[fmt]) as im:
                    width, height = im.size
                    if not (0 < width * height <= MAX_PICTURE_PIXELS):
                        raise self.problem(ExchangeKind.TOO_LARGE, limit="80 megapixels")
                    im.load()
            except ExchangeProblem:
                raise
            except Exception:  # any decoder's complaint, bomb warnings included
                raise self.damaged("a picture that cannot be read") from None

    def _slips(self, rows: list[Any]) -> tuple[Slip, ...]:
        slips = []
        uids: set[str] = set()
        for row in rows:
            if not isinstance(row, dict):
                raise self.damaged("a slip this format does not know")
            uid, kind = row.get("uid"), row.get("kind")
            if not isinstance(uid, str) or not re.fullmatch(r"[0-9a-f]{1,32}", uid):
                raise self.damaged("a slip this format does not know")
            if kind not in SLIP_KINDS or uid in uids:
                raise self.damaged("a slip this format does not know")
            uids.add(uid)
            slips.append(
                Slip(
                    uid=uid,
                    kind=str(kind),
                    text=self._text(row.get("words")),
                    folded=self._flag(row.get("folded")),
                    drawing=self._slip_drawing(row.get("drawing")),
                )
            )
        return tuple(slips)

    def _slip_drawing(self, lines: object) -> tuple[tuple[tuple[float, float], ...], ...]:
        if not isinstance(lines, list):
            raise self.damaged("a slip drawing this format does not know")
        out = []
        count = 0
        for line in lines:
            if not isinstance(line, list):
                raise self.damaged("a slip drawing this format does not know")
            points = []
            for point in line:
                ok = (
                    isinstance(point, list)
                    and len(point) == 2
                    and all(type(v) in (int, float) and math.isfinite(v) for v in point)
                )
                if not ok:
                    raise self.damaged("a slip drawing this format does not know")
                points.append((float(point[0]), float(point[1])))
            count += len(points)
            if count > MAX_SLIP_POINTS:
                raise self.problem(ExchangeKind.TOO_LARGE, limit=f"{MAX_SLIP_POINTS} points")
            out.append(tuple(points))
        return tuple(out)

    def _text(self, value: object, *, optional: bool = True) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
            raise self.damaged("a text this format does not know")
        return value

    def _flag(self, value: object) -> bool:
        if type(value) is not bool:
            raise self.damaged("a choice this format does not know")
        return value

    def _time(self, value: object) -> dt.datetime:
        try:
            if not isinstance(value, str) or len(value) > 40:
                raise ValueError(value)
            found = dt.datetime.fromisoformat(value)
            if found.tzinfo is not None:  # stored times are local wall time, as written
                raise ValueError(value)
            return found.replace(microsecond=0)
        except ValueError:
            raise self.damaged("a time this format does not know") from None


def _load_json(raw: bytes) -> Any:
    """JSON without NaN or Infinity (which a drawing never holds), or damage."""

    def refuse(constant: str) -> Any:
        raise ValueError(constant)

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=refuse)
    except (ValueError, RecursionError):
        return None
