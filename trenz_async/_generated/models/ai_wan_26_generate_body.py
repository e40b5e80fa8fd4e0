# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_wan_26_generate_body_duration import (
    AiWan26GenerateBodyDuration,
    check_ai_wan_26_generate_body_duration,
)
from ..models.ai_wan_26_generate_body_resolution import (
    AiWan26GenerateBodyResolution,
    check_ai_wan_26_generate_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_wan_26_generate_image import AiWan26GenerateImage


T = TypeVar("T", bound="AiWan26GenerateBody")


@_attrs_define
class AiWan26GenerateBody:
    """
    Attributes:
        image (AiWan26GenerateImage): Image info (required, image-to-video, click to expand for details)
        prompt (str): Video generation prompt
        country_code (str | Unset): Country code Default: 'th'.
        duration (AiWan26GenerateBodyDuration | Unset): Video duration (seconds) Default: 15.
        language (str | Unset): Language Default: 'default'.
        model (str | Unset): Model name Default: 'wan2.6'.
        resolution (AiWan26GenerateBodyResolution | Unset): Video resolution Default: '720p'.
    """

    image: AiWan26GenerateImage
    prompt: str
    country_code: str | Unset = "th"
    duration: AiWan26GenerateBodyDuration | Unset = 15
    language: str | Unset = "default"
    model: str | Unset = "wan2.6"
    resolution: AiWan26GenerateBodyResolution | Unset = "720p"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        prompt = self.prompt

        country_code = self.country_code

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        language = self.language

        model = self.model

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "prompt": prompt,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if language is not UNSET:
            field_dict["language"] = language
        if model is not UNSET:
            field_dict["model"] = model
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_wan_26_generate_image import AiWan26GenerateImage  # noqa: PLC0415

        d = dict(src_dict)
        image = AiWan26GenerateImage.from_dict(d.pop("image"))

        prompt = d.pop("prompt")

        country_code = d.pop("country_code", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: AiWan26GenerateBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_ai_wan_26_generate_body_duration(_duration)

        language = d.pop("language", UNSET)

        model = d.pop("model", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiWan26GenerateBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_wan_26_generate_body_resolution(_resolution)

        ai_wan_26_generate_body = cls(
            image=image,
            prompt=prompt,
            country_code=country_code,
            duration=duration,
            language=language,
            model=model,
            resolution=resolution,
        )

        ai_wan_26_generate_body.additional_properties = d
        return ai_wan_26_generate_body

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
