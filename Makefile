# Tidings — `make run` runs the bot, `make test` runs every test.
# The first use creates .venv and installs Tidings into it (Python 3.11+).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test lint bench quality clean clean-data

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)          ## run the bot with ./settings.toml (console output when no chat token is set)
	$(BIN)/tidings run

demo: $(STAMP)         ## one pass over the bundled snapshot feeds, digests printed here
	$(BIN)/tidings run --once --config bot/demo/settings.toml

test: $(STAMP)         ## the whole test suite, one worker per core (pytest -n 0: in one process)
	$(BIN)/python -m pytest -n auto --dist worksteal

lint: $(STAMP)         ## ruff format check and ruff (bot, adapters, tests, bench), mypy (bot, adapters)
	$(BIN)/ruff format --check bot adapters tests bench
	$(BIN)/ruff check bot adapters tests bench
	$(BIN)/mypy

bench: $(STAMP)        ## the benchmark (minutes); prints a table and writes bench/results/, then story clustering's precision/recall
	$(BIN)/python -m bench
	$(BIN)/python -m bench.cluster_eval

quality: $(STAMP)      ## reading-quality report: defects a reader would see, per class (seconds)
	$(BIN)/python -m bench.quality tests/data/corpus/realworld tests/data/feeds

clean:                 ## build output only: the virtualenv and caches (never the archive in data/)
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build *.egg-info

clean-data:            ## delete the default archive data/ (every stored article and delivery): on purpose only
	rm -rf data
