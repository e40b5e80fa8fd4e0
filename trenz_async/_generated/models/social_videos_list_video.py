# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_videos_list_video_media_item import (
        SocialVideosListVideoMediaItem,
    )
    from ..models.social_videos_list_video_publication import (
        SocialVideosListVideoPublication,
    )


T = TypeVar("T", bound="SocialVideosListVideo")


@_attrs_define
class SocialVideosListVideo:
    """
    Attributes:
        aspect_ratio (str | Unset):
        content_type (str | Unset):
        cover_url (str | Unset): Cover image URL
        created_at (int | Unset):
        description (str | Unset):
        duration (float | Unset):
        id (int | Unset):
        media_items (list[SocialVideosListVideoMediaItem] | Unset): Media item list
        publications (list[SocialVideosListVideoPublication] | Unset): Publishing details list
        source_type (str | Unset): Source type
        status (str | Unset):
        title (str | Unset):
        updated_at (int | Unset):
    """

    aspect_ratio: str | Unset = UNSET
    content_type: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    description: str | Unset = UNSET
    duration: float | Unset = UNSET
    id: int | Unset = UNSET
    media_items: list[SocialVideosListVideoMediaItem] | Unset = UNSET
    publications: list[SocialVideosListVideoPublication] | Unset = UNSET
    source_type: str | Unset = UNSET
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        content_type = self.content_type

        cover_url = self.cover_url

        created_at = self.created_at

        description = self.description

        duration = self.duration

        id = self.id

        media_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_items, Unset):
            media_items = []
            for media_items_item_data in self.media_items:
                media_items_item = media_items_item_data.to_dict()
                media_items.append(media_items_item)

        publications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.publications, Unset):
            publications = []
            for publications_item_data in self.publications:
                publications_item = publications_item_data.to_dict()
                publications.append(publications_item)

        source_type = self.source_type

        status = self.status

        title = self.title

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if id is not UNSET:
            field_dict["id"] = id
        if media_items is not UNSET:
            field_dict["media_items"] = media_items
        if publications is not UNSET:
            field_dict["publications"] = publications
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_videos_list_video_media_item import (
            SocialVideosListVideoMediaItem,  # noqa: PLC0415
        )
        from ..models.social_videos_list_video_publication import (
            SocialVideosListVideoPublication,  # noqa: PLC0415
        )

        d = dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio", UNSET)

        content_type = d.pop("content_type", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        duration = d.pop("duration", UNSET)

        id = d.pop("id", UNSET)

        _media_items = d.pop("media_items", UNSET)
        media_items: list[SocialVideosListVideoMediaItem] | Unset = UNSET
        if _media_items is not UNSET:
            media_items = []
            for media_items_item_data in _media_items:
                media_items_item = SocialVideosListVideoMediaItem.from_dict(
                    media_items_item_data
                )

                media_items.append(media_items_item)

        _publications = d.pop("publications", UNSET)
        publications: list[SocialVideosListVideoPublication] | Unset = UNSET
        if _publications is not UNSET:
            publications = []
            for publications_item_data in _publications:
                publications_item = SocialVideosListVideoPublication.from_dict(
                    publications_item_data
                )

                publications.append(publications_item)

        source_type = d.pop("source_type", UNSET)

        status = d.pop("status", UNSET)

        title = d.pop("title", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        social_videos_list_video = cls(
            aspect_ratio=aspect_ratio,
            content_type=content_type,
            cover_url=cover_url,
            created_at=created_at,
            description=description,
            duration=duration,
            id=id,
            media_items=media_items,
            publications=publications,
            source_type=source_type,
            status=status,
            title=title,
            updated_at=updated_at,
        )

        social_videos_list_video.additional_properties = d
        return social_videos_list_video

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
