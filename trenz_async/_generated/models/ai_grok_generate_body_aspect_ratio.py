# generated from openapi.json by codegen; do not edit
from typing import Literal

AiGrokGenerateBodyAspectRatio = Literal["16:9", "9:16"]

AI_GROK_GENERATE_BODY_ASPECT_RATIO_VALUES: set[AiGrokGenerateBodyAspectRatio] = {
    "16:9",
    "9:16",
}


def check_ai_grok_generate_body_aspect_ratio(
    value: str,
) -> AiGrokGenerateBodyAspectRatio:
    if value in AI_GROK_GENERATE_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_GROK_GENERATE_BODY_ASPECT_RATIO_VALUES!r}"
    )
