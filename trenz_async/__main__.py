"""`python -m trenz_async`: the `trenz` command line (needs the `cli` extra)."""

from trenz_async._cli import main

if __name__ == "__main__":
    main()
