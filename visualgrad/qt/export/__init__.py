"""Pictures and documents of a graph: the renderers and writers, the export dialog, notebooks."""
