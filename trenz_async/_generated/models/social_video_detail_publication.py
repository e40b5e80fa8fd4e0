# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialVideoDetailPublication")


@_attrs_define
class SocialVideoDetailPublication:
    """
    Attributes:
        error_message (str | Unset): Error message
        id (int | Unset):
        platform (str | Unset): Platform
        platform_account_id (int | Unset): Platform account ID
        platform_url (str | Unset):
        platform_video_id (str | Unset):
        progress_percentage (int | Unset): Progress percentage
        published_at (int | Unset):
        stage (str | Unset): Publishing stage
        status (str | Unset):
    """

    error_message: str | Unset = UNSET
    id: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    platform_url: str | Unset = UNSET
    platform_video_id: str | Unset = UNSET
    progress_percentage: int | Unset = UNSET
    published_at: int | Unset = UNSET
    stage: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        id = self.id

        platform = self.platform

        platform_account_id = self.platform_account_id

        platform_url = self.platform_url

        platform_video_id = self.platform_video_id

        progress_percentage = self.progress_percentage

        published_at = self.published_at

        stage = self.stage

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if platform_url is not UNSET:
            field_dict["platform_url"] = platform_url
        if platform_video_id is not UNSET:
            field_dict["platform_video_id"] = platform_video_id
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_message = d.pop("error_message", UNSET)

        id = d.pop("id", UNSET)

        platform = d.pop("platform", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        platform_url = d.pop("platform_url", UNSET)

        platform_video_id = d.pop("platform_video_id", UNSET)

        progress_percentage = d.pop("progress_percentage", UNSET)

        published_at = d.pop("published_at", UNSET)

        stage = d.pop("stage", UNSET)

        status = d.pop("status", UNSET)

        social_video_detail_publication = cls(
            error_message=error_message,
            id=id,
            platform=platform,
            platform_account_id=platform_account_id,
            platform_url=platform_url,
            platform_video_id=platform_video_id,
            progress_percentage=progress_percentage,
            published_at=published_at,
            stage=stage,
            status=status,
        )

        social_video_detail_publication.additional_properties = d
        return social_video_detail_publication

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
