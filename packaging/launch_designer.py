"""Frozen entry point of the `orgchart-designer` window (PyInstaller runs this as __main__)."""

from orgchart_app.ui.window.app import main

raise SystemExit(main())
