"""Files: opening in the background, saving, locks, autosave and recovery, recent files."""
