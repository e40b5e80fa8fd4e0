# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_managed_list_comment import (
        SocialCommentsManagedListComment,
    )


T = TypeVar("T", bound="SocialCommentsManagedListData")


@_attrs_define
class SocialCommentsManagedListData:
    """
    Attributes:
        comments (list[SocialCommentsManagedListComment] | Unset):
        limit (int | Unset):
        page (int | Unset):
        total_count (int | Unset):
    """

    comments: list[SocialCommentsManagedListComment] | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comments, Unset):
            comments = []
            for comments_item_data in self.comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        limit = self.limit

        page = self.page

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments is not UNSET:
            field_dict["comments"] = comments
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_managed_list_comment import (
            SocialCommentsManagedListComment,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _comments = d.pop("comments", UNSET)
        comments: list[SocialCommentsManagedListComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = SocialCommentsManagedListComment.from_dict(
                    comments_item_data
                )

                comments.append(comments_item)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        total_count = d.pop("total_count", UNSET)

        social_comments_managed_list_data = cls(
            comments=comments,
            limit=limit,
            page=page,
            total_count=total_count,
        )

        social_comments_managed_list_data.additional_properties = d
        return social_comments_managed_list_data

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
