#!/usr/bin/env bash
# Build the standalone one-folder app: dist/visualgrad/visualgrad (runs without Python).
#   packaging/build-bundle.sh [PYTHON]     PYTHON defaults to .venv/bin/python
# Installs PyInstaller into that environment if it is missing, then runs packaging/visualgrad.spec.
# Prints how long the build took.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
[ -x "$PY" ] || { echo "build-bundle: $PY not found; run 'make setup' first" >&2; exit 1; }

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build-bundle: installing PyInstaller into $("$PY" -c 'import sys; print(sys.prefix)')"
  "$PY" -m pip install -q "pyinstaller>=6.5"
fi

# The spec stages the package's resources as the wheel's build does (setup.py: icons, desktop files,
# examples, and the translations compiled from resources/translations/*.ts with pyside6-lrelease).

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/visualgrad.spec
end=$(date +%s)
size=$(du -sh dist/visualgrad | cut -f1)
echo "build-bundle: dist/visualgrad built in $((end - start)) s ($size)"
