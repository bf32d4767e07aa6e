# Two commands do everything: `make run` (demo server + desktop app) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install i18n migrate seed serve lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[server,desktop,dev]"
	touch $@

install: $(STAMP) i18n

i18n: $(STAMP)
	$(PY) -m desktop.i18n.build

migrate: install
	$(PY) server/manage.py migrate --noinput

seed: migrate
	$(PY) server/manage.py seed_demo --if-empty

run: seed
	$(PY) scripts/run.py

serve: seed
	cd server && ../$(PY) -m uvicorn config.asgi:application --host 127.0.0.1 --port 8000 --no-access-log --no-proxy-headers

test: install
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) var .pytest_cache
