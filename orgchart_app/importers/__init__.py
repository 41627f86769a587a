"""Reading establishments in: CSV/XLSX lists, organograms, Visio-style lists."""
