"""Redis URLs with their credentials taken out before anything parses or shows them.

redis-py parses a URL with `urllib`, which ends the user-info at the first `/`, `#` or
`?`: a password holding one of them is cut in two, and the parser's complaint quotes a
piece of it ("Port could not be cast to integer value as 'hunter2'"). So the
credentials are split off here first, as a person reads the URL: the user-info is
everything between `://` and the last `@` (for `unix://`, the last `@` before the
socket's path), the user name ends at its first `:`, and both are percent-decoded as
redis-py would. redis-py then gets the URL without them (plus `username=`/`password=`),
and can neither misparse nor quote them; every text the coordinator shows goes through
`RedisURL.scrub` as well, which replaces the password and every piece a parser could
have cut it into.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

_SCHEME = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<rest>.*)", re.DOTALL)
# Where parsers cut a user-info that was not percent-encoded.
_CUTS = re.compile(r"[/#?@:]")
# A piece shorter than this is too common a text to replace everywhere.
_SHORTEST_PIECE = 3
REDACTED = "[redacted]"


@attrs.frozen(repr=False)
class RedisURL:
    """A Redis URL split into where to connect (shown) and its credentials (never shown).

    Attributes:
        bare: the URL without user-info, for redis-py.
        username: the user name, percent-decoded; `None` for none.
        password: the password, percent-decoded; `None` for none.
        display: scheme, host, port and path only, for messages and `repr()`.
    """

    bare: str
    username: str | None
    password: str | None
    display: str
    _secrets: tuple[str, ...]

    @classmethod
    def parse(cls, url: str) -> RedisURL:
        """Split `url`; never raises (redis-py judges the rest of the URL)."""
        match = _SCHEME.fullmatch(url) if isinstance(url, str) else None
        if match is None:
            return cls(url, None, None, "<unparsable Redis URL>", (url,) if url else ())
        scheme, rest = match["scheme"], match["rest"]
        at = rest.rfind("@/") if scheme.lower() == "unix" else rest.rfind("@")
        userinfo, location = ("", rest) if at < 0 else (rest[:at], rest[at + 1 :])
        raw_user, colon, raw_password = userinfo.partition(":")
        username = unquote(raw_user) or None
        password = (unquote(raw_password) or None) if colon else None
        bare = f"{scheme}://{location}"
        passwords = [raw_password, password or "", *_query_passwords(bare)]
        secrets = _secrets(userinfo, passwords)
        return cls(bare, username, password, _display(bare), secrets)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The texts `scrub` replaces, longest first."""
        return self._secrets

    def scrub(self, text: str) -> str:
        """`text` without the password or any piece of it (for messages and logs)."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def __repr__(self) -> str:
        return f"RedisURL({self.display!r})"


def display_url(url: str) -> str:
    """`url` without user name or password, for messages and `repr()`."""
    return RedisURL.parse(url).display


def _display(bare: str) -> str:
    try:
        parts = urlsplit(bare)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparsable Redis URL>"
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    return f"{parts.scheme}://{host}{port}{parts.path}"


def _query_passwords(bare: str) -> list[str]:
    """Passwords given as `?password=...` (redis-py accepts them there too)."""
    try:
        query = urlsplit(bare).query
    except ValueError:
        return []
    return parse_qs(query).get("password", [])


def _secrets(userinfo: str, passwords: list[str]) -> tuple[str, ...]:
    """The password as written and decoded, the pieces a parser could cut it into, and the
    whole user-info (a parser that cut it may quote the user name with it); longest first."""
    found: set[str] = set()
    for password in passwords:
        if password:
            found.add(password)
            found.update(piece for piece in _CUTS.split(password) if len(piece) >= _SHORTEST_PIECE)
    if found and userinfo:
        found.add(userinfo)
    return tuple(sorted(found, key=len, reverse=True))
