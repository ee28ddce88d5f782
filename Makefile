# The two set-up commands: `make run` opens the app, `make test` runs the tests.
# Both create .venv, install the project with its test extras, and the OS packages it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench setup clean

$(STAMP): pyproject.toml
	@bash packaging/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# The build requirements (pyproject.toml [build-system]) too: `make wheel` builds inside .venv
	@# without build isolation, so nothing it uses may be assumed to be on the machine already.
	$(PY) -m pip install -q 'setuptools>=68' wheel
	$(PY) -m pip install -q -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/visualgrad $(ARGS)

# The suite takes about 7 minutes on 2 cores (with ruff and the import contracts first, a few
# seconds). A run past 30 minutes is a hang: SIGINT makes pytest
# print what was running and stop, rather than leave CI to its own, silent, time limit.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen timeout --signal=INT --kill-after=60 1800 \
		$(PY) -m pytest -n 2 -q --durations=15 $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info

# wheel, wheel-test, bundle, bundle-test, install-desktop, icons
include packaging/targets.mk
