"""The first-run welcome: what this is, how it will be used, a text size (Help → Welcome…)."""
