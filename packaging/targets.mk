# Packaging targets: included from the Makefile, so PY, VENV and STAMP come from there.
#   make wheel            dist/visualgrad-<version>-py3-none-any.whl
#   make wheel-test       install that wheel into a fresh virtual environment and run it
#   make bundle           dist/visualgrad/visualgrad, a one-folder app that runs without Python
#   make bundle-test      build the bundle and run its checks (packaging/bundle-test.sh); ~40 s
#   make install-desktop  menu entry, icons, .vgrad MIME type for this user (~/.local/share)
#   make uninstall-desktop
#   make icons            re-render the PNG icons after editing visualgrad.svg
.PHONY: wheel wheel-test bundle bundle-test install-desktop uninstall-desktop icons

# What the menu entry runs; e.g. make install-desktop VISUALGRAD_EXEC=$(CURDIR)/dist/visualgrad/visualgrad
VISUALGRAD_EXEC ?= $(abspath $(VENV))/bin/visualgrad

# Stale files in build/ (a module since deleted) must not leak into the wheel: start clean.
wheel: $(STAMP)
	rm -rf build/lib build/bdist.* dist/visualgrad-*.whl
	$(PY) -m pip wheel --no-deps --no-build-isolation -q -w dist .
	@ls dist/visualgrad-*.whl

wheel-test: wheel
	bash packaging/wheel-test.sh $(PY)

bundle: $(STAMP)
	bash packaging/build-bundle.sh $(PY)

bundle-test: $(STAMP)
	bash packaging/bundle-test.sh $(PY)

install-desktop: $(STAMP)
	$(PY) packaging/linux/install_desktop.py --exec "$(VISUALGRAD_EXEC)"

uninstall-desktop:
	python3 packaging/linux/install_desktop.py --uninstall

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/render_icons.py
