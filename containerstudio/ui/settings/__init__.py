"""The Settings dialog: how the app looks, reads and starts (issue 16)."""
