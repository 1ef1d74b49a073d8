"""Acceptance (foundation 4; issue 14, 1): the core never loads Qt; the import contracts
hold and cover every package and root module."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_packages_import_without_pyside6():
    code = (
        "import sys\n"
        "import containerstudio.model, containerstudio.flow, containerstudio.storage\n"
        "import containerstudio.export, containerstudio.imaging, containerstudio.cli.main\n"
        "import pkgutil, importlib\n"
        "for pkg in ('model', 'flow', 'storage', 'export', 'imaging', 'exchange'):\n"
        "    mod = importlib.import_module('containerstudio.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not loaded, loaded\n"
        "print('clean')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "clean"


def test_import_linter_contracts_pass():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert exe, "import-linter is part of the test extra"
    out = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Contracts: 3 kept, 0 broken." in out.stdout


def _layer_names(contract: dict) -> set[str]:
    """The modules a layers contract names (siblings split on `|` and `:`)."""
    names = set()
    for layer in contract["layers"]:
        names.update(n.strip() for n in re.split(r"[|:]", layer))
    return names


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _children(package: Path) -> set[str]:
    """The subpackages and modules directly in `package` (its __init__ aside)."""
    return {
        p.stem
        for p in package.iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").is_file()
    }


def test_the_layers_name_every_package_and_root_module():
    """A new root module or ui folder must find its layer: nothing escapes the contracts."""
    contracts = _contracts()
    top = next(c for c in contracts if c["type"] == "layers" and "containers" not in c)
    named = {n.removeprefix("containerstudio.") for n in _layer_names(top)}
    assert named == _children(ROOT / "containerstudio")
    ui = next(c for c in contracts if c.get("containers") == ["containerstudio.ui"])
    assert _layer_names(ui) == _children(ROOT / "containerstudio" / "ui")


# Our own modules that only later actions need; they load when first used.
LOADED_ON_FIRST_USE = (
    "containerstudio.imaging",
    "containerstudio.services.session_export",
    "containerstudio.storage.trash",
    "containerstudio.ui.export.dialog",
    "containerstudio.ui.library.group_print_dialog",
    "containerstudio.ui.safety.grounding_dialog",
    "containerstudio.ui.library.dialog",
    "containerstudio.ui.versions.replay_dialog",
    "containerstudio.ui.versions.dialogs",
)


def test_starting_the_window_leaves_heavy_libraries_unloaded(tmp_path):
    """Start-up pays only for Qt and the library: exports, imaging and migrations load
    when first used (see benchmarks/startup.py)."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from containerstudio.storage.database import open_database\n"
        "from containerstudio.storage.library import Library\n"
        "from containerstudio.ui.kit.background import BackgroundWork\n"
        "from containerstudio.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(BackgroundWork(), Library(open_database(Path(sys.argv[1]))))\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('reportlab', 'numpy', 'PIL', 'alembic', 'pypdfium2')\n"
        f"later = {LOADED_ON_FIRST_USE!r}\n"
        "print(sorted(m for m in heavy + later if m in sys.modules))\n"
    )
    from containerstudio.storage.database import open_database

    open_database(tmp_path).close()  # an existing, current library, as on most starts
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_core_tests_run_where_qt_cannot_be_imported(tmp_path):
    """`make test-core` runs the core's tests where `import PySide6` fails: a test that
    needs Qt fails there, one that needs only the core passes."""
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        "def test_needs_qt():\n"
        "    import PySide6.QtCore  # noqa: F401\n"
        "\n"
        "def test_needs_the_core_only():\n"
        "    import containerstudio.storage.library  # noqa: F401\n"
        "    import containerstudio.export.session_pdf  # noqa: F401\n"
    )
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(ROOT), "-p", "no:cacheprovider"]
    out = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "without_qt.py"), str(probe), "-q", "-rA", *config],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1, out.stdout + out.stderr
    assert "FAILED" in out.stdout and "test_needs_qt - ModuleNotFoundError" in out.stdout
    assert "PASSED" in out.stdout and "test_needs_the_core_only" in out.stdout
    assert "1 failed, 1 passed" in out.stdout
