"""Shipped configuration files (installed as the `newsbrief_configs` package)."""
