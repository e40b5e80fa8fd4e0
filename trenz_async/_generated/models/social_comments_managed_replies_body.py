# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialCommentsManagedRepliesBody")


@_attrs_define
class SocialCommentsManagedRepliesBody:
    """
    Attributes:
        platform_account_id (int): Platform account ID
        platform_comment_id (str): Parent comment ID
        is_deleted (bool | Unset): Whether deleted
        is_hidden (bool | Unset): Whether hidden
        limit (int | Unset): Page size
        page (int | Unset): Page number
    """

    platform_account_id: int
    platform_comment_id: str
    is_deleted: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    limit: int | Unset = UNSET
    page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_account_id = self.platform_account_id

        platform_comment_id = self.platform_comment_id

        is_deleted = self.is_deleted

        is_hidden = self.is_hidden

        limit = self.limit

        page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_account_id": platform_account_id,
                "platform_comment_id": platform_comment_id,
            }
        )
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        platform_account_id = d.pop("platform_account_id")

        platform_comment_id = d.pop("platform_comment_id")

        is_deleted = d.pop("is_deleted", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        limit = d.pop("limit", UNSET)

        page = d.pop("page", UNSET)

        social_comments_managed_replies_body = cls(
            platform_account_id=platform_account_id,
            platform_comment_id=platform_comment_id,
            is_deleted=is_deleted,
            is_hidden=is_hidden,
            limit=limit,
            page=page,
        )

        social_comments_managed_replies_body.additional_properties = d
        return social_comments_managed_replies_body

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
