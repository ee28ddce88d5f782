"""The main window: menus, editor, the small panels, presentation mode."""
