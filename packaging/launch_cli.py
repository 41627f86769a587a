"""Frozen entry point of the `orgchart` command (PyInstaller runs this as __main__)."""

from orgchart_app.cli import main

raise SystemExit(main())
