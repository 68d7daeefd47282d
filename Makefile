# The two commands of the README. Each installs what it needs first.
PY ?= python3
# The app's port and address: `make demo PORT=8600`, `make demo ADDRESS=0.0.0.0` to share it.
PORT ?= 8501
ADDRESS ?= localhost

.PHONY: demo test install install-test lint

install:
	$(PY) -m pip install -q -e .

install-test:
	$(PY) -m pip install -q -e ".[test]"

## Run the explorer on the Cwm Taf Morgannwg seed (starts a local Neo4j if none is configured).
demo: install
	tirlun demo --address $(ADDRESS) --port $(PORT)

## Run the whole test suite against a real local Neo4j (started by the tests themselves).
test: install-test
	ruff check .
	$(PY) -m mypy
	$(PY) -m pytest
