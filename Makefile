# Two commands matter: `make run` and `make test` (see README.md).
# Each creates or reuses a project-local virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench bench-quick clean sysdeps translations

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

test: sysdeps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

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

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
