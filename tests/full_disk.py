"""A small disk of its own for tests that need a full disk or a read-only one.

Where the tests may mount (they run as root in CI), `small_disk` mounts a 256 KiB tmpfs:
`full()` then fills it to the last byte, so the kernel itself answers "no space left
on device"; `read_only()` remounts it read-only. Where mounting is not allowed, the same
folder is a plain one and `full()` holds a file-size limit of 0 bytes instead (the
kernel refuses every byte written, as a full disk does), `read_only()` takes the
folder's write permission away (which stops everyone but root).
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path


class SmallDisk:
    def __init__(self, root: Path, mounted: bool) -> None:
        self.root = root
        self.mounted = mounted
        self.folder = root / "data"
        self.folder.mkdir(mode=0o700)

    @contextlib.contextmanager
    def full(self) -> Iterator[None]:
        """While inside, not one more byte fits."""
        if not self.mounted:
            with _no_file_may_grow():
                yield
            return
        filler = self.root / "filler"
        with open(filler, "wb", buffering=0) as out:
            with contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * 4096)
            with contextlib.suppress(OSError):
                while True:  # the last few bytes
                    out.write(b"\0")
        try:
            yield
        finally:
            filler.unlink()

    @contextlib.contextmanager
    def read_only(self) -> Iterator[None]:
        """While inside, the folder takes no new file."""
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)
        else:
            os.chmod(self.folder, 0o500)
            assert not os.access(self.folder, os.W_OK), "no way to make a read-only folder here"
        try:
            yield
        finally:
            if self.mounted:
                subprocess.run(["mount", "-o", "remount,rw", str(self.root)], check=True)
            else:
                os.chmod(self.folder, 0o700)


@contextlib.contextmanager
def _no_file_may_grow() -> Iterator[None]:
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG, not a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, old_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)


@contextlib.contextmanager
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    root = tmp_path / "disk"
    root.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(root)]
    mounted = subprocess.run(mount, capture_output=True).returncode == 0
    try:
        yield SmallDisk(root, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], capture_output=True)
