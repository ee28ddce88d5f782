# The two set-up commands: `make run` opens the app, `make test` runs the tests.
# Both create .venv, install the project with its test extras, and the OS packages it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench setup clean screenshots

$(STAMP): pyproject.toml $(wildcard resources/translations/*.ts)
	@bash packaging/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# The build requirements (pyproject.toml [build-system], the same list: tests/test_packaging.py) first:
	@# the builds below run inside .venv without build isolation, so nothing they use may be assumed to
	@# be on the machine already.
	$(PY) -m pip install -q 'setuptools>=77' wheel 'PySide6-Essentials>=6.6,<6.12'
	$(PY) -m pip install -q --no-build-isolation -e '.[test]'
	$(PY) tools/i18n/compile.py
	@touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/visualgrad $(ARGS)

# ruff and the import contracts take seconds; the suite took 12.5 minutes on 2 cores of a busy shared
# machine (a fresh clone, 803 tests; the two monkey tests are 7 of those minutes). A run past 30 minutes
# is a hang: SIGINT makes pytest print what was running and stop, rather than leave CI to its own,
# silent, time limit.
test: $(STAMP)
	$(VENV)/bin/ruff check --quiet .
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen timeout --signal=INT --kill-after=60 1800 \
		$(PY) -m pytest -n 2 -q --durations=15 $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The README's pictures, redrawn by the app as it is now: the chain-rule preset at its last step.
screenshots: $(STAMP)
	for theme in light dark; do QT_QPA_PLATFORM=offscreen $(VENV)/bin/visualgrad --preset chain-rule \
		--step end --theme $$theme --screenshot docs/screenshot-$$theme.png || exit 1; done

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

# wheel, wheel-test, bundle, bundle-test, install-desktop, icons
include packaging/targets.mk
