# Two commands do everything: `make run` (demo server, later the desktop app) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
EXTRAS ?= server,dev

.PHONY: run test install serve migrate seed lint clean

$(VENV)/.installed-$(subst $(comma),-,$(EXTRAS)): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $@

comma := ,
install: $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))

migrate: install
	$(PY) server/manage.py migrate --noinput

seed: migrate
	$(PY) server/manage.py seed_demo --if-empty

serve: seed
	$(PY) server/manage.py check
	cd server && ../$(PY) -m uvicorn config.asgi:application --host $(HOST) --port $(PORT) --no-access-log

run: serve

test: install
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) var .pytest_cache
