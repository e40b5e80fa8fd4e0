# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_sora_2_pro_generate_body_aspect_ratio import (
    AiSora2ProGenerateBodyAspectRatio,
    check_ai_sora_2_pro_generate_body_aspect_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_sora_2_pro_generate_image import AiSora2ProGenerateImage


T = TypeVar("T", bound="AiSora2ProGenerateBody")


@_attrs_define
class AiSora2ProGenerateBody:
    """
    Attributes:
        prompt (str): Video generation prompt
        aspect_ratio (AiSora2ProGenerateBodyAspectRatio | Unset): Video ratio Default: 'portrait'.
        image (AiSora2ProGenerateImage | Unset): Image info (optional, click to expand for details)
        model (str | Unset): Model name Default: 'sora-2-pro-25s-yijia'.
    """

    prompt: str
    aspect_ratio: AiSora2ProGenerateBodyAspectRatio | Unset = "portrait"
    image: AiSora2ProGenerateImage | Unset = UNSET
    model: str | Unset = "sora-2-pro-25s-yijia"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

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
        if image is not UNSET:
            field_dict["image"] = image
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_sora_2_pro_generate_image import AiSora2ProGenerateImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AiSora2ProGenerateBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ai_sora_2_pro_generate_body_aspect_ratio(_aspect_ratio)

        _image = d.pop("image", UNSET)
        image: AiSora2ProGenerateImage | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = AiSora2ProGenerateImage.from_dict(_image)

        model = d.pop("model", UNSET)

        ai_sora_2_pro_generate_body = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            image=image,
            model=model,
        )

        ai_sora_2_pro_generate_body.additional_properties = d
        return ai_sora_2_pro_generate_body

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
