"""Lessons as files: new, open, save, recent, examples, and crash recovery (controller.py says where each is)."""
