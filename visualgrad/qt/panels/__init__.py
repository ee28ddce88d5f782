"""Docks and dialogs that teach: training, the vanishing lab, gallery, practice, by hand, output."""
