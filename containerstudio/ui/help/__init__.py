"""The Help menu: where the data is, about the exercise, the keyboard shortcuts."""
