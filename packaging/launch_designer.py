"""Frozen entry point of the `orgchart-designer` window (PyInstaller runs this as __main__)."""

from orgchart_app.ui.window.launch import main

raise SystemExit(main())
