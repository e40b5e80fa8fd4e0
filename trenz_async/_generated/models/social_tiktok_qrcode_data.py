# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialTiktokQrcodeData")


@_attrs_define
class SocialTiktokQrcodeData:
    """
    Attributes:
        scan_qrcode_url (str | Unset):
        token (str | Unset):
    """

    scan_qrcode_url: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_qrcode_url = self.scan_qrcode_url

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scan_qrcode_url is not UNSET:
            field_dict["scan_qrcode_url"] = scan_qrcode_url
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_qrcode_url = d.pop("scan_qrcode_url", UNSET)

        token = d.pop("token", UNSET)

        social_tiktok_qrcode_data = cls(
            scan_qrcode_url=scan_qrcode_url,
            token=token,
        )

        social_tiktok_qrcode_data.additional_properties = d
        return social_tiktok_qrcode_data

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
