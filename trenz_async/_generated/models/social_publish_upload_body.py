# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_publish_upload_media_item import SocialPublishUploadMediaItem
    from ..models.social_publish_upload_publication import (
        SocialPublishUploadPublication,
    )


T = TypeVar("T", bound="SocialPublishUploadBody")


@_attrs_define
class SocialPublishUploadBody:
    """
    Attributes:
        publications (list[SocialPublishUploadPublication]): Publish target list (can publish to multiple accounts at
            once)
        video_title (str): Video title
        bucket_key (str | Unset): Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the
            'General' category)
        bucket_name (str | Unset): Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the
            'General' category)
        content_type (str | Unset): Content type: video or image Default: 'video'.
        cover_bucket_key (str | Unset): Cover image object key (the `object_key` returned by 'Generate Presigned Upload
            URL' under the 'General' category, optional)
        cover_bucket_name (str | Unset): Cover image bucket name (the `s3_bucket` returned by 'Generate Presigned Upload
            URL' under the 'General' category, optional)
        dry_run (bool | Unset): Dry-run publish (does not actually publish to the platform) Default: False.
        duration (float | Unset): Video duration (seconds, optional)
        file_size (int | Unset): File size (bytes, optional)
        media_items (list[SocialPublishUploadMediaItem] | Unset): Media item list (for carousel and other multi-file
            publishing scenarios. When `media_items` is set, `bucket_name`/`bucket_key` are not required)
        source_id (str | Unset): Source ID
        source_type (str | Unset): Source type
        video_description (str | Unset): Video description
    """

    publications: list[SocialPublishUploadPublication]
    video_title: str
    bucket_key: str | Unset = UNSET
    bucket_name: str | Unset = UNSET
    content_type: str | Unset = "video"
    cover_bucket_key: str | Unset = UNSET
    cover_bucket_name: str | Unset = UNSET
    dry_run: bool | Unset = False
    duration: float | Unset = UNSET
    file_size: int | Unset = UNSET
    media_items: list[SocialPublishUploadMediaItem] | Unset = UNSET
    source_id: str | Unset = UNSET
    source_type: str | Unset = UNSET
    video_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publications = []
        for publications_item_data in self.publications:
            publications_item = publications_item_data.to_dict()
            publications.append(publications_item)

        video_title = self.video_title

        bucket_key = self.bucket_key

        bucket_name = self.bucket_name

        content_type = self.content_type

        cover_bucket_key = self.cover_bucket_key

        cover_bucket_name = self.cover_bucket_name

        dry_run = self.dry_run

        duration = self.duration

        file_size = self.file_size

        media_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_items, Unset):
            media_items = []
            for media_items_item_data in self.media_items:
                media_items_item = media_items_item_data.to_dict()
                media_items.append(media_items_item)

        source_id = self.source_id

        source_type = self.source_type

        video_description = self.video_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publications": publications,
                "video_title": video_title,
            }
        )
        if bucket_key is not UNSET:
            field_dict["bucket_key"] = bucket_key
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if cover_bucket_key is not UNSET:
            field_dict["cover_bucket_key"] = cover_bucket_key
        if cover_bucket_name is not UNSET:
            field_dict["cover_bucket_name"] = cover_bucket_name
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if duration is not UNSET:
            field_dict["duration"] = duration
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if media_items is not UNSET:
            field_dict["media_items"] = media_items
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if video_description is not UNSET:
            field_dict["video_description"] = video_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_publish_upload_media_item import (
            SocialPublishUploadMediaItem,  # noqa: PLC0415
        )
        from ..models.social_publish_upload_publication import (
            SocialPublishUploadPublication,  # noqa: PLC0415
        )

        d = dict(src_dict)
        publications = []
        _publications = d.pop("publications")
        for publications_item_data in _publications:
            publications_item = SocialPublishUploadPublication.from_dict(
                publications_item_data
            )

            publications.append(publications_item)

        video_title = d.pop("video_title")

        bucket_key = d.pop("bucket_key", UNSET)

        bucket_name = d.pop("bucket_name", UNSET)

        content_type = d.pop("content_type", UNSET)

        cover_bucket_key = d.pop("cover_bucket_key", UNSET)

        cover_bucket_name = d.pop("cover_bucket_name", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        duration = d.pop("duration", UNSET)

        file_size = d.pop("file_size", UNSET)

        _media_items = d.pop("media_items", UNSET)
        media_items: list[SocialPublishUploadMediaItem] | Unset = UNSET
        if _media_items is not UNSET:
            media_items = []
            for media_items_item_data in _media_items:
                media_items_item = SocialPublishUploadMediaItem.from_dict(
                    media_items_item_data
                )

                media_items.append(media_items_item)

        source_id = d.pop("source_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        video_description = d.pop("video_description", UNSET)

        social_publish_upload_body = cls(
            publications=publications,
            video_title=video_title,
            bucket_key=bucket_key,
            bucket_name=bucket_name,
            content_type=content_type,
            cover_bucket_key=cover_bucket_key,
            cover_bucket_name=cover_bucket_name,
            dry_run=dry_run,
            duration=duration,
            file_size=file_size,
            media_items=media_items,
            source_id=source_id,
            source_type=source_type,
            video_description=video_description,
        )

        social_publish_upload_body.additional_properties = d
        return social_publish_upload_body

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
