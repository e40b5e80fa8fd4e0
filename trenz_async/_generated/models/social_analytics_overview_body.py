# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialAnalyticsOverviewBody")


@_attrs_define
class SocialAnalyticsOverviewBody:
    """
    Attributes:
        account_types (list[str] | Unset): Account type filter
        end_date (str | Unset): End date YYYY-MM-DD
        platform_account_ids (list[int] | Unset): Account filter
        platforms (list[str] | Unset): Platform filter
        start_date (str | Unset): Start date YYYY-MM-DD
    """

    account_types: list[str] | Unset = UNSET
    end_date: str | Unset = UNSET
    platform_account_ids: list[int] | Unset = UNSET
    platforms: list[str] | Unset = UNSET
    start_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_types: list[str] | Unset = UNSET
        if not isinstance(self.account_types, Unset):
            account_types = self.account_types

        end_date = self.end_date

        platform_account_ids: list[int] | Unset = UNSET
        if not isinstance(self.platform_account_ids, Unset):
            platform_account_ids = self.platform_account_ids

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_types is not UNSET:
            field_dict["account_types"] = account_types
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if platform_account_ids is not UNSET:
            field_dict["platform_account_ids"] = platform_account_ids
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_types = cast(list[str], d.pop("account_types", UNSET))

        end_date = d.pop("end_date", UNSET)

        platform_account_ids = cast(list[int], d.pop("platform_account_ids", UNSET))

        platforms = cast(list[str], d.pop("platforms", UNSET))

        start_date = d.pop("start_date", UNSET)

        social_analytics_overview_body = cls(
            account_types=account_types,
            end_date=end_date,
            platform_account_ids=platform_account_ids,
            platforms=platforms,
            start_date=start_date,
        )

        social_analytics_overview_body.additional_properties = d
        return social_analytics_overview_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
