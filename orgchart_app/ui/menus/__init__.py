"""The window's actions and the menu bar built from them."""
