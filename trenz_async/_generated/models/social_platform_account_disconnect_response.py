# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_platform_account_disconnect_data import (
        SocialPlatformAccountDisconnectData,
    )
    from ..models.usage_info import UsageInfo


T = TypeVar("T", bound="SocialPlatformAccountDisconnectResponse")


@_attrs_define
class SocialPlatformAccountDisconnectResponse:
    """
    Attributes:
        data (SocialPlatformAccountDisconnectData): Response data (endpoint-specific)
        request_id (str):
        usage (UsageInfo):
        page (int | Unset):
        page_size (int | Unset):
        total (int | Unset): Total count (list endpoints)
        warnings (list[str] | Unset):
    """

    data: SocialPlatformAccountDisconnectData
    request_id: str
    usage: UsageInfo
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    total: int | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        request_id = self.request_id

        usage = self.usage.to_dict()

        page = self.page

        page_size = self.page_size

        total = self.total

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "request_id": request_id,
                "usage": usage,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total is not UNSET:
            field_dict["total"] = total
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_platform_account_disconnect_data import (
            SocialPlatformAccountDisconnectData,  # noqa: PLC0415
        )
        from ..models.usage_info import UsageInfo  # noqa: PLC0415

        d = dict(src_dict)
        data = SocialPlatformAccountDisconnectData.from_dict(d.pop("data"))

        request_id = d.pop("request_id")

        usage = UsageInfo.from_dict(d.pop("usage"))

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        total = d.pop("total", UNSET)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        social_platform_account_disconnect_response = cls(
            data=data,
            request_id=request_id,
            usage=usage,
            page=page,
            page_size=page_size,
            total=total,
            warnings=warnings,
        )

        social_platform_account_disconnect_response.additional_properties = d
        return social_platform_account_disconnect_response

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
