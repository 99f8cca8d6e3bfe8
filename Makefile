# Two entry points on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench venv venv-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Stamps depend on pyproject.toml so an edited dependency list reinstalls.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

demo: venv
	$(BIN)/newsbrief demo

# The layering contracts (pyproject.toml [tool.importlinter]) first: a cycle or an upward
# import fails the build before any test runs.
test: venv-test
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

# Not part of `make test` (mypy --strict takes about two minutes on 2 cores).
lint: venv-test
	$(BIN)/python -m pip install -q -e '.[lint]'
	$(BIN)/ruff check pipeline spiders tests benchmarks
	$(BIN)/ruff format --check pipeline spiders tests benchmarks
	$(BIN)/mypy --strict pipeline

# The full per-page path (decode, extract, normalize, language, metadata) against trafilatura
# with metadata on the same pages, >= 3x and no page over 1 s (needs ../shared/eval or CORPUS=dir),
# then `newsbrief crawl` against a bare Scrapy spider on a loopback site, and crawl / process
# memory (about 25 minutes on 2 cores; CRAWL_BENCH=--quick for a short run), then the figure
# check at 50, 200 and 500 articles (under a minute).
CORPUS ?= ../shared/eval/extraction
CRAWL_BENCH ?=
bench: venv
	$(BIN)/python benchmarks/extraction/bench.py $(CORPUS) --min-ratio 3 --max-page-seconds 1
	$(BIN)/python benchmarks/crawl/bench.py $(CRAWL_BENCH)
	$(BIN)/python benchmarks/figures/bench.py --max-seconds 10 --max-exponent 1.3

clean:
	rm -rf $(VENV) build *.egg-info
