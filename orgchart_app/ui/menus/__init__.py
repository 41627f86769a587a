"""The window's actions, the menu bar built from them, and the action groups (edit, view, scenario)
that carry them out."""
