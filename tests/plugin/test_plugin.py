"""The pytest plugin: registered by the package, and the README shows the test CI runs."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_plugin_is_registered_through_pytest11() -> None:
    """Installing the package registers `trenz_async.testing._pytest_plugin` with pytest."""
    plugins = {entry.value for entry in metadata.entry_points(group="pytest11")}
    assert "trenz_async.testing._pytest_plugin" in plugins


def test_the_readme_shows_the_example_test_verbatim() -> None:
    """The README's testing example is exactly tests/plugin/test_readme_example.py."""
    example = (ROOT / "tests" / "plugin" / "test_readme_example.py").read_text()
    body = example.split('"""', 2)[2].lstrip("\n")  # the module docstring is not shown
    assert body in (ROOT / "README.md").read_text()
