"""The Costs menu: editors for pay scales and grades, on-costs, the budget and the costing basis."""
