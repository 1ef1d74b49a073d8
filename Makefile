# Two commands matter: `make run` and `make test` (see README.md).
# Each creates or reuses a project-local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-core test-ui lint typecheck bench bench-quick clean sysdeps translations qm

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
CORE_TESTS := tests/model tests/flow tests/storage tests/export tests/imaging tests/test_wording.py \
	tests/test_one_definition.py tests/test_element_kinds.py
test-core: $(STAMP)
	$(PY) tests/without_qt.py $(CORE_TESTS)

test-ui: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(addprefix --ignore=,$(CORE_TESTS))

# Each test runs once: the core's without Qt, everything else with it.
test: sysdeps lint typecheck test-core test-ui

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

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
