# The two commands a new user needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install demo messages compilemessages screenshots lint format check clean

run: install compilemessages ## Migrate SQLite, load the demo content, serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (login printed above)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

test: install compilemessages ## Run the whole suite (set DATABASE_URL for PostgreSQL)
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install compilemessages ## Load (or top up) the demo content
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

messages: install ## Collect interface strings into locale/es and locale/eu
	$(MANAGE) makemessages --locale es --locale eu --no-obsolete --ignore ".venv/*" --ignore "tests/*" --ignore "benchmarks/*"

compilemessages: install ## Compile locale/*.po into the .mo files Django reads
	$(MANAGE) compilemessages --ignore ".venv" -v 0

screenshots: install compilemessages ## Retake the documentation's screenshots (docs/images/) in Chromium
	UPDATE_DOCS_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser/test_translator_workflow.py

lint: install ## ruff, the import layers, Django's system checks and the migrations check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles var .pytest_cache .ruff_cache
	find . -name "*.mo" -not -path "./.venv/*" -delete
