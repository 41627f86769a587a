"""The designer window's docks: structure tree, properties, changes and totals."""
