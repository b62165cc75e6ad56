"""Every way out: one registry of formats, machine writers, Excel, pictures, the words of
each language, and the terminal table (the only place Rich is imported)."""
