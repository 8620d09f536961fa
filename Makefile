# Two commands on a fresh machine: `make serve` and `make test`.
# Each creates .venv and installs the locked dependencies when needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.installed

.PHONY: serve build validate quotes test test-fast lint urls contributing bench lock clean

$(READY): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $@

PORT ?= 8000

serve: $(READY)  ## the site on http://127.0.0.1:8000 (another port: make serve PORT=8001), rebuilt on every change (EDITION=uk or ru: that edition, at /uk/ or /ru/); broken data: the last good pages, a written page with problems: held back; the problems above every page
	NO_MKDOCS_2_WARNING=1 SERVE_LAST_GOOD=1 SITE_URL=http://127.0.0.1:$(PORT)/ $(PY) -m mkdocs serve --dev-addr 127.0.0.1:$(PORT) -f mkdocs$(if $(EDITION),.$(EDITION)).yml

build: $(READY)  ## the site into site/, the Ukrainian and Russian editions into site/uk/ and site/ru/; fails on any data problem or warning
	$(PY) -m mkdocs build --strict
	$(PY) -m mkdocs build --strict -f mkdocs.uk.yml
	$(PY) -m mkdocs build --strict -f mkdocs.ru.yml

validate: $(READY)  ## the data check alone
	$(PY) -m macros.cli.validate

quotes: $(READY)  ## after adding or changing a quote: check it against its article, record it in quotes.lock (reviewed as code)
	$(PY) -m macros.cli.quotes

test: $(READY) node_modules/.package-lock.json lint  ## every check; the browser ones where /usr/bin/chromium is installed
	$(PY) -m pytest -n auto --dist loadfile

test-fast: $(READY) lint  ## the inner loop, under half a minute: rules, renderers, properties on a small budget; no build, no browser; a process per core, a test file each
	$(PY) -m pytest --fast -q -n auto --dist loadfile

lint: $(READY)  ## ruff: lint and format check (pyproject.toml); `$(VENV)/bin/ruff format .` mends the format
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

node_modules/.package-lock.json: package-lock.json  # axe-core and vnu-jar for the checks; skipped where npm is absent
	-command -v npm >/dev/null && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

urls: $(READY)  ## now and then (maintainers): add the site's new addresses to tests/published_urls.txt
	$(PY) -m macros.cli.published_urls

bench: $(READY) node_modules/.package-lock.json benchmarks/node_modules/.package-lock.json  ## figures: test times, build overhead, scaling, page weight, Lighthouse
	$(PY) -m benchmarks.run

benchmarks/node_modules/.package-lock.json: benchmarks/package-lock.json  # Lighthouse; skipped where npm is absent
	-command -v npm >/dev/null && cd benchmarks && npm ci --no-audit --no-fund --loglevel=error

contributing: $(READY)  ## after editing schemas/: regenerate the record reference in CONTRIBUTING.md
	$(PY) -m macros.cli.contributing

# --no-emit-*: the lock names no index or wheel folder, only versions and hashes, so
# it installs the same anywhere; a machine's own pip configuration may add mirrors.
lock:  ## after editing requirements.in: pin every version with hashes
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
	  --no-emit-index-url --no-emit-find-links -o requirements.lock requirements.in

clean:
	rm -rf site .pytest_cache
