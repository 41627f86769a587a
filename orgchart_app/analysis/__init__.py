"""Reading a proposal: diffs between scenarios, validation, costs, spans and layers."""
