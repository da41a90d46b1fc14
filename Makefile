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

# Scores the dev set in ../shared/eval (the only target that reads ../shared).
# --no-cache: rules change while being worked on without a RULES_VERSION bump; always score fresh output.
eval: $(STAMP)
	@test -d $(SHARED)/eval/dev || { echo "make eval needs $(SHARED)/eval/dev beside the clone"; exit 1; }
	@mkdir -p $(EVAL_OUT)
	$(BIN)/vnhrc extract $(SHARED)/eval/dev/docs --format jsonl --no-cache -o $(EVAL_OUT)/claims.jsonl
	$(BIN)/vnhrc tags $(SHARED)/eval/dev/docs --format jsonl --no-cache -o $(EVAL_OUT)/tags.jsonl
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.jsonl $(EVAL_OUT)/claims.jsonl
	$(BIN)/python $(SHARED)/eval/score_tags.py $(SHARED)/eval/dev/gold.jsonl $(EVAL_OUT)/tags.jsonl

bench: $(DEV_STAMP)
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) $(EVAL_OUT) .pytest_cache .ruff_cache

# Scores the invented, hand-annotated sets in eval/extra with the scorers in ../shared/eval.
eval-extra: $(STAMP)
	@test -f $(SHARED)/eval/score.py || { echo "make eval-extra needs $(SHARED)/eval beside the clone"; exit 1; }
	@mkdir -p $(EVAL_OUT)
	@for s in a b c d e; do \
	  echo "== eval/extra/$$s"; \
	  $(BIN)/vnhrc extract eval/extra/$$s/docs --no-cache --format jsonl -o $(EVAL_OUT)/extra-$$s-claims.jsonl || exit 1; \
	  $(BIN)/vnhrc tags eval/extra/$$s/docs --no-cache --format jsonl -o $(EVAL_OUT)/extra-$$s-tags.jsonl || exit 1; \
	  $(BIN)/python $(SHARED)/eval/score.py eval/extra/$$s/gold.jsonl $(EVAL_OUT)/extra-$$s-claims.jsonl; \
	  $(BIN)/python $(SHARED)/eval/score_tags.py eval/extra/$$s/gold.jsonl $(EVAL_OUT)/extra-$$s-tags.jsonl; \
	done
