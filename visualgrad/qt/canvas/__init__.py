"""The diagram on screen: scene, items, view, animation, themes, the layout worker."""
