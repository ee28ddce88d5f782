#!/usr/bin/env bash
# Install the built wheel into a fresh virtual environment (in a temp folder) and run it there,
# as a user who did `pip install visualgrad-*.whl` would: no source tree on the path.
#   packaging/wheel-test.sh [PYTHON]        (make wheel-test, after make wheel)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${1:-.venv/bin/python}
wheel=$(ls -t dist/visualgrad-*.whl 2>/dev/null | head -n 1)
[ -n "$wheel" ] || { echo "wheel-test: no dist/visualgrad-*.whl; run make wheel" >&2; exit 1; }
wheel=$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")
base=$("$PY" -c 'import sys; print(sys.base_prefix)')/bin/python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$base" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel"
fail() { echo "wheel-test: FAIL: $*" >&2; exit 1; }
cd "$work"           # away from the source tree, so `import visualgrad` can only find the wheel
export QT_QPA_PLATFORM=offscreen

where=$("$work/venv/bin/python" -c 'import visualgrad, os; print(os.path.dirname(visualgrad.__file__))')
[[ $where == "$work/venv/"* ]] || fail "visualgrad imported from $where, not from the fresh venv"
out=$("$work/venv/bin/visualgrad" --version) || fail "visualgrad --version exited $?"
echo "wheel-test: $out"
out=$("$work/venv/bin/python" -m visualgrad --version) || fail "python -m visualgrad --version exited $?"
out=$("$work/venv/bin/visualgrad" trace 'L = 2*(x**2 + exp(x))' --set x=3) || fail "trace exited $?"
last=$(printf '%s\n' "$out" | sed '/^[[:space:]]*$/d' | tail -n 1)
[[ $last == *52.1711 ]] || fail "trace should end with 52.1711, ended with: $last"
echo "wheel-test: trace ok ($last)"
for f in icons/visualgrad.svg icons/visualgrad-16.png linux/io.github.visualgrad.VisualGrad.desktop \
         examples/chain-rule.vgrad translations/visualgrad_nl.qm; do
  [ -s "$where/resources/$f" ] || fail "installed package lacks resources/$f"
done
"$work/venv/bin/visualgrad" export 'L = 2*(x**2 + exp(x))' --set x=3 -o "$work/out.svg" || fail "export exited $?"
grep -q "<svg" "$work/out.svg" || fail "export did not write an SVG"
grep -q "52.17" "$work/out.svg" || fail "the exported SVG does not show ∂L/∂x = 52.17"
echo "wheel-test: export ok"
# the translations the build compiled are the ones the installed app loads
"$work/venv/bin/visualgrad" export 'L = 2*(x**2 + exp(x))' --set x=3 --step 10 --lang nl -o "$work/nl.svg" \
  || fail "export --lang nl exited $?"
grep -q "stap 10 van 11" "$work/nl.svg" || fail "the Dutch export is not in Dutch (compiled translations missing?)"
echo "wheel-test: translations ok"
"$work/venv/bin/visualgrad" export 'L = 2*(x**2 + exp(x))' --set x=3 -o "$work/graph.graphml" >/dev/null \
  || fail "export to GraphML exited $?"
"$work/venv/bin/python" -c "import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); assert len(g) == 6" \
  "$work/graph.graphml" || fail "the GraphML export does not read back"
echo "wheel-test: graph export ok"
echo "wheel-test: all checks passed"
