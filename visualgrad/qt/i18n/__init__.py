"""Which language the window speaks, and switching it while the app runs."""
