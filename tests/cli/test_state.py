"""The balance file: what it keeps, under which key, and that it never fails a command."""

from __future__ import annotations

from pathlib import Path

import pytest

from trenz_async._cli import _state
from trenz_async._registry import server_url

KEY = "sk_live_0123456789abcdef"
URL = server_url()  # the spec's server


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own XDG_CONFIG_HOME."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return tmp_path


def test_a_balance_is_recalled_for_the_same_key_and_url_only() -> None:
    """The balance recorded for one key at one URL is not another key's or another URL's."""
    _state.remember(URL, KEY, 1234)
    found = _state.recall(URL, KEY)
    assert found is not None
    assert found.remaining_balance == 1234
    assert _state.recall(URL, "sk_live_other") is None
    assert _state.recall("http://127.0.0.1:8765", KEY) is None
    _state.remember(URL, KEY, 1200)
    latest = _state.recall(URL, KEY)
    assert latest is not None
    assert latest.remaining_balance == 1200


def test_the_file_never_holds_the_key() -> None:
    """Only a one-way fingerprint of the key is written."""
    _state.remember(URL, KEY, 5)
    text = _state.state_file().read_text(encoding="utf-8")
    assert KEY not in text
    assert _state.fingerprint(KEY) in text


def test_a_damaged_file_reads_as_nothing_and_is_rewritten() -> None:
    """A file that is not JSON is no balance, and the next record replaces it."""
    path = _state.state_file()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert _state.recall(URL, KEY) is None
    _state.remember(URL, KEY, 7)
    assert _state.recall(URL, KEY) is not None


def test_an_unwritable_place_does_not_fail(config_home: Path) -> None:
    """When the directory cannot be created, recording is skipped without an error."""
    (config_home / "trenz").write_text("a file where the directory should be", encoding="utf-8")
    _state.remember(URL, KEY, 7)
    assert _state.recall(URL, KEY) is None
