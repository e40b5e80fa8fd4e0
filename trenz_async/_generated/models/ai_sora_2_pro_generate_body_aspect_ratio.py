# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSora2ProGenerateBodyAspectRatio = Literal["16:9", "9:16", "landscape", "portrait"]

AI_SORA_2_PRO_GENERATE_BODY_ASPECT_RATIO_VALUES: set[
    AiSora2ProGenerateBodyAspectRatio
] = {
    "16:9",
    "9:16",
    "landscape",
    "portrait",
}


def check_ai_sora_2_pro_generate_body_aspect_ratio(
    value: str,
) -> AiSora2ProGenerateBodyAspectRatio:
    if value in AI_SORA_2_PRO_GENERATE_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SORA_2_PRO_GENERATE_BODY_ASPECT_RATIO_VALUES!r}"
    )
