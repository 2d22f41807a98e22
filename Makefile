# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Training needs torch and transformers; they live in their own environment
# so that the run-time one stays lean (spaCy's thinc imports torch when it can,
# which alone triples the time `import spacy` takes).
TRAIN_VENV ?= .venv-train
TRAIN_BIN := $(TRAIN_VENV)/bin
SEED := seeds/000_a49a3aed5de85223.txt

.PHONY: run test install dev lint format clean train-checkworthiness test-training bench

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

$(TRAIN_BIN)/python:
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_BIN)/python -m pip install --quiet --upgrade pip

train-checkworthiness: $(TRAIN_BIN)/python
	# torch 2.13.0 first: the CPU build this machine keeps on disk (an unpinned
	# torch would pull a CUDA build of several GB).
	$(TRAIN_BIN)/python -m pip install --quiet 'torch==2.13.0'
	$(TRAIN_BIN)/python -m pip install --quiet -e '.[train]'
	$(TRAIN_BIN)/python scripts/train_checkworthiness.py --data data/checkthat2024-en \
		--out verify/checkworthiness/model --work-dir build/checkworthiness

# The training recipe end to end on a slice of the data (a few minutes; not part of `make test`).
test-training: $(TRAIN_BIN)/python
	$(TRAIN_BIN)/python -m pip install --quiet 'torch==2.13.0'
	$(TRAIN_BIN)/python -m pip install --quiet -e '.[train,test]'
	$(TRAIN_BIN)/pytest -q tests/test_checkworthiness_training.py

clean:
	rm -rf $(VENV) $(TRAIN_VENV) build *.egg-info .pytest_cache .ruff_cache
