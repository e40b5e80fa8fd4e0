# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_overview_summary import (
        SocialAnalyticsOverviewSummary,
    )


T = TypeVar("T", bound="SocialAnalyticsOverviewData")


@_attrs_define
class SocialAnalyticsOverviewData:
    """
    Attributes:
        end_date (str | Unset):
        start_date (str | Unset):
        summary (SocialAnalyticsOverviewSummary | Unset):
    """

    end_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    summary: SocialAnalyticsOverviewSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        start_date = self.start_date

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_overview_summary import (
            SocialAnalyticsOverviewSummary,  # noqa: PLC0415
        )

        d = dict(src_dict)
        end_date = d.pop("end_date", UNSET)

        start_date = d.pop("start_date", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: SocialAnalyticsOverviewSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = SocialAnalyticsOverviewSummary.from_dict(_summary)

        social_analytics_overview_data = cls(
            end_date=end_date,
            start_date=start_date,
            summary=summary,
        )

        social_analytics_overview_data.additional_properties = d
        return social_analytics_overview_data

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
