"""The `trenz` command line (the `cli` extra: `pip install 'trenz_async[cli]'`)."""
