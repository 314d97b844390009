# The two commands a new user needs: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
# manage.py takes the development settings by itself only where nothing says "server" (manage.py);
# the catalogue commands need no database and name theirs, for CI's DATABASE_URL.
DEV_MANAGE := DJANGO_SETTINGS_MODULE=config.settings.dev $(MANAGE)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve bench bench-scale-out lighthouse observatory test validate vnu install demo backup restore messages compilemessages screenshots lint format check clean

run: install compilemessages ## Migrate SQLite, load the demo content, serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (login printed above)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# make serve: config.settings.production under gunicorn (gunicorn.conf.py), as a local trial over
# plain http (DJANGO_LOCAL_TRIAL; see README). Any variable below may be set in the environment.
SERVE_STATIC := $(shell find static -type f 2>/dev/null)
serve: export DJANGO_SETTINGS_MODULE = config.settings.production
serve: export DATABASE_URL ?= sqlite:///$(CURDIR)/db.sqlite3
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
serve: export DJANGO_LOCAL_TRIAL ?= true
serve: export SECRET_KEY ?= $(shell $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))")
serve: export EMAIL_URL ?= console:
serve: export HOST := $(HOST)
serve: export PORT := $(PORT)

serve: install compilemessages staticfiles/staticfiles.json ## Production settings under gunicorn on http://127.0.0.1:8000 (local trial)
	$(MANAGE) migrate --no-input -v 0
	DJANGO_LOCAL_TRIAL=true $(MANAGE) load_demo
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/  (production settings, gunicorn; Ctrl-C stops it)"
	@echo ""
	exec $(BIN)/gunicorn --config gunicorn.conf.py config.wsgi

# collectstatic (hashed names, gzip and brotli copies) again only when a static file or a package changed.
staticfiles/staticfiles.json: $(STAMP) $(SERVE_STATIC)
	DJANGO_SETTINGS_MODULE=config.settings.production $(MANAGE) collectstatic --no-input -v 0
	touch $@

# make bench: throughput, latency and queries of the pages under gunicorn with the production
# settings, at 28 and 1,000 articles per language, page cache off and on; then make lighthouse.
# Throwaway databases in var/bench; BENCH_ARGS="--check" fails on a missed target (benchmarks/README.md).
LIGHTHOUSE := benchmarks/.node/node_modules/.bin/lighthouse

bench: install compilemessages ## Benchmark the production server (wrk) and run Lighthouse (benchmarks/README.md)
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)
	$(MAKE) bench-scale-out
	$(MAKE) lighthouse

# Two gunicorns behind nginx, Redis, object storage (moto) and PostgreSQL when DATABASE_URL names
# one (else SQLite): 64 connections for 60 s across every page type while an editor publishes.
SCALE_OUT_PACKAGES := wrk nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static redis-server openssl

bench-scale-out: install compilemessages ## The scale-out stack under load (benchmarks/scale_out.py)
	@dpkg -s $(SCALE_OUT_PACKAGES) >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SCALE_OUT_PACKAGES) >/dev/null; }
	$(BIN)/python benchmarks/scale_out.py $(SCALE_OUT_ARGS)

lighthouse: install compilemessages $(LIGHTHOUSE) ## Lighthouse scores of home, article, partners, publication in each language
	$(BIN)/python benchmarks/lighthouse.py $(LIGHTHOUSE_ARGS)

# Lighthouse 12 runs on Node 20 (13 needs Node 22); kept out of git in benchmarks/.node.
$(LIGHTHOUSE):
	npm install --prefix benchmarks/.node --no-audit --no-fund --silent --save-exact lighthouse@12.2.3

# make observatory: MDN's HTTP Observatory grade of the production server, behind nginx with the
# committed deploy/nginx configuration and a throwaway self-signed certificate on 127.0.0.1:80
# and :443 (needs root; benchmarks/observatory.py).
# OBSERVATORY_ARGS="--check" fails below A+.
OBSERVATORY := benchmarks/.node/observatory/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json

observatory: install compilemessages $(OBSERVATORY) ## HTTP Observatory scan of the production server (docs/security.md)
	@[ -f /usr/share/nginx/modules/ngx_http_brotli_static_module.so ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static >/dev/null; }
	$(BIN)/python benchmarks/observatory.py $(OBSERVATORY_ARGS)

# Its install script downloads the HSTS preload list and the list of top-level domains, which
# fails offline: installed without scripts, with an empty preload list. Kept out of git.
$(OBSERVATORY):
	npm install --prefix benchmarks/.node/observatory --no-audit --no-fund --silent --save-exact --ignore-scripts @mdn/mdn-http-observatory@1.4.8
	echo '{}' > $@

test: install compilemessages ## Run the whole suite (set DATABASE_URL for PostgreSQL)
	$(BIN)/python -m pytest

# make validate: the Nu HTML Checker (vnu) over every page type in every language; `make test`
# runs the same test when vnu is installed (CI installs it: .ci/run). docs/development.md, "Validators".
VNU_VERSION := 26.9.27
VNU_STAMP := var/vnu/.installed-$(VNU_VERSION)

validate: install compilemessages vnu ## The Nu HTML Checker over every page type in every language (needs Java)
	$(BIN)/python -m pytest tests/test_markup_validity.py

vnu: $(VNU_STAMP)

# npm's vnu-jar, pinned (the version the pages are checked with), kept out of git in
# var/vnu/node_modules/vnu-jar/build/dist/vnu.jar; raising VNU_VERSION installs the new one.
$(VNU_STAMP):
	npm install --prefix var/vnu --no-audit --no-fund --silent --save-exact vnu-jar@$(VNU_VERSION)
	touch $@

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --disable-pip-version-check -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install compilemessages ## Load (or top up) the demo content
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo

# make backup: one archive of the database and the media in BACKUP_DIR (consortium-<time>.tar);
# make restore FILE=...: into an EMPTY database, after checking every checksum
# (RESTORE_ARGS=--replace-existing to replace a database's tables). docs/deploy.md, "Backups".
BACKUP_DIR ?= var/backups

backup: install ## Back up the database and the media into one archive in var/backups
	$(MANAGE) backup --dir "$(BACKUP_DIR)"

restore: install ## Restore FILE=var/backups/consortium-....tar into an empty database
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/consortium-YYYYmmddTHHMMSSZ.tar"; exit 2; }
	$(MANAGE) restore "$(FILE)" $(RESTORE_ARGS)

messages: install ## Collect interface strings into locale/es and locale/eu
	$(DEV_MANAGE) makemessages --locale es --locale eu --no-obsolete --ignore ".venv/*" --ignore "tests/*" --ignore "benchmarks/*"

compilemessages: install ## Compile locale/*.po into the .mo files Django reads
	$(DEV_MANAGE) compilemessages --ignore ".venv" -v 0

# The translators' guide and every page type at 1366 and 390 px (docs/images/pages/).
screenshots: install compilemessages ## Retake the documentation's screenshots (docs/images/) in Chromium
	UPDATE_DOCS_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser/test_translator_workflow.py \
		tests/browser/test_layout.py::test_every_page_type_at_1366_and_390_px

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
