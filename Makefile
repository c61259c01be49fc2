# Quick start: `make run` and `make test`. Each sets up .venv on a fresh machine (Python >= 3.11 and make).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := corpus/articles/krasia-tiktok-us-ecommerce-2024.txt

.PHONY: run test setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/claimgraph extract $(SAMPLE) --date 2024-06-10 --format table

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/newsquant.py --data ../shared/newsquant/newsquant-dev.json

clean:
	rm -rf $(VENV) build dist src/*.egg-info
