"""The main window, its menus and start-up: the one place that wires the features."""
