"""The bundled app's entry point: PyInstaller needs a script, and this is `visualgrad` (visualgrad.cli:main)."""
import sys

from visualgrad.cli import main

if __name__ == "__main__":
    sys.exit(main())
