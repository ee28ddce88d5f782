"""The engine's one exception."""


class EngineError(ValueError):
    """An argument PyTorch would refuse (a shape, a dim, an option): never a quiet wrong result."""
