# make run: set up .venv, build the seeds, write Turtle, TriG and the graph page.
# make test: lint, type-check and run the test suite.
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STORE := anoragraph-store
OUT := build

.PHONY: run test lint bench screenshot clean readme readme-examples

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/anoragraph build seeds --store $(STORE)
	$(BIN)/anoragraph export --store $(STORE) --format turtle -o $(OUT)/anora.ttl
	$(BIN)/anoragraph export --store $(STORE) --format trig -o $(OUT)/anora.trig
	$(BIN)/anoragraph viz --store $(STORE) -o $(OUT)/anora.html
	$(BIN)/anoragraph validate --store $(STORE)
	$(BIN)/anoragraph check --reference examples/reference/anora.ttl --store $(STORE)
	$(BIN)/anoragraph conflicts --store $(STORE)

screenshot: run
	$(BIN)/python bench/screenshot.py $(OUT)/anora.html docs/graph.png

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py
	$(BIN)/python bench/viz_scale.py

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(OUT) $(STORE)

readme: $(VENV)/.installed
	$(BIN)/python -m anoragraph.cli._reference README.md

# The README's example outputs, run on the store `make run` builds.
readme-examples: run
	$(BIN)/python -m anoragraph.cli._reference README.md --examples
