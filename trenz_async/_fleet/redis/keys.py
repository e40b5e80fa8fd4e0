"""Names and scripts of the fleet's Redis keys; importable without the `redis` package.

Every key is `trenz:{<namespace>:<key hash>}:<part>:...`. The key hash is a salted,
truncated SHA-256 of the API key: it tells keys apart without Redis ever holding the key.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import re

import attrs

_NAMESPACE = re.compile(r"[A-Za-z0-9_.-]{1,64}")

# Mixed into the key hash so that Redis holds nothing equal to a plain SHA-256 of the key.
_KEY_HASH_SALT = b"trenz_async fleet key\x00"


def key_hash(api_key: str) -> str:
    """A stable, salted 16-hex-digit fingerprint of `api_key` that tells keys apart in Redis."""
    return hashlib.sha256(_KEY_HASH_SALT + api_key.encode()).hexdigest()[:16]


def check_namespace(namespace: str) -> str:
    """`namespace` if it is 1-64 letters, digits, `_`, `.` or `-`.

    Raises:
        ValueError: any other value (braces or colons would break the key layout).
    """
    if not isinstance(namespace, str) or not _NAMESPACE.fullmatch(namespace):
        raise ValueError(
            f"namespace must be 1-64 characters of letters, digits, '_', '.' or '-'; got {namespace!r}"
        )
    return namespace


@attrs.frozen
class Keyspace:
    """The Redis keys of one namespace and one API key.

    Every key is `trenz:{<namespace>:<key hash>}:<part>:...`. The braces are a Redis
    Cluster hash tag: all keys of one namespace and key live in one slot, so each Lua
    script may touch several of them.
    """

    namespace: str
    key_hash: str

    @property
    def prefix(self) -> str:
        """The common prefix of every key (ends with `:`)."""
        return f"trenz:{{{self.namespace}:{self.key_hash}}}:"

    def key(self, *parts: str) -> str:
        """The key named by `parts` under this keyspace."""
        return self.prefix + ":".join(parts)


@attrs.frozen
class LuaScript:
    """A Lua script run with EVALSHA, loaded on first use."""

    name: str
    source: str
    sha: str = attrs.field(init=False)

    @sha.default
    def _sha(self) -> str:
        return hashlib.sha1(self.source.encode(), usedforsecurity=False).hexdigest()

    @classmethod
    def load(cls, name: str, *, prelude: str | None = None) -> LuaScript:
        """The script in `lua/<name>.lua`, after `lua/<prelude>.lua` if given."""
        source = _LUA.joinpath(f"{name}.lua").read_text(encoding="utf-8")
        if prelude is not None:
            source = _LUA.joinpath(f"{prelude}.lua").read_text(encoding="utf-8") + source
        script = cls(name, source)
        _LOADED[name] = script
        return script


_LUA = importlib.resources.files(__package__).joinpath("lua")

# Every script loaded so far, by name: `batch_script` turns them into one script's functions.
_LOADED: dict[str, LuaScript] = {}


def batch_script() -> LuaScript:
    """One script that runs any of the loaded scripts in a row, atomically (`fleet.batch`).

    Each script's text becomes the body of a Lua function taking `KEYS` and `ARGV` (so
    the text runs unchanged, `return` included), under its name; `lua/fleet.batch.lua`
    then runs the steps its arguments list, each under `pcall`, and replies with one
    `{ok, reply}` pair per step. Built once per set of loaded scripts (the same set gives
    the same text, hence the same SHA, in every process).
    """
    names = tuple(sorted(_LOADED))
    cached = _BATCHES.get(names)
    if cached is not None:
        return cached
    parts = ["local steps = {}"]
    for name in names:
        body = _LOADED[name].source
        parts.append(f"steps[{name!r}] = function(KEYS, ARGV)\n{body}\nend")
    parts.append(_LUA.joinpath("fleet.batch.lua").read_text(encoding="utf-8"))
    batch = _BATCHES[names] = LuaScript("fleet.batch", "\n".join(parts))
    return batch


_BATCHES: dict[tuple[str, ...], LuaScript] = {}
