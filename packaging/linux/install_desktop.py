"""Install (or remove) visualgrad's Linux desktop integration for the current user.

    python packaging/linux/install_desktop.py [--exec PATH] [--data-dir DIR] [--uninstall]

Puts into ${XDG_DATA_HOME:-~/.local/share}:
  applications/io.github.visualgrad.VisualGrad.desktop     (the menu entry; opens *.vgrad)
  metainfo/io.github.visualgrad.VisualGrad.metainfo.xml    (software-centre description)
  mime/packages/io.github.visualgrad.VisualGrad.xml        (application/x-visualgrad = *.vgrad)
  icons/hicolor/{16..256}/apps/io.github.visualgrad.VisualGrad.png, scalable/apps/...svg
  icons/hicolor/.../mimetypes/application-x-visualgrad.*   (the icon .vgrad files get)
then refreshes the MIME and desktop databases when their tools exist (never an error when not).

--exec: the program the menu entry runs. Give an absolute path when visualgrad is not on PATH
(a virtual environment, the PyInstaller bundle); the entry then also hides itself (TryExec) if
that program is removed. Without it the entry runs `visualgrad` from PATH.

The files come from the visualgrad package's resources: the source tree next to this script,
or else an installed visualgrad (so it also works after `pip install visualgrad`).
Only the standard library: it runs with any Python 3.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.visualgrad.VisualGrad"
MIME_ICON = "application-x-visualgrad"
SIZES = (16, 32, 48, 64, 128, 256)


def find_resources() -> Path:
    here = Path(__file__).resolve().parent.parent.parent / "resources"   # a source checkout
    if (here / "linux").is_dir():
        return here
    spec = importlib.util.find_spec("visualgrad")        # locates it without importing it
    if spec and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            res = Path(loc) / "resources"
            if (res / "linux").is_dir():
                return res
    sys.exit("install_desktop: cannot find visualgrad's resources (run it from the source tree, "
             "or install visualgrad first)")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def quote_exec_arg(arg: str) -> str:
    """Quote a program path for a desktop file's Exec key (Desktop Entry spec, "The Exec key"):
    reserved characters force double quotes, inside which " ` $ \\ are backslash-escaped; then
    the whole value is a string, whose own escaping doubles every backslash again."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if any(c in reserved for c in arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\")


def desktop_entry(template: str, exec_path: str | None) -> str:
    if not exec_path:
        return template
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={exec_path.replace(chr(92), chr(92) * 2)}")
            line = f"Exec={quote_exec_arg(exec_path)} %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def planned_files(res: Path, data: Path) -> list[tuple[Path | None, Path]]:
    """(source, destination) pairs; source None for the generated desktop entry."""
    icons, hicolor = res / "icons", data / "icons" / "hicolor"
    files: list[tuple[Path | None, Path]] = [
        (None, data / "applications" / f"{APP_ID}.desktop"),
        (res / "linux" / f"{APP_ID}.metainfo.xml", data / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (res / "linux" / f"{APP_ID}.mime.xml", data / "mime" / "packages" / f"{APP_ID}.xml"),
    ]
    for kind, name in (("apps", APP_ID), ("mimetypes", MIME_ICON)):
        files.append((icons / "visualgrad.svg", hicolor / "scalable" / kind / f"{name}.svg"))
        for n in SIZES:
            files.append((icons / f"visualgrad-{n}.png", hicolor / f"{n}x{n}" / kind / f"{name}.png"))
    return files


def refresh(data: Path, quiet: bool) -> None:
    """Rebuild the caches desktops read. Each tool is optional: missing or failing is a note."""
    jobs = [("update-mime-database", [str(data / "mime")], data / "mime"),
            ("update-desktop-database", ["-q", str(data / "applications")], data / "applications")]
    hicolor = data / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").exists():      # only refresh a cache someone already made
        jobs.append(("gtk-update-icon-cache", ["-q", "-f", "-t", str(hicolor)], hicolor))
    for tool, args, folder in jobs:
        exe = shutil.which(tool)
        if not exe or not folder.is_dir():
            if not quiet and not exe:
                print(f"note: {tool} not found; the desktop will pick the change up at next login")
            continue
        try:
            r = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as e:
            print(f"note: {tool} failed ({e}); continuing")
            continue
        if r.returncode != 0:
            print(f"note: {tool} exited with {r.returncode}: {r.stderr.strip()[:300]}")


def install(res: Path, data: Path, exec_path: str | None, quiet: bool = False) -> list[Path]:
    template = (res / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    written = []
    for src, dst in planned_files(res, data):
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src is None:
            dst.write_text(desktop_entry(template, exec_path), encoding="utf-8")
        else:
            shutil.copyfile(src, dst)
        written.append(dst)
    refresh(data, quiet)
    return written


def uninstall(res: Path, data: Path, quiet: bool = False) -> list[Path]:
    removed = []
    for _, dst in planned_files(res, data):
        try:
            dst.unlink()
            removed.append(dst)
        except FileNotFoundError:
            pass
    refresh(data, quiet)
    return removed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--exec", dest="exec_path", metavar="PATH",
                   help="absolute path of the visualgrad program the menu entry runs (default: visualgrad on PATH)")
    p.add_argument("--data-dir", type=Path, default=None,
                   help="where to install (default: $XDG_DATA_HOME or ~/.local/share)")
    p.add_argument("--uninstall", action="store_true", help="remove what an install put there")
    p.add_argument("-q", "--quiet", action="store_true")
    args = p.parse_args(argv)
    res, data = find_resources(), args.data_dir or data_home()
    if args.uninstall:
        done = uninstall(res, data, args.quiet)
        verb = "removed"
    else:
        if args.exec_path:
            exe = Path(args.exec_path)
            if not exe.is_absolute():
                p.error("--exec needs an absolute path")
            if not os.access(exe, os.X_OK):
                print(f"warning: {exe} is not an executable program (yet); the menu entry stays hidden until it is")
        done = install(res, data, args.exec_path, args.quiet)
        verb = "installed"
    if not args.quiet:
        print(f"visualgrad desktop integration: {verb} {len(done)} files under {data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
