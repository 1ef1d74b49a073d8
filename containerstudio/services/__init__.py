"""Application services shared by the window and the command line (Qt-free)."""
