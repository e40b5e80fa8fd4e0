# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_comments_create_comment import SocialCommentsCreateComment


T = TypeVar("T", bound="SocialCommentsCreateData")


@_attrs_define
class SocialCommentsCreateData:
    """
    Attributes:
        comment (SocialCommentsCreateComment | Unset):
    """

    comment: SocialCommentsCreateComment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_comments_create_comment import SocialCommentsCreateComment  # noqa: PLC0415

        d = dict(src_dict)
        _comment = d.pop("comment", UNSET)
        comment: SocialCommentsCreateComment | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = SocialCommentsCreateComment.from_dict(_comment)

        social_comments_create_data = cls(
            comment=comment,
        )

        social_comments_create_data.additional_properties = d
        return social_comments_create_data

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
