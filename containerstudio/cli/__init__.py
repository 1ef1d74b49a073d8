"""The command line: `containerstudio` and its subcommands for scripts."""
