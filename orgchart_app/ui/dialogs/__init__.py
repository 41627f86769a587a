"""Dialogs: questions and messages, the PDF export dialog, the import wizard, About."""
