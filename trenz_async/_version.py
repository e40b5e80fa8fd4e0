"""The package version: the one place it is written (hatchling and `make update-spec` read it)."""

__version__ = "0.1.0"
