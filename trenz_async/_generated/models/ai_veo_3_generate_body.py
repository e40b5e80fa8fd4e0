# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_veo_3_generate_body_duration import (
    AiVeo3GenerateBodyDuration,
    check_ai_veo_3_generate_body_duration,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_veo_3_generate_image import AiVeo3GenerateImage
    from ..models.ai_veo_3_generate_images_item import AiVeo3GenerateImagesItem


T = TypeVar("T", bound="AiVeo3GenerateBody")


@_attrs_define
class AiVeo3GenerateBody:
    """
    Attributes:
        prompt (str): Video generation prompt
        aspect_ratio (str | Unset): Video ratio Default: 'portrait'.
        country_code (str | Unset): Country code Default: 'th'.
        duration (AiVeo3GenerateBodyDuration | Unset): Video duration (seconds) Default: 8.
        image (AiVeo3GenerateImage | Unset): Single image (optional, legacy format, click to expand for details)
        images (list[AiVeo3GenerateImagesItem] | Unset): Image info array (optional, multi-image)
        language (str | Unset): Language Default: 'default'.
        model (str | Unset): Model name Default: 'veo3.1'.
    """

    prompt: str
    aspect_ratio: str | Unset = "portrait"
    country_code: str | Unset = "th"
    duration: AiVeo3GenerateBodyDuration | Unset = 8
    image: AiVeo3GenerateImage | Unset = UNSET
    images: list[AiVeo3GenerateImagesItem] | Unset = UNSET
    language: str | Unset = "default"
    model: str | Unset = "veo3.1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio = self.aspect_ratio

        country_code = self.country_code

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

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
        if images is not UNSET:
            field_dict["images"] = images
        if language is not UNSET:
            field_dict["language"] = language
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_veo_3_generate_image import AiVeo3GenerateImage  # noqa: PLC0415
        from ..models.ai_veo_3_generate_images_item import AiVeo3GenerateImagesItem  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        country_code = d.pop("country_code", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: AiVeo3GenerateBodyDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_ai_veo_3_generate_body_duration(_duration)

        _image = d.pop("image", UNSET)
        image: AiVeo3GenerateImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AiVeo3GenerateImage.from_dict(_image)

        _images = d.pop("images", UNSET)
        images: list[AiVeo3GenerateImagesItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = AiVeo3GenerateImagesItem.from_dict(images_item_data)

                images.append(images_item)

        language = d.pop("language", UNSET)

        model = d.pop("model", UNSET)

        ai_veo_3_generate_body = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            country_code=country_code,
            duration=duration,
            image=image,
            images=images,
            language=language,
            model=model,
        )

        ai_veo_3_generate_body.additional_properties = d
        return ai_veo_3_generate_body

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
