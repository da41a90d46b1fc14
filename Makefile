# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
SHARED ?= ../shared
EVAL_OUT := .eval

.PHONY: run test lint eval eval-extra bench clean

# Reinstall only when the project's declared dependencies change. `make run` installs what running needs;
# `make test` (and the targets that measure) add the dev and dask extras.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/vnhrc extract seeds/ --format table

lint: $(DEV_STAMP)
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest -q

# Scores every evaluation set that is there (dev, ../shared/eval/real, eval/extra/*, PolNeAR dev) in one table.
# The only targets that read ../shared are eval and eval-extra. --no-cache inside: always score fresh output.
eval: $(STAMP)
	@test -f $(SHARED)/eval/score.py || { echo "make eval needs $(SHARED)/eval beside the clone"; exit 1; }
	$(BIN)/python eval/evaluate.py --shared $(SHARED) --out $(EVAL_OUT)

bench: $(DEV_STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) $(EVAL_OUT) .pytest_cache .ruff_cache

# PolNeAR train too (about ten minutes): for mining errors, never for tuning on dev.
eval-extra: $(STAMP)
	@test -f $(SHARED)/eval/score.py || { echo "make eval-extra needs $(SHARED)/eval beside the clone"; exit 1; }
	$(BIN)/python eval/evaluate.py --shared $(SHARED) --out $(EVAL_OUT) --sets polnear-train
