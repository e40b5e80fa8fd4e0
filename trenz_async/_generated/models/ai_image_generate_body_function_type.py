# generated from openapi.json by codegen; do not edit
from typing import Literal

AiImageGenerateBodyFunctionType = Literal[
    "ai_clothing", "digital_avatar", "general_edit", "handheld_product", "product_image"
]

AI_IMAGE_GENERATE_BODY_FUNCTION_TYPE_VALUES: set[AiImageGenerateBodyFunctionType] = {
    "ai_clothing",
    "digital_avatar",
    "general_edit",
    "handheld_product",
    "product_image",
}


def check_ai_image_generate_body_function_type(
    value: str,
) -> AiImageGenerateBodyFunctionType:
    if value in AI_IMAGE_GENERATE_BODY_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATE_BODY_FUNCTION_TYPE_VALUES!r}"
    )
