#!/usr/bin/env bash
# What the OS must provide: Graphviz's `dot`, Qt's xcb libraries, CJK fonts, poppler for PDF checks,
# the freedesktop validators for the packaging tests.
# Installs what is missing when run as root on Debian/Ubuntu; otherwise prints the exact command.
set -u
pkgs=()
command -v dot >/dev/null 2>&1 || pkgs+=(graphviz)
command -v pdftoppm >/dev/null 2>&1 || pkgs+=(poppler-utils)
# the freedesktop validators tests/test_packaging.py runs on the desktop entry and the metainfo
command -v desktop-file-validate >/dev/null 2>&1 || pkgs+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || pkgs+=(appstream)
if command -v dpkg-query >/dev/null 2>&1; then
  for p in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-render-util0 libxcb-image0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-noto-cjk; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || pkgs+=("$p")
  done
fi
# Optional, for tests only (the tests that need them skip without them): VISUALGRAD_TEST_DEPS=1 adds
# pdflatex with beamer and tikz (the Beamer export compiles) and LibreOffice Impress, headless (a .pptx
# renders to PDF; about 300 MB installed).
if [ "${VISUALGRAD_TEST_DEPS:-0}" = 1 ]; then
  command -v pdflatex >/dev/null 2>&1 || pkgs+=(texlive-latex-base texlive-latex-recommended texlive-pictures)
  command -v soffice >/dev/null 2>&1 || pkgs+=(libreoffice-impress)
fi
[ ${#pkgs[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "visualgrad needs: ${pkgs[*]} (Graphviz's dot, Qt's xcb libraries, CJK fonts). Install them with your package manager." >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "visualgrad needs system packages. Run: sudo apt-get install -y ${pkgs[*]}" >&2
  exit 0
fi
echo "Installing system packages: ${pkgs[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null \
  || echo "warning: could not install ${pkgs[*]}; visualgrad falls back to its built-in layout" >&2
