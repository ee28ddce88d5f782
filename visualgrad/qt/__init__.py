"""The only package that imports PySide6: the app, its scene and panels, export, translations."""
