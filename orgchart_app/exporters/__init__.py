"""Writing proposals out: PDF appendices, post lists, pictures."""
