"""`trenz ops` in a subprocess: the registry, every entry of it, as JSON and as a table."""

from __future__ import annotations

from trenz_async import OPERATIONS

from .conftest import Trenz

TAGS = sorted({info.tag for info in OPERATIONS.values()})


def grouped_tag() -> str:
    """A tag `Group/Name` whose group has other tags, and whose group and last part name
    nothing else (no other tag ends with either, no other group is named so)."""
    groups = [tag.partition("/")[0] for tag in TAGS if "/" in tag]
    lasts = [tag.rsplit("/", 1)[-1].casefold() for tag in TAGS]
    for tag in TAGS:
        group, _, last = tag.partition("/")
        if (
            last
            and groups.count(group) > 1
            and lasts.count(last.casefold()) == 1
            and last.casefold() not in {name.casefold() for name in groups}
            and group.casefold() not in lasts
        ):
            return tag
    raise AssertionError("the registry has no grouped tag")


def test_ops_lists_every_registry_entry(trenz: Trenz) -> None:
    """`ops --json` has one record per registry operation, with its facts from the registry."""
    result = trenz("ops", "--json", TRENZ_API_KEY="")
    assert result.code == 0, result.stderr
    listed = {item["operation_id"]: item for item in result.json()}
    assert listed.keys() == OPERATIONS.keys()
    for operation_id, info in OPERATIONS.items():
        item = listed[operation_id]
        assert (item["accessor"], item["method"], item["path"]) == (
            info.accessor,
            info.method,
            info.path,
        )
        assert (item["coin_cost"], item["billing_mode"], item["is_async"]) == (
            info.coin_cost,
            info.billing_mode.value,
            info.is_async,
        )


def test_ops_table_has_a_row_per_operation(trenz_here: Trenz) -> None:
    """`ops --table` prints a header and one row per operation, starting with its accessor."""
    result = trenz_here("ops", "--table")
    assert result.code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["ACCESSOR", "METHOD", "PATH", "COINS", "BILLING", "ASYNC"]
    assert sorted(row.split()[0] for row in rows) == sorted(
        info.accessor for info in OPERATIONS.values()
    )
    jobs = [row for row in rows if row.rstrip().endswith(" job")]
    assert len(jobs) == sum(info.is_async for info in OPERATIONS.values())


def test_tag_filter_takes_a_tag_its_group_or_its_last_part(trenz_here: Trenz) -> None:
    """`--tag` matches a tag whole, by its group or by its last part, in any case."""

    def listed(tag: str) -> set[str]:
        return {item["operation_id"] for item in trenz_here("ops", "--tag", tag).json()}

    tag = grouped_tag()
    group, _, last = tag.partition("/")
    tagged = {key for key, info in OPERATIONS.items() if info.tag == tag}
    in_group = {key for key, info in OPERATIONS.items() if info.tag.startswith(f"{group}/")}
    assert tagged
    assert listed(tag) == tagged
    assert listed(last.lower()) == tagged
    assert in_group > tagged
    assert listed(group.upper()) == in_group


def test_unknown_tag_is_a_usage_error_listing_the_tags(trenz_here: Trenz) -> None:
    """A tag no operation has exits 2 and lists the tags there are."""
    result = trenz_here("ops", "--tag", "nope")
    assert result.code == 2
    assert all(tag in result.stderr for tag in TAGS)
