# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_grok_generate_body_aspect_ratio import (
    AiGrokGenerateBodyAspectRatio,
    check_ai_grok_generate_body_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_grok_generate_image import AiGrokGenerateImage


T = TypeVar("T", bound="AiGrokGenerateBody")


@_attrs_define
class AiGrokGenerateBody:
    """
    Attributes:
        prompt (str): Video generation prompt
        aspect_ratio (AiGrokGenerateBodyAspectRatio | Unset): Aspect ratio Default: '9:16'.
        country_code (str | Unset): Country code Default: 'th'.
        duration (int | Unset): Video duration (seconds) Default: 5.
        image (AiGrokGenerateImage | Unset): Image info (required, image-to-video, click to expand for details)
        language (str | Unset): Language Default: 'default'.
        model (str | Unset): Model name Default: 'grok'.
    """

    prompt: str
    aspect_ratio: AiGrokGenerateBodyAspectRatio | Unset = "9:16"
    country_code: str | Unset = "th"
    duration: int | Unset = 5
    image: AiGrokGenerateImage | Unset = UNSET
    language: str | Unset = "default"
    model: str | Unset = "grok"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        country_code = self.country_code

        duration = self.duration

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        language = self.language

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image is not UNSET:
            field_dict["image"] = image
        if language is not UNSET:
            field_dict["language"] = language
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_grok_generate_image import AiGrokGenerateImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AiGrokGenerateBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ai_grok_generate_body_aspect_ratio(_aspect_ratio)

        country_code = d.pop("country_code", UNSET)

        duration = d.pop("duration", UNSET)

        _image = d.pop("image", UNSET)
        image: AiGrokGenerateImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AiGrokGenerateImage.from_dict(_image)

        language = d.pop("language", UNSET)

        model = d.pop("model", UNSET)

        ai_grok_generate_body = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            country_code=country_code,
            duration=duration,
            image=image,
            language=language,
            model=model,
        )

        ai_grok_generate_body.additional_properties = d
        return ai_grok_generate_body

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
