"""python -m orgchart_app.cli: the same as the `orgchart` command."""

from orgchart_app.cli import main

raise SystemExit(main())
