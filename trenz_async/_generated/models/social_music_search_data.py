# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_music_search_music_list_item import (
        SocialMusicSearchMusicListItem,
    )


T = TypeVar("T", bound="SocialMusicSearchData")


@_attrs_define
class SocialMusicSearchData:
    """
    Attributes:
        limit (int | Unset):
        music_list (list[SocialMusicSearchMusicListItem] | Unset):
        page (int | Unset):
        total_count (int | Unset):
    """

    limit: int | Unset = UNSET
    music_list: list[SocialMusicSearchMusicListItem] | Unset = UNSET
    page: int | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        music_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.music_list, Unset):
            music_list = []
            for music_list_item_data in self.music_list:
                music_list_item = music_list_item_data.to_dict()
                music_list.append(music_list_item)

        page = self.page

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if music_list is not UNSET:
            field_dict["music_list"] = music_list
        if page is not UNSET:
            field_dict["page"] = page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_music_search_music_list_item import (
            SocialMusicSearchMusicListItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _music_list = d.pop("music_list", UNSET)
        music_list: list[SocialMusicSearchMusicListItem] | Unset = UNSET
        if _music_list is not UNSET:
            music_list = []
            for music_list_item_data in _music_list:
                music_list_item = SocialMusicSearchMusicListItem.from_dict(
                    music_list_item_data
                )

                music_list.append(music_list_item)

        page = d.pop("page", UNSET)

        total_count = d.pop("total_count", UNSET)

        social_music_search_data = cls(
            limit=limit,
            music_list=music_list,
            page=page,
            total_count=total_count,
        )

        social_music_search_data.additional_properties = d
        return social_music_search_data

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
