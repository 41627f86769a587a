"""The People view: who the change affects, their outcomes, and the drag that decides one."""
