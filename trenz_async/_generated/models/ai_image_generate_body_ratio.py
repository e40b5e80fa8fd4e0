# generated from openapi.json by codegen; do not edit
from typing import Literal

AiImageGenerateBodyRatio = Literal["16:9", "1:1", "9:16"]

AI_IMAGE_GENERATE_BODY_RATIO_VALUES: set[AiImageGenerateBodyRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ai_image_generate_body_ratio(value: str) -> AiImageGenerateBodyRatio:
    if value in AI_IMAGE_GENERATE_BODY_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATE_BODY_RATIO_VALUES!r}"
    )
