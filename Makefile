# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_a49a3aed5de85223.txt

.PHONY: run test install dev lint format clean train-checkworthiness bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

dev: $(VENV)/.installed-dev

run: install
	$(BIN)/verify check $(SEED)

test: dev
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

train-checkworthiness: dev
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train_checkworthiness.py --data data/checkthat2024-en --out verify/checkworthiness/model

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
