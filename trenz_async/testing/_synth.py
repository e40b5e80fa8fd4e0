"""Deterministic, plausible JSON values synthesized from the spec's schemas.

Every value comes from a `random.Random` seeded from the fake's seed and the request's
parameters, so the same request always gets the same data. Field names steer the values
(`*_id` looks like an id, `*_url` like a URL, `price` like a price); objects the spec
leaves open get the record fields `_shapes` derives from the operation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from typing import Any

from . import _spec
from ._shapes import Fields
from ._spec import Schema

_MAX_DEPTH = 8
_INT32_MAX = 2**31 - 1
_EPOCH_2025 = 1_735_689_600
_YEAR = 365 * 86_400
_CDN = "https://cdn.fake.trenz.ai"

_WORDS = (
    "glow", "serum", "wireless", "earbuds", "yoga", "mat", "organic", "matcha", "ceramic",
    "planter", "desk", "lamp", "vintage", "denim", "jacket", "travel", "mug", "bamboo",
    "silk", "scarf", "smart", "watch", "linen", "tote", "retinol", "cream", "protein",
    "shaker", "pet", "brush", "sunset", "cozy", "minimal", "summer", "studio", "daily",
)  # fmt: skip
_NAMES = ("ava", "liam", "mia", "noah", "zoe", "kai", "luna", "leo", "ivy", "max", "nora", "eli")


def stable_rng(*parts: object) -> random.Random:
    """A `random.Random` seeded from the canonical JSON of `parts` (stable across runs)."""
    text = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"))
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _matches(schema: Schema, value: object) -> bool:
    json_type = schema.get("type")
    if json_type == "string":
        return isinstance(value, str)
    if json_type == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if json_type == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if json_type == "boolean":
        return isinstance(value, bool)
    return False


class Synthesizer:
    """Builds JSON values for schemas from one seeded `random.Random`.

    Args:
        rng: the source of every random choice.
        echo: request parameters; a scalar property with the same name and type takes the
            request's value (a search for `country=de` answers with `country: "de"`).
        array_length: how many items an array gets (inclusive range).
        record: the fields an open object (no declared properties) gets.
    """

    def __init__(
        self,
        rng: random.Random,
        *,
        echo: Mapping[str, Any] | None = None,
        array_length: tuple[int, int] = (1, 3),
        record: Fields = (),
    ) -> None:
        self._rng = rng
        self._echo = dict(echo or {})
        self._array_length = array_length
        self._record = record

    def value(self, schema: Schema, name: str = "", depth: int = 0) -> Any:
        """A value valid for `schema`; `name` is the property it fills."""
        schema = _spec.resolve(schema)
        if "enum" in schema:
            return self._rng.choice(list(schema["enum"]))
        json_type = schema.get("type", "object" if "properties" in schema else "string")
        if name in self._echo and _matches(schema, self._echo[name]):
            return self._echo[name]
        if json_type == "object":
            return self.object(schema, depth=depth)
        if json_type == "array":
            return self.array(schema, name, depth=depth)
        if json_type == "string":
            return self._string(name, schema)
        if json_type == "integer":
            return self._integer(name, schema)
        if json_type == "number":
            return self._number(name, schema)
        if json_type == "boolean":
            return self._rng.random() < 0.5
        return None

    def object(self, schema: Schema, *, depth: int = 0) -> dict[str, Any]:
        """An object with every declared property, or the record fields for open ones."""
        schema = _spec.resolve(schema)
        if depth >= _MAX_DEPTH:
            return {}
        properties: Mapping[str, Schema] = schema.get("properties") or {}
        if properties:
            return {key: self.value(sub, key, depth + 1) for key, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            return {"tiktok": self.value(extra, "tiktok", depth + 1)}
        return self.fields(self._record, depth=depth)

    def fields(self, fields: Sequence[tuple[str, Schema]], *, depth: int = 0) -> dict[str, Any]:
        """An object with exactly these fields."""
        return {key: self.value(sub, key, depth + 1) for key, sub in fields}

    def array(self, schema: Schema, name: str = "", *, depth: int = 0) -> list[Any]:
        """A short array of items for `schema`."""
        items: Schema = schema.get("items") or {}
        low, high = self._array_length
        count = self._rng.randint(low, high) if depth < _MAX_DEPTH else 0
        singular = name[:-1] if name.endswith("s") else name
        return [self.value(items, singular, depth + 1) for _ in range(count)]

    def identifier(self) -> str:
        """A TikTok-style numeric id (19 digits)."""
        return str(self._rng.randint(10**18, 10**19 - 1))

    def token(self, prefix: str = "") -> str:
        """An opaque hex token."""
        return prefix + f"{self._rng.getrandbits(64):016x}"

    def _words(self, count: int) -> str:
        return " ".join(self._rng.choice(_WORDS) for _ in range(count))

    def _string(self, name: str, schema: Schema) -> str:
        text = self._string_for(name.lower())
        max_length = schema.get("maxLength")
        return text[:max_length] if isinstance(max_length, int) else text

    def _string_for(self, name: str) -> str:
        rng = self._rng
        if name.endswith("currency"):
            return "USD"
        if name in ("country", "country_code", "region") or name.endswith("_region"):
            return "us"
        if name == "language":
            return "en"
        if name == "platform":
            return "tiktok"
        if name.endswith("email"):
            return f"{rng.choice(_NAMES)}{rng.randint(1, 999)}@example.com"
        if name.endswith(("url", "link")):
            ext = ".mp4" if "video" in name else ".jpg" if name != "url" else ""
            return f"{_CDN}/{name.removesuffix('_url')}/{self.token()}{ext}"
        if name.endswith(("date", "_day")):
            return self._moment().strftime("%Y-%m-%d")
        if name.endswith(("_at", "time", "_after", "_before")):
            return self._moment().strftime("%Y-%m-%dT%H:%M:%SZ")
        if name == "id" or name.endswith(("_id", "_ids")):
            return self.identifier()
        if name.endswith(("status", "state")):
            return rng.choice(("active", "normal"))
        if name.endswith(("token", "cursor", "key", "ticket")):
            return self.token()
        if name.endswith(("phone_number", "phone")):
            return f"+1555{rng.randint(1000000, 9999999)}"
        if name.endswith(("username", "handle")):
            return f"{rng.choice(_NAMES)}.{rng.choice(_WORDS)}{rng.randint(1, 999)}"
        if name.endswith(("name", "title", "label", "remark")):
            return self._words(rng.randint(2, 4)).title()
        return self._words(rng.randint(3, 9)).capitalize()

    def _moment(self) -> dt.datetime:
        seconds = _EPOCH_2025 + self._rng.randint(0, _YEAR)
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)

    def _integer(self, name: str, schema: Schema) -> int:
        name = name.lower()
        rng = self._rng
        if name.endswith("_ms"):
            value = (_EPOCH_2025 + rng.randint(0, _YEAR)) * 1000 + rng.randint(0, 999)
        elif name.endswith(("_at", "time", "timestamp", "_after", "_before")):
            value = _EPOCH_2025 + rng.randint(0, _YEAR)
        elif name == "id" or name.endswith("_id"):
            value = rng.randint(100_000, 99_999_999)
        elif name in ("width", "height"):
            value = rng.choice((720, 1080, 1280, 1920))
        elif name in ("duration", "days"):
            value = rng.randint(5, 60)
        elif name.startswith(("page", "rank", "position")):
            value = rng.randint(1, 50)
        else:
            value = rng.randint(0, 250_000)
        if schema.get("format") == "int32":
            value = min(value, _INT32_MAX)
        return int(_clamp(value, schema))

    def _number(self, name: str, schema: Schema) -> float:
        name = name.lower()
        rng = self._rng
        if name == "rating" or name.endswith("_rating"):
            value = round(rng.uniform(3.5, 5.0), 1)
        elif name.endswith(("rate", "ratio", "ctr", "engagement", "score", "growth")):
            value = round(rng.random(), 4)
        elif name.endswith(("percentage", "percent")):
            value = round(rng.uniform(0, 100), 1)
        elif name.startswith(("price", "amount", "gmv", "cost", "budget", "bid", "spend", "cpc")):
            value = round(rng.uniform(1, 2_000), 2)
        else:
            value = round(rng.uniform(0, 10_000), 2)
        return float(_clamp(value, schema))


def _clamp(value: float, schema: Schema) -> float:
    minimum = schema.get("minimum")
    maximum = schema.get("maximum")
    if isinstance(minimum, int | float):
        value = max(value, minimum)
    if isinstance(maximum, int | float):
        value = min(value, maximum)
    return value
