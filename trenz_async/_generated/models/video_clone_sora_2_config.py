# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_clone_sora_2_config_aspect_ratio import (
    VideoCloneSora2ConfigAspectRatio,
    check_video_clone_sora_2_config_aspect_ratio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCloneSora2Config")


@_attrs_define
class VideoCloneSora2Config:
    """Sora2 config (click to expand for details)

    Attributes:
        aspect_ratio (VideoCloneSora2ConfigAspectRatio): Video ratio
        language (str): Language code
        model_type (str | Unset): Scheduling strategy Default: 'third_party_and_official'.
    """

    aspect_ratio: VideoCloneSora2ConfigAspectRatio
    language: str
    model_type: str | Unset = "third_party_and_official"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio: str = self.aspect_ratio

        language = self.language

        model_type = self.model_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "language": language,
            }
        )
        if model_type is not UNSET:
            field_dict["model_type"] = model_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = check_video_clone_sora_2_config_aspect_ratio(
            d.pop("aspect_ratio")
        )

        language = d.pop("language")

        model_type = d.pop("model_type", UNSET)

        video_clone_sora_2_config = cls(
            aspect_ratio=aspect_ratio,
            language=language,
            model_type=model_type,
        )

        video_clone_sora_2_config.additional_properties = d
        return video_clone_sora_2_config

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
