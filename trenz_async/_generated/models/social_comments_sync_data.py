# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsSyncData")


@_attrs_define
class SocialCommentsSyncData:
    """
    Attributes:
        comments_synced (int | Unset):
        errors (int | Unset):
        replies_synced (int | Unset):
        videos_processed (int | Unset):
    """

    comments_synced: int | Unset = UNSET
    errors: int | Unset = UNSET
    replies_synced: int | Unset = UNSET
    videos_processed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments_synced = self.comments_synced

        errors = self.errors

        replies_synced = self.replies_synced

        videos_processed = self.videos_processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments_synced is not UNSET:
            field_dict["comments_synced"] = comments_synced
        if errors is not UNSET:
            field_dict["errors"] = errors
        if replies_synced is not UNSET:
            field_dict["replies_synced"] = replies_synced
        if videos_processed is not UNSET:
            field_dict["videos_processed"] = videos_processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comments_synced = d.pop("comments_synced", UNSET)

        errors = d.pop("errors", UNSET)

        replies_synced = d.pop("replies_synced", UNSET)

        videos_processed = d.pop("videos_processed", UNSET)

        social_comments_sync_data = cls(
            comments_synced=comments_synced,
            errors=errors,
            replies_synced=replies_synced,
            videos_processed=videos_processed,
        )

        social_comments_sync_data.additional_properties = d
        return social_comments_sync_data

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
