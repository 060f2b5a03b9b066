# Broadsheet: `make run` serves the demo newspaper, `make test` runs the whole suite.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PORT ?= 8000
HOST ?= 127.0.0.1
export BROADSHEET_DATA_DIR ?= $(CURDIR)/var

# A Python 3.12+ interpreter: $(PYTHON) if given, else the first one found on PATH or under pyenv.
PYTHON ?= $(shell scripts/find-python)
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help run test install lint format test-sqlite test-postgres demo worker clean

help:
	@echo "make run    install, load the demo newspaper and serve it at http://$(HOST):$(PORT)"
	@echo "make test   install and run the whole test suite (SQLite and PostgreSQL)"
	@echo "make lint   ruff check and format check"

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
	  echo "error: Broadsheet needs Python 3.12 or newer, and none was found." >&2; \
	  echo "       Install one (python3.13, python3.12 or a pyenv version) or name it: make PYTHON=/path/to/python3.12 ..." >&2; \
	  exit 1; fi
	@"$(PYTHON)" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || \
	  { echo "error: $(PYTHON) is older than Python 3.12." >&2; exit 1; }
	"$(PYTHON)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

run: install
	scripts/run-demo

demo: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(PY) manage.py load_demo

worker: install
	$(PY) manage.py run_processes

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: install
	scripts/run-tests

test-sqlite: install
	DATABASE_URL= $(VENV)/bin/pytest

test-postgres: install
	DATABASE_URL=$${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/broadsheet} $(VENV)/bin/pytest -m "not browser"

clean:
	rm -rf $(VENV) var static_collected test-artifacts
