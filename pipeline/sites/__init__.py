"""The site registry: a plain dict, filled by hand (STYLE.md: no auto-discovery)."""
