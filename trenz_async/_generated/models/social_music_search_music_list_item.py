# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialMusicSearchMusicListItem")


@_attrs_define
class SocialMusicSearchMusicListItem:
    """
    Attributes:
        artist (str | Unset):
        commercial_music_id (str | Unset): Commercial music ID
        commercial_music_name (str | Unset):
        country_code (str | Unset): Country code
        duration (int | Unset):
        genres (list[str] | Unset):
        id (int | Unset):
        preview_url (str | Unset):
        rank_position (int | Unset):
        song_clip_id (str | Unset):
        thumbnail_url (str | Unset):
    """

    artist: str | Unset = UNSET
    commercial_music_id: str | Unset = UNSET
    commercial_music_name: str | Unset = UNSET
    country_code: str | Unset = UNSET
    duration: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    preview_url: str | Unset = UNSET
    rank_position: int | Unset = UNSET
    song_clip_id: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artist = self.artist

        commercial_music_id = self.commercial_music_id

        commercial_music_name = self.commercial_music_name

        country_code = self.country_code

        duration = self.duration

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        id = self.id

        preview_url = self.preview_url

        rank_position = self.rank_position

        song_clip_id = self.song_clip_id

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artist is not UNSET:
            field_dict["artist"] = artist
        if commercial_music_id is not UNSET:
            field_dict["commercial_music_id"] = commercial_music_id
        if commercial_music_name is not UNSET:
            field_dict["commercial_music_name"] = commercial_music_name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if genres is not UNSET:
            field_dict["genres"] = genres
        if id is not UNSET:
            field_dict["id"] = id
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if rank_position is not UNSET:
            field_dict["rank_position"] = rank_position
        if song_clip_id is not UNSET:
            field_dict["song_clip_id"] = song_clip_id
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        artist = d.pop("artist", UNSET)

        commercial_music_id = d.pop("commercial_music_id", UNSET)

        commercial_music_name = d.pop("commercial_music_name", UNSET)

        country_code = d.pop("country_code", UNSET)

        duration = d.pop("duration", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        id = d.pop("id", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        rank_position = d.pop("rank_position", UNSET)

        song_clip_id = d.pop("song_clip_id", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        social_music_search_music_list_item = cls(
            artist=artist,
            commercial_music_id=commercial_music_id,
            commercial_music_name=commercial_music_name,
            country_code=country_code,
            duration=duration,
            genres=genres,
            id=id,
            preview_url=preview_url,
            rank_position=rank_position,
            song_clip_id=song_clip_id,
            thumbnail_url=thumbnail_url,
        )

        social_music_search_music_list_item.additional_properties = d
        return social_music_search_music_list_item

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
