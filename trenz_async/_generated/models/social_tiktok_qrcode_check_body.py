# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_tiktok_qrcode_check_body_connector import (
    SocialTiktokQrcodeCheckBodyConnector,
    check_social_tiktok_qrcode_check_body_connector,
)

T = TypeVar("T", bound="SocialTiktokQrcodeCheckBody")


@_attrs_define
class SocialTiktokQrcodeCheckBody:
    """
    Attributes:
        connector (SocialTiktokQrcodeCheckBodyConnector): Must be trenz
        token (str): Token obtained from 'TikTok QR Code Login'
    """

    connector: SocialTiktokQrcodeCheckBodyConnector
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector: str = self.connector

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector": connector,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connector = check_social_tiktok_qrcode_check_body_connector(d.pop("connector"))

        token = d.pop("token")

        social_tiktok_qrcode_check_body = cls(
            connector=connector,
            token=token,
        )

        social_tiktok_qrcode_check_body.additional_properties = d
        return social_tiktok_qrcode_check_body

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
