# Two commands matter: `make run` and `make test` (see README.md).
# Each creates or reuses a project-local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-core test-ui lint typecheck bench bench-quick clean sysdeps translations \
	validators icons install-desktop uninstall-desktop dist standalone screenshots qm

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) scripts/translations.py compile
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

sysdeps:
	@bash packaging/check-system-libs.sh

# desktop-file-validate and appstreamcli for tests/packaging (installed as root, or named).
validators:
	@bash packaging/check-validators.sh

run: sysdeps $(STAMP) qm
	$(VENV)/bin/containerstudio

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# Strict on the Qt-free core, every function body checked in ui (see [tool.mypy]);
# its cache in .mypy_cache keeps a re-run to seconds.
typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The core's tests (and the Qt-free top-level ones) with PySide6 unimportable: they pass
# without Qt, so the core never needs it. The rest of the suite runs with Qt (test-ui).
CORE_TESTS := tests/model tests/flow tests/storage tests/export tests/imaging tests/exchange tests/test_wording.py \
	tests/test_one_definition.py tests/test_element_kinds.py
test-core: $(STAMP)
	$(PY) tests/without_qt.py $(CORE_TESTS)

test-ui: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(addprefix --ignore=,$(CORE_TESTS))

# Each test runs once: the core's without Qt, everything else with it.
test: sysdeps validators lint typecheck test-core test-ui

bench: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

bench-quick: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --quick

# The translations: `make translations` brings every catalogue (.ts) in step with the
# code (new texts marked unfinished, gone ones dropped); translate them in Qt Linguist or
# any editor. The compiled .qm files are not committed: the install step below, `run`
# and the tests compile them (scripts/translations.py; setup.py does it for a wheel).
TS_FILES := $(wildcard resources/translations/containerstudio_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py compile

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(PY) scripts/translations.py compile

qm: $(QM_FILES)

# -- Installing (issue 16; see README "Installing") ---------------------------------------
# An sdist and a wheel in dist/ (the wheel carries resources/ and prompts/, see setup.py).
dist: $(STAMP)
	$(PY) -m build --no-isolation --outdir dist .

# The desktop entry, AppStream metadata and icons for this user (XDG_DATA_HOME or
# ~/.local/share). The icons are drawn from the SVG at every size into $(ICONS); the
# entry runs the `containerstudio` on PATH, or this checkout's when there is none.
APP_ID := org.containerstudio.ContainerStudio
ICONS ?= build/icons
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
APP_COMMAND ?= $(or $(shell command -v containerstudio 2>/dev/null),$(abspath $(VENV))/bin/containerstudio)

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py $(ICONS) >/dev/null

install-desktop: icons
	mkdir -p "$(DATA_HOME)/applications" "$(DATA_HOME)/metainfo" "$(DATA_HOME)/icons"
	sed -e 's|^Exec=.*|Exec="$(APP_COMMAND)"|' -e 's|^TryExec=.*|TryExec=$(APP_COMMAND)|' \
		packaging/$(APP_ID).desktop > "$(DATA_HOME)/applications/$(APP_ID).desktop"
	cp packaging/$(APP_ID).metainfo.xml "$(DATA_HOME)/metainfo/"
	cp -R "$(ICONS)/hicolor" "$(DATA_HOME)/icons/"
	-command -v update-desktop-database >/dev/null && update-desktop-database -q "$(DATA_HOME)/applications"
	@echo "Container Studio is in your applications menu ($(DATA_HOME))."

uninstall-desktop:
	rm -f "$(DATA_HOME)/applications/$(APP_ID).desktop" "$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml"
	rm -f "$(DATA_HOME)"/icons/hicolor/*/apps/$(APP_ID).png "$(DATA_HOME)"/icons/hicolor/scalable/apps/$(APP_ID).svg

# A standalone Linux app in dist/containerstudio/ (PyInstaller, packaging/containerstudio.spec),
# then started offscreen once on an empty data folder and closed again.
standalone: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/containerstudio.spec
	@check=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen dist/containerstudio/containerstudio \
		--data-dir "$$check/data" --quit-when-ready && rm -rf "$$check" \
		&& echo "dist/containerstudio/containerstudio started and closed cleanly."

# The README's pictures: the real app offscreen on a fresh data folder, a sample container
# made through its own code, then a check that each image shows the window's parts.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
