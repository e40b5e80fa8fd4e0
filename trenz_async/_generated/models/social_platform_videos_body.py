# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_platform_videos_filter import SocialPlatformVideosFilter


T = TypeVar("T", bound="SocialPlatformVideosBody")


@_attrs_define
class SocialPlatformVideosBody:
    """
    Attributes:
        platform_account_id (int): Platform account ID
        filter_ (SocialPlatformVideosFilter | Unset): Filters (click to expand for details)
        include_presigned_urls (bool | Unset): Whether to include presigned URL
        limit (int | Unset): Page size
        page (int | Unset): Page number
    """

    platform_account_id: int
    filter_: SocialPlatformVideosFilter | Unset = UNSET
    include_presigned_urls: bool | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        include_presigned_urls = self.include_presigned_urls

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_presigned_urls is not UNSET:
            field_dict["include_presigned_urls"] = include_presigned_urls
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_platform_videos_filter import SocialPlatformVideosFilter  # noqa: PLC0415

        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        _filter_ = d.pop("filter", UNSET)
        filter_: SocialPlatformVideosFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SocialPlatformVideosFilter.from_dict(_filter_)

        include_presigned_urls = d.pop("include_presigned_urls", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        social_platform_videos_body = cls(
            platform_account_id=platform_account_id,
            filter_=filter_,
            include_presigned_urls=include_presigned_urls,
            limit=limit,
            page=page,
        )

        social_platform_videos_body.additional_properties = d
        return social_platform_videos_body

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
