"""Reading region files: formats (CSV/TSV/JSON/XLSX), column aliases, cells, limits."""
