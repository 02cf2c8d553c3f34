# The two commands: `make run` and `make test`. Everything else is a step they take.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_WORKERS ?= 4000
SANDBOX_PORT ?= 8765
# Test processes at most (pytest-xdist; one per core up to this).
TEST_WORKERS ?= 4

.PHONY: run test test-future lint bench screenshots system-deps-run system-deps-test translations \
	clean help

help:
	@echo "make run    - set up and start the kiosk on a demo database ($(DEMO_WORKERS) workers)"
	@echo "make test   - set up, start the test services and run the whole suite"
	@echo "make test-future - the suite again with the clock a year ahead"
	@echo "make bench  - run the benchmarks and print their table"
	@echo "make lint   - ruff, mypy and the import contracts"
	@echo "make screenshots - the README's pictures of the screens, from a demo registry"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $@ $(VENV)/.installed-run

system-deps-run:
	@scripts/system-deps.sh run

system-deps-test:
	@scripts/system-deps.sh test

run: system-deps-run $(VENV)/.installed-run
	@# Demo data goes into a fresh registry only; once there are operators it takes an admin
	@# (KIOSK_OPERATOR and KIOSK_PIN), and without one the kiosk starts all the same.
	@$(BIN)/kiosk demo --workers $(DEMO_WORKERS) --handed-over 0.6 --if-empty || true
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "There is no display to open the kiosk window on."; \
	  echo "Run it on a virtual display:   xvfb-run -s '-screen 0 1366x768x24' make run"; \
	  echo "or without any window system:  QT_QPA_PLATFORM=offscreen make run"; \
	  exit 2; \
	fi
	@# The SANDBOX bank (not a real bank), so that opening an account works end to end.
	@$(BIN)/kiosk bank-sandbox --port $(SANDBOX_PORT) --state .sandbox-bank.sqlite --quiet \
	  >/dev/null 2>&1 & echo $$! > .sandbox-bank.pid
	@KIOSK_BANK_URL=$${KIOSK_BANK_URL:-http://127.0.0.1:$(SANDBOX_PORT)} $(BIN)/kiosk; \
	  status=$$?; kill `cat .sandbox-bank.pid` 2>/dev/null; rm -f .sandbox-bank.pid; exit $$status

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: system-deps-test $(VENV)/.installed-test lint
	QT_QPA_PLATFORM=offscreen KIOSK_REQUIRE_POSTGRES=1 KIOSK_REQUIRE_CUPS=1 $(BIN)/pytest -q \
	  --numprocesses auto --maxprocesses $(TEST_WORKERS) --durations 15

# The whole suite with the clock a year ahead: no test may depend on today's date.
test-future: system-deps-test $(VENV)/.installed-test
	scripts/test-future.sh +365d

bench: system-deps-test $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The README's pictures (docs/*.png), 1366x768 offscreen, over a throwaway demo registry.
screenshots: $(VENV)/.installed-test
	$(BIN)/python scripts/screenshots.py --out docs

translations: $(VENV)/.installed-test
	scripts/update-translations.sh

clean:
	rm -rf $(VENV) .bench .pytest_cache .mypy_cache .ruff_cache
