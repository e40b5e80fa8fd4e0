# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_generate_body_function_type import (
    AiImageGenerateBodyFunctionType,
    check_ai_image_generate_body_function_type,
)
from ..models.ai_image_generate_body_model_type import (
    AiImageGenerateBodyModelType,
    check_ai_image_generate_body_model_type,
)
from ..models.ai_image_generate_body_ratio import (
    AiImageGenerateBodyRatio,
    check_ai_image_generate_body_ratio,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_image_generate_digit_human_image import (
        AiImageGenerateDigitHumanImage,
    )
    from ..models.ai_image_generate_product_image import AiImageGenerateProductImage


T = TypeVar("T", bound="AiImageGenerateBody")


@_attrs_define
class AiImageGenerateBody:
    """At least one of `product_images` or `digit_human_images` is required

    Attributes:
        prompt (str): Prompt describing the desired image (scene, style, composition, etc.)
        digit_human_images (list[AiImageGenerateDigitHumanImage] | Unset): Avatar image list (at least one of
            `avatar_images` or `product_images` is required)
        function_type (AiImageGenerateBodyFunctionType | Unset): Feature type Default: 'general_edit'.
        image_size (str | Unset): Image resolution Default: '1K'.
        model_type (AiImageGenerateBodyModelType | Unset): AI model type Default: 'gemini'.
        product_images (list[AiImageGenerateProductImage] | Unset): Product image list (at least one of `product_images`
            or `avatar_images` is required)
        ratio (AiImageGenerateBodyRatio | Unset): Image ratio Default: '9:16'.
    """

    prompt: str
    digit_human_images: list[AiImageGenerateDigitHumanImage] | Unset = UNSET
    function_type: AiImageGenerateBodyFunctionType | Unset = "general_edit"
    image_size: str | Unset = "1K"
    model_type: AiImageGenerateBodyModelType | Unset = "gemini"
    product_images: list[AiImageGenerateProductImage] | Unset = UNSET
    ratio: AiImageGenerateBodyRatio | Unset = "9:16"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        digit_human_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.digit_human_images, Unset):
            digit_human_images = []
            for digit_human_images_item_data in self.digit_human_images:
                digit_human_images_item = digit_human_images_item_data.to_dict()
                digit_human_images.append(digit_human_images_item)

        function_type: str | Unset = UNSET
        if not isinstance(self.function_type, Unset):
            function_type = self.function_type

        image_size = self.image_size

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        product_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_images, Unset):
            product_images = []
            for product_images_item_data in self.product_images:
                product_images_item = product_images_item_data.to_dict()
                product_images.append(product_images_item)

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if digit_human_images is not UNSET:
            field_dict["digit_human_images"] = digit_human_images
        if function_type is not UNSET:
            field_dict["function_type"] = function_type
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if product_images is not UNSET:
            field_dict["product_images"] = product_images
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_image_generate_digit_human_image import (
            AiImageGenerateDigitHumanImage,  # noqa: PLC0415
        )
        from ..models.ai_image_generate_product_image import AiImageGenerateProductImage  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _digit_human_images = d.pop("digit_human_images", UNSET)
        digit_human_images: list[AiImageGenerateDigitHumanImage] | Unset = UNSET
        if _digit_human_images is not UNSET:
            digit_human_images = []
            for digit_human_images_item_data in _digit_human_images:
                digit_human_images_item = AiImageGenerateDigitHumanImage.from_dict(
                    digit_human_images_item_data
                )

                digit_human_images.append(digit_human_images_item)

        _function_type = d.pop("function_type", UNSET)
        function_type: AiImageGenerateBodyFunctionType | Unset
        if isinstance(_function_type, Unset):
            function_type = UNSET
        else:
            function_type = check_ai_image_generate_body_function_type(_function_type)

        image_size = d.pop("image_size", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: AiImageGenerateBodyModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_ai_image_generate_body_model_type(_model_type)

        _product_images = d.pop("product_images", UNSET)
        product_images: list[AiImageGenerateProductImage] | Unset = UNSET
        if _product_images is not UNSET:
            product_images = []
            for product_images_item_data in _product_images:
                product_images_item = AiImageGenerateProductImage.from_dict(
                    product_images_item_data
                )

                product_images.append(product_images_item)

        _ratio = d.pop("ratio", UNSET)
        ratio: AiImageGenerateBodyRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_ai_image_generate_body_ratio(_ratio)

        ai_image_generate_body = cls(
            prompt=prompt,
            digit_human_images=digit_human_images,
            function_type=function_type,
            image_size=image_size,
            model_type=model_type,
            product_images=product_images,
            ratio=ratio,
        )

        ai_image_generate_body.additional_properties = d
        return ai_image_generate_body

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
