# The two commands of the README, `make demo` and `make test`. Each installs what it needs first.
#
# Where Tirlun is installed: Debian 12's and Homebrew's Python refuse `pip install` outside a virtual
# environment (PEP 668, "externally managed"), so make creates one in .venv and installs into it,
# unless make already runs inside one (an activated venv: then it installs there). `make VENV=` with
# an empty VENV installs into whatever $(PY) is, as before.
PY ?= python3
VENV ?= .venv
# The app's port and address: `make demo PORT=8600`, `make demo ADDRESS=0.0.0.0` to share it.
PORT ?= 8501
ADDRESS ?= localhost

IN_VENV := $(shell $(PY) -c 'import sys; print(int(sys.prefix != sys.base_prefix))' 2>/dev/null)
ifeq ($(IN_VENV),)
  $(error Tirlun needs Python 3.11 or newer, and "$(PY)" does not run. Name one: make demo PY=python3.12)
endif
ifeq ($(IN_VENV)$(if $(VENV),,none),0)
  BIN := $(VENV)/bin
  NEED_VENV := $(VENV)/bin/python
else
  BIN := $(shell $(PY) -c 'import os, sys; print(os.path.dirname(sys.executable))')
  NEED_VENV :=
endif
VPY := $(BIN)/python
# Installs are remembered (stamps in .tirlun-make/, one per Python), so a second `make demo` starts at
# once; pyproject.toml changing (dependencies, packages) installs again. `make install` forces it.
STAMPS := .tirlun-make/$(subst /,_,$(abspath $(BIN)))

.PHONY: demo test install install-test lint typecheck

$(VENV)/bin/python:
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Tirlun needs Python 3.11 or newer;" \
	  "$(PY) is $$($(PY) --version 2>&1). Name another: make demo PY=python3.12"; exit 1; }
	@echo "Making a virtual environment in $(VENV)/ for Tirlun (your system's Python stays as it is)."
	@$(PY) -m venv $(VENV) || { echo "Could not make a virtual environment with $(PY)." \
	  "On Debian or Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(VENV)/bin/python -m pip install --upgrade pip

$(STAMPS).demo: pyproject.toml | $(NEED_VENV)
	@echo "Installing Tirlun and its dependencies into $(patsubst %/bin,%,$(BIN))/ (about a minute the first time)."
	$(VPY) -m pip install -e .
	@mkdir -p .tirlun-make && touch $@

$(STAMPS).test: pyproject.toml | $(NEED_VENV)
	@echo "Installing Tirlun with its test tools into $(patsubst %/bin,%,$(BIN))/ (about two minutes the first time)."
	$(VPY) -m pip install -e ".[test]"
	@mkdir -p .tirlun-make && touch $@ $(STAMPS).demo

install: | $(NEED_VENV)
	$(VPY) -m pip install -e .
	@mkdir -p .tirlun-make && touch $(STAMPS).demo

install-test: | $(NEED_VENV)
	$(VPY) -m pip install -e ".[test]"
	@mkdir -p .tirlun-make && touch $(STAMPS).test $(STAMPS).demo

## Run the explorer on the Cwm Taf Morgannwg seed (starts a local Neo4j if none is configured).
demo: $(STAMPS).demo
	$(BIN)/tirlun demo --address $(ADDRESS) --port $(PORT)

lint: $(STAMPS).test
	$(VPY) -m ruff check .

## mypy --strict over the package as it installs (tools/typecheck.py says why not plain mypy).
typecheck: $(STAMPS).test
	$(VPY) tools/typecheck.py

## Run the whole test suite against a real local Neo4j (started by the tests themselves), and say how long it took.
test: $(STAMPS).test
	@start=$$(date +%s); \
	$(VPY) -m ruff check . && $(VPY) tools/typecheck.py && $(VPY) -m pytest; status=$$?; \
	took=$$(( $$(date +%s) - start )); \
	echo "make test took $$((took / 60)) min $$((took % 60)) s (ruff, mypy and pytest)."; \
	exit $$status
