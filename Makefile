# Korre Desktop: `make run` starts the app, `make test` runs ruff and the whole test suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test test-embedded test-server test-encrypted lint format demo bench forms translations dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(RUN_STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dist]"
	touch $@ $(RUN_STAMP)

## Start the app (the first start on a computer asks where to keep the data).
run: $(RUN_STAMP)
	$(BIN)/korre-desktop

## Ruff (lint and format check) and the whole pytest suite, offscreen, three times: on the
## embedded file, on an encrypted embedded file (SQLCipher; README "Encryption"), and on a
## throwaway PostgreSQL cluster the tests start and stop themselves (initdb/pg_ctl of the
## Debian package postgresql; see README "Server"). Each run spreads over the cores
## (pytest-xdist; one worker per core, at most four).
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --maxprocesses 4

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PYTEST)
	KORRE_TEST_ENGINE=sqlcipher $(PYTEST)
	KORRE_TEST_ENGINE=postgresql $(PYTEST)

## The suite on one engine only: make test-embedded / test-encrypted / test-server.
test-embedded: $(TEST_STAMP)
	$(PYTEST)

test-encrypted: $(TEST_STAMP)
	KORRE_TEST_ENGINE=sqlcipher $(PYTEST)

test-server: $(TEST_STAMP)
	KORRE_TEST_ENGINE=postgresql $(PYTEST)

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Fill the default database with demo data.
demo: $(RUN_STAMP)
	$(BIN)/korre-desktop demo

## Speed and scale measurements (JSON on stdout); see benchmarks/README.md.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

## Recompile ui/*.ui after editing them in Qt Designer.
forms: $(RUN_STAMP)
	$(BIN)/python scripts/compile_forms.py

## Update the Dutch and English .ts files from the sources and compile their .qm files.
translations: $(RUN_STAMP)
	$(BIN)/python scripts/translations.py

## PyInstaller one-folder build in dist/korre-desktop/, then a smoke test of the build.
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	$(BIN)/python scripts/smoke_dist.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
