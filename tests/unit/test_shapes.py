"""`trenz_async._registry.shapes`: nested request values checked against the spec's shape."""

from __future__ import annotations

from typing import Any

import pytest

from trenz_async._registry.shapes import Shape

IMAGE = Shape(
    json_type="object",
    name="ImageParam",
    fields={"url": Shape(json_type="string"), "weight": Shape(json_type="integer")},
    required=("url",),
    closed=True,
)
IMAGES = Shape(json_type="array", items=IMAGE)
CONFIG = Shape(
    json_type="object",
    name="ConfigParam",
    fields={
        "ratio": Shape(json_type="string", enum=("9:16", "16:9")),
        "images": IMAGES,
        "boxes": Shape(json_type="array", items=Shape(json_type="array", items=Shape("number"))),
    },
)


@pytest.mark.parametrize(
    ("shape", "value", "problem"),
    [
        (
            IMAGES,
            ["https://x/a.jpg"],
            "[0] must be an object with fields url (required), weight (ImageParam), "
            "got str 'https://x/a.jpg'",
        ),
        (IMAGES, [{"url": "u"}, {"weight": 2}], "[1] lacks 'url'"),
        (IMAGES, [{"url": "u", "wieght": 2}], "[0] has unknown field 'wieght'"),
        (IMAGES, [{"url": "u", "weight": True}], "[0].weight must be an integer, got bool True"),
        (IMAGES, "u", " must be a list of objects with fields url (required), weight"),
        (CONFIG, {"ratio": "1:1"}, ".ratio must be one of '9:16', '16:9', got str '1:1'"),
        (CONFIG, {"images": [{"url": 3}]}, ".images[0].url must be a string, got int 3"),
        (CONFIG, {"boxes": [[0, 0.5], "x"]}, ".boxes[1] must be a list of numbers, got str 'x'"),
    ],
)
def test_a_value_that_does_not_fit_says_where_and_what_was_expected(
    shape: Shape, value: Any, problem: str
) -> None:
    """The problem starts at the offending item or field and names the expected shape."""
    found = shape.problem(value)
    assert found is not None
    assert found.startswith(problem)


@pytest.mark.parametrize(
    ("shape", "value"),
    [
        (IMAGES, [{"url": "u"}, {"url": "v", "weight": 3}]),
        (IMAGES, ({"url": "u", "weight": None},)),  # None is "not given"
        (CONFIG, {"ratio": "9:16", "extra": 1}),  # an object the spec leaves open
        (CONFIG, {"boxes": [[0, 1], [0.5, 1]]}),
        (Shape(json_type="array"), [1, "a", {}]),  # items the spec does not describe
    ],
)
def test_values_that_fit_pass(shape: Shape, value: Any) -> None:
    """Well-shaped values, open objects and undescribed items are not refused."""
    assert shape.problem(value) is None


def test_a_shape_reads_back_from_registry_json() -> None:
    """The registry stores shapes as plain JSON; decoding gives an equal, hashable shape."""
    data = {
        "json_type": "array",
        "items": {
            "json_type": "object",
            "name": "ImageParam",
            "fields": {"url": {"json_type": "string"}, "weight": {"json_type": "integer"}},
            "required": ["url"],
            "closed": True,
        },
    }
    decoded = Shape(**data)
    assert decoded == IMAGES
    assert hash(decoded) == hash(IMAGES)
