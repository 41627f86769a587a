"""The window itself: the main window, its central area, the document controller, settings."""
