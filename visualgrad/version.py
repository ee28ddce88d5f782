"""The version, in a module of its own: the window's About box reads it without loading the package's API."""
__version__ = "0.1.0"
