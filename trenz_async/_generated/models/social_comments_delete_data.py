# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_delete_comment import SocialCommentsDeleteComment


T = TypeVar("T", bound="SocialCommentsDeleteData")


@_attrs_define
class SocialCommentsDeleteData:
    """
    Attributes:
        comment (SocialCommentsDeleteComment | Unset):
        success (bool | Unset):
    """

    comment: SocialCommentsDeleteComment | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_delete_comment import SocialCommentsDeleteComment  # noqa: PLC0415

        d = dict(src_dict)
        _comment = d.pop("comment", UNSET)
        comment: SocialCommentsDeleteComment | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = SocialCommentsDeleteComment.from_dict(_comment)

        success = d.pop("success", UNSET)

        social_comments_delete_data = cls(
            comment=comment,
            success=success,
        )

        social_comments_delete_data.additional_properties = d
        return social_comments_delete_data

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
