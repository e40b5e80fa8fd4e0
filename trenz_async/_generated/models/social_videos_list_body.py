# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialVideosListBody")


@_attrs_define
class SocialVideosListBody:
    """
    Attributes:
        content_type (str | Unset): Content type: video/image
        include_details (bool | Unset): Whether to include publishing details
        include_presigned_urls (bool | Unset): Whether to include presigned URL
        limit (int | Unset): Page size
        page (int | Unset): Page number
        publish_time_after (int | Unset): Publish time start (Unix timestamp)
        publish_time_before (int | Unset): Publish time end (Unix timestamp)
        status (str | Unset): Status filter
    """

    content_type: str | Unset = UNSET
    include_details: bool | Unset = UNSET
    include_presigned_urls: bool | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    publish_time_after: int | Unset = UNSET
    publish_time_before: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        include_details = self.include_details

        include_presigned_urls = self.include_presigned_urls

        limit = self.limit

        page = self.page

        publish_time_after = self.publish_time_after

        publish_time_before = self.publish_time_before

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if include_details is not UNSET:
            field_dict["include_details"] = include_details
        if include_presigned_urls is not UNSET:
            field_dict["include_presigned_urls"] = include_presigned_urls
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if publish_time_after is not UNSET:
            field_dict["publish_time_after"] = publish_time_after
        if publish_time_before is not UNSET:
            field_dict["publish_time_before"] = publish_time_before
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type", UNSET)

        include_details = d.pop("include_details", UNSET)

        include_presigned_urls = d.pop("include_presigned_urls", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        publish_time_after = d.pop("publish_time_after", UNSET)

        publish_time_before = d.pop("publish_time_before", UNSET)

        status = d.pop("status", UNSET)

        social_videos_list_body = cls(
            content_type=content_type,
            include_details=include_details,
            include_presigned_urls=include_presigned_urls,
            limit=limit,
            page=page,
            publish_time_after=publish_time_after,
            publish_time_before=publish_time_before,
            status=status,
        )

        social_videos_list_body.additional_properties = d
        return social_videos_list_body

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
