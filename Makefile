# Two entry points on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench venv venv-test clean

$(BIN)/python:
	@echo "newsbrief: creating the virtualenv $(VENV) ..."
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip

# Stamps depend on pyproject.toml so an edited dependency list reinstalls.
# The default install is light (Scrapy, trafilatura, lxml...: the extractive brief); the
# model stack is the `models` extra, installed for the tests.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	@echo "newsbrief: installing newsbrief and its dependencies into $(VENV) (first run: about a minute) ..."
	@$(BIN)/python -m pip install -q -e .
	@touch $@
	@echo "newsbrief: installed."

# torch first, pinned: the CPU wheel (from the local wheel cache when there is one); the
# `models` extra would otherwise resolve it on the index (a multi-GB CUDA build).
$(VENV)/.installed-test: $(VENV)/.installed
	@echo "newsbrief: installing the model stack (torch CPU, transformers) and the test tools ..."
	@$(BIN)/python -m pip install -q torch==2.13.0
	@$(BIN)/python -m pip install -q -e '.[models,test]'
	@touch $@
	@echo "newsbrief: test tools installed."

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

demo: venv
	@$(BIN)/newsbrief demo

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
	$(BIN)/mypy --strict pipeline spiders

# The full per-page path (decode, extract, normalize, language, metadata) against trafilatura
# with metadata on the same pages, >= 3x and no page over 1 s (needs ../shared/eval or CORPUS=dir),
# made-up huge pages just under max_elements (printed), then `newsbrief crawl` against a bare Scrapy spider on a loopback site, and crawl / process
# memory (about 25 minutes on 2 cores; CRAWL_BENCH=--quick for a short run), then the figure
# check at 50, 200 and 500 articles (under a minute).
CORPUS ?= ../shared/eval/extraction
CRAWL_BENCH ?=
bench: venv
	$(BIN)/python benchmarks/extraction/bench.py $(CORPUS) --min-ratio 3 --max-page-seconds 1
	$(BIN)/python benchmarks/extraction/hugepages.py --at-cap
	$(BIN)/python benchmarks/crawl/bench.py $(CRAWL_BENCH)
	$(BIN)/python benchmarks/figures/bench.py --max-seconds 10 --max-exponent 1.3

clean:
	rm -rf $(VENV) build *.egg-info
