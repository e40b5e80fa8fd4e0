# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_publishing_config import PlatformPublishingConfig


T = TypeVar("T", bound="SocialPublishUploadPublication")


@_attrs_define
class SocialPublishUploadPublication:
    """
    Attributes:
        platform_account_id (int): Target social account ID
        title (str): Video title
        description (str | Unset): Video description
        platform_config (PlatformPublishingConfig | Unset): Platform-specific publishing config (click to expand for
            details)
        scheduled_at (int | Unset): Scheduled publish timestamp (Unix seconds)
        tags (list[str] | Unset): Tag list
    """

    platform_account_id: int
    title: str
    description: str | Unset = UNSET
    platform_config: PlatformPublishingConfig | Unset = UNSET
    scheduled_at: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        title = self.title

        description = self.description

        platform_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_config, Unset):
            platform_config = self.platform_config.to_dict()

        scheduled_at = self.scheduled_at

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if platform_config is not UNSET:
            field_dict["platform_config"] = platform_config
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_publishing_config import PlatformPublishingConfig  # noqa: PLC0415

        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        title = d.pop("title")

        description = d.pop("description", UNSET)

        _platform_config = d.pop("platform_config", UNSET)
        platform_config: PlatformPublishingConfig | Unset
        if isinstance(_platform_config, Unset):
            platform_config = UNSET
        else:
            platform_config = PlatformPublishingConfig.from_dict(_platform_config)

        scheduled_at = d.pop("scheduled_at", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        social_publish_upload_publication = cls(
            platform_account_id=platform_account_id,
            title=title,
            description=description,
            platform_config=platform_config,
            scheduled_at=scheduled_at,
            tags=tags,
        )

        social_publish_upload_publication.additional_properties = d
        return social_publish_upload_publication

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
