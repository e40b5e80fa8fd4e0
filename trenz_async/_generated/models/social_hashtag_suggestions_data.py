# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_hashtag_suggestions_suggestion import (
        SocialHashtagSuggestionsSuggestion,
    )


T = TypeVar("T", bound="SocialHashtagSuggestionsData")


@_attrs_define
class SocialHashtagSuggestionsData:
    """
    Attributes:
        from_cache (bool | Unset):
        suggestions (list[SocialHashtagSuggestionsSuggestion] | Unset):
    """

    from_cache: bool | Unset = UNSET
    suggestions: list[SocialHashtagSuggestionsSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_cache = self.from_cache

        suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = []
            for suggestions_item_data in self.suggestions:
                suggestions_item = suggestions_item_data.to_dict()
                suggestions.append(suggestions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_cache is not UNSET:
            field_dict["from_cache"] = from_cache
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_hashtag_suggestions_suggestion import (
            SocialHashtagSuggestionsSuggestion,  # noqa: PLC0415
        )

        d = dict(src_dict)
        from_cache = d.pop("from_cache", UNSET)

        _suggestions = d.pop("suggestions", UNSET)
        suggestions: list[SocialHashtagSuggestionsSuggestion] | Unset = UNSET
        if _suggestions is not UNSET:
            suggestions = []
            for suggestions_item_data in _suggestions:
                suggestions_item = SocialHashtagSuggestionsSuggestion.from_dict(
                    suggestions_item_data
                )

                suggestions.append(suggestions_item)

        social_hashtag_suggestions_data = cls(
            from_cache=from_cache,
            suggestions=suggestions,
        )

        social_hashtag_suggestions_data.additional_properties = d
        return social_hashtag_suggestions_data

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
