# Two commands matter: `make run` and `make test` (see README.md).
# Each creates or reuses a project-local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-core test-ui lint typecheck bench bench-quick clean sysdeps translations screenshots

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

sysdeps:
	@bash packaging/check-system-libs.sh

run: sysdeps $(STAMP)
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
CORE_TESTS := tests/model tests/flow tests/storage tests/export tests/imaging tests/test_wording.py \
	tests/test_one_definition.py tests/test_element_kinds.py
test-core: $(STAMP)
	$(PY) tests/without_qt.py $(CORE_TESTS)

test-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(addprefix --ignore=,$(CORE_TESTS))

# Each test runs once: the core's without Qt, everything else with it.
test: sysdeps lint typecheck test-core test-ui

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --quick

# English plural forms for the "%n …(s)" strings: update the .ts from the code, write the
# forms into it by hand, then compile it (the .qm is committed; a test checks it is current).
TS := resources/translations/containerstudio_en.ts
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -pluralonly -no-obsolete -locations none \
		$$(grep -rl '%n' containerstudio --include='*.py') -ts $(TS) -target-language en
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)

# The README's pictures: the real app offscreen on a fresh data folder, a sample container
# made through its own code, then a check that each image shows the window's parts.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
