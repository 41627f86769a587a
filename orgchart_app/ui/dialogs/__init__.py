"""Dialogs: questions and messages, the PDF export dialog, the import wizard, About, and the
Costs menu's editors (pay scales and grades, on-costs, budget, pay year and costing point)."""
