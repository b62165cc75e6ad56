"""Pure arithmetic and rules: numbers, the integer kernel, coverage, activity, status,
criteria, plan, cost, check and the computation of many regions. No I/O, no option names,
no exit codes; nothing here imports Typer, Rich, Babel or openpyxl."""
