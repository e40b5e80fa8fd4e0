# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_publishing_config_privacy import (
    PlatformPublishingConfigPrivacy,
    check_platform_publishing_config_privacy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformPublishingConfig")


@_attrs_define
class PlatformPublishingConfig:
    """Platform-specific publishing config (click to expand for details)

    Attributes:
        privacy (PlatformPublishingConfigPrivacy | Unset): Privacy setting. TikTok: PUBLIC_TO_EVERYONE (default) /
            MUTUAL_FOLLOW_FRIENDS / FOLLOWER_OF_CREATOR / SELF_ONLY; YouTube: public / private (default) / unlisted
        product_id (str | Unset): Linked product ID
        product_title (str | Unset): Linked product name
    """

    privacy: PlatformPublishingConfigPrivacy | Unset = UNSET
    product_id: str | Unset = UNSET
    product_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privacy: str | Unset = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy

        product_id = self.product_id

        product_title = self.product_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_title is not UNSET:
            field_dict["product_title"] = product_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _privacy = d.pop("privacy", UNSET)
        privacy: PlatformPublishingConfigPrivacy | Unset
        if isinstance(_privacy, Unset):
            privacy = UNSET
        else:
            privacy = check_platform_publishing_config_privacy(_privacy)

        product_id = d.pop("product_id", UNSET)

        product_title = d.pop("product_title", UNSET)

        platform_publishing_config = cls(
            privacy=privacy,
            product_id=product_id,
            product_title=product_title,
        )

        platform_publishing_config.additional_properties = d
        return platform_publishing_config

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
