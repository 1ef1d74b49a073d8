"""Export from the window: the export dialog, PNG, printing, the paper container."""
