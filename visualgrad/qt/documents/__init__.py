"""Lessons as files: new, open, save, recent, examples, and crash recovery."""
