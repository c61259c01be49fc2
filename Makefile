# Quick start: `make run` and `make test`. Each sets up .venv on a fresh machine (Python >= 3.11 and make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TESTED := $(VENV)/.installed-test
SAMPLE := corpus/articles/krasia-tiktok-us-ecommerce-2024.txt

.PHONY: run test test-fast lint setup setup-test bench clean browser

# `make run` installs what running needs; the test tools (pytest, ruff, mypy, Dask, pandas, ...) come with
# the first `make test`.
setup: $(STAMP)
setup-test: $(TESTED)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TESTED): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TESTED)

run: setup
	$(BIN)/claimgraph extract $(SAMPLE) --date 2024-06-10 --format table

# CI runs everything: the linter and the type checker first (either failing fails the run), then every test.
test: lint browser
	$(BIN)/python -m pytest

# The inner loop: lint, then the tests not marked slow (under a minute).
test-fast: lint
	$(BIN)/python -m pytest -m "not slow"

lint: setup-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# The HTML report's browser test needs Chromium: Debian's package, installed here when missing (as root
# with apt-get); elsewhere that one test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the browser test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	      echo "could not install chromium: the browser test will be skipped"; \
	  else echo "chromium not found and not installable here: the browser test will be skipped"; fi

bench: setup-test
	$(BIN)/python bench/newsquant.py --data ../shared/newsquant/newsquant-dev.json

clean:
	rm -rf $(VENV) build dist src/*.egg-info
