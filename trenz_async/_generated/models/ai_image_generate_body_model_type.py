# generated from openapi.json by codegen; do not edit
from typing import Literal

AiImageGenerateBodyModelType = Literal["gemini"]

AI_IMAGE_GENERATE_BODY_MODEL_TYPE_VALUES: set[AiImageGenerateBodyModelType] = {
    "gemini",
}


def check_ai_image_generate_body_model_type(value: str) -> AiImageGenerateBodyModelType:
    if value in AI_IMAGE_GENERATE_BODY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATE_BODY_MODEL_TYPE_VALUES!r}"
    )
