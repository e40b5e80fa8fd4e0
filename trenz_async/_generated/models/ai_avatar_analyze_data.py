# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAvatarAnalyzeData")


@_attrs_define
class AiAvatarAnalyzeData:
    """
    Attributes:
        is_suitable (bool | Unset): Whether suitable
        issues (list[str] | Unset): Issue list
        score (float | Unset): Score (0-100)
        suggestions (list[str] | Unset): Improvement suggestions
    """

    is_suitable: bool | Unset = UNSET
    issues: list[str] | Unset = UNSET
    score: float | Unset = UNSET
    suggestions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_suitable = self.is_suitable

        issues: list[str] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues

        score = self.score

        suggestions: list[str] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_suitable is not UNSET:
            field_dict["is_suitable"] = is_suitable
        if issues is not UNSET:
            field_dict["issues"] = issues
        if score is not UNSET:
            field_dict["score"] = score
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_suitable = d.pop("is_suitable", UNSET)

        issues = cast(list[str], d.pop("issues", UNSET))

        score = d.pop("score", UNSET)

        suggestions = cast(list[str], d.pop("suggestions", UNSET))

        ai_avatar_analyze_data = cls(
            is_suitable=is_suitable,
            issues=issues,
            score=score,
            suggestions=suggestions,
        )

        ai_avatar_analyze_data.additional_properties = d
        return ai_avatar_analyze_data

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
