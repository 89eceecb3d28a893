# The two commands of the README are `make brief` and `make test`; each sets up what it needs.
VENV := .venv
BIN := $(VENV)/bin
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup brief test lint typecheck pytest rules golden docs messages bench clean

setup:
	@bash scripts/setup.sh

brief: setup  ## output/brief.{pdf,html,md,json} from examples/articles/
	$(BIN)/factcheck check examples/articles --out output

test: setup lint typecheck rules pytest  ## everything CI runs

lint:
	$(BIN)/ruff check factcheck tests bench
	$(BIN)/ruff format --check factcheck tests bench

typecheck:
	$(BIN)/mypy
	$(BIN)/mypy tests bench

rules:
	$(BIN)/factcheck rules lint rules
	$(BIN)/factcheck rules test rules

pytest:
	$(BIN)/pytest -q

golden: setup  ## rewrite tests/golden/ from the current code; review the diff
	$(BIN)/python -m tests.golden_update

messages: setup  ## re-extract factcheck/locale/messages.pot; merge it into every messages.po
	$(BIN)/pybabel extract -F babel.cfg --add-location=file --sort-output --no-wrap \
		--project=factcheck --omit-header -o factcheck/locale/messages.pot .
	$(BIN)/pybabel update -i factcheck/locale/messages.pot -d factcheck/locale \
		--no-wrap --ignore-obsolete

docs: setup  ## rewrite docs/cli.md from the commands' help
	$(BIN)/python -m tests.cli_docs

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf output/brief.* .pytest_cache .mypy_cache .ruff_cache
