# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialMusicRecentlyUsedMusicListItem")


@_attrs_define
class SocialMusicRecentlyUsedMusicListItem:
    """
    Attributes:
        artist (str | Unset):
        commercial_music_id (str | Unset): Commercial music ID
        commercial_music_name (str | Unset):
        duration (int | Unset):
        genres (list[str] | Unset):
        id (int | Unset):
        platform_account_id (int | Unset): Account ID that uses this music
        preview_url (str | Unset):
        song_clip_id (str | Unset):
        thumbnail_url (str | Unset):
        used_at (int | Unset):
    """

    artist: str | Unset = UNSET
    commercial_music_id: str | Unset = UNSET
    commercial_music_name: str | Unset = UNSET
    duration: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    id: int | Unset = UNSET
    platform_account_id: int | Unset = UNSET
    preview_url: str | Unset = UNSET
    song_clip_id: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    used_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        artist = self.artist

        commercial_music_id = self.commercial_music_id

        commercial_music_name = self.commercial_music_name

        duration = self.duration

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        id = self.id

        platform_account_id = self.platform_account_id

        preview_url = self.preview_url

        song_clip_id = self.song_clip_id

        thumbnail_url = self.thumbnail_url

        used_at = self.used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if artist is not UNSET:
            field_dict["artist"] = artist
        if commercial_music_id is not UNSET:
            field_dict["commercial_music_id"] = commercial_music_id
        if commercial_music_name is not UNSET:
            field_dict["commercial_music_name"] = commercial_music_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if genres is not UNSET:
            field_dict["genres"] = genres
        if id is not UNSET:
            field_dict["id"] = id
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if song_clip_id is not UNSET:
            field_dict["song_clip_id"] = song_clip_id
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if used_at is not UNSET:
            field_dict["used_at"] = used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        artist = d.pop("artist", UNSET)

        commercial_music_id = d.pop("commercial_music_id", UNSET)

        commercial_music_name = d.pop("commercial_music_name", UNSET)

        duration = d.pop("duration", UNSET)

        genres = cast(list[str], d.pop("genres", UNSET))

        id = d.pop("id", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        song_clip_id = d.pop("song_clip_id", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        used_at = d.pop("used_at", UNSET)

        social_music_recently_used_music_list_item = cls(
            artist=artist,
            commercial_music_id=commercial_music_id,
            commercial_music_name=commercial_music_name,
            duration=duration,
            genres=genres,
            id=id,
            platform_account_id=platform_account_id,
            preview_url=preview_url,
            song_clip_id=song_clip_id,
            thumbnail_url=thumbnail_url,
            used_at=used_at,
        )

        social_music_recently_used_music_list_item.additional_properties = d
        return social_music_recently_used_music_list_item

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
