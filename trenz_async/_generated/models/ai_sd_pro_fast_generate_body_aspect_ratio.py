# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSdProFastGenerateBodyAspectRatio = Literal[
    "16:9", "1:1", "21:9", "3:4", "4:3", "9:16"
]

AI_SD_PRO_FAST_GENERATE_BODY_ASPECT_RATIO_VALUES: set[
    AiSdProFastGenerateBodyAspectRatio
] = {
    "16:9",
    "1:1",
    "21:9",
    "3:4",
    "4:3",
    "9:16",
}


def check_ai_sd_pro_fast_generate_body_aspect_ratio(
    value: str,
) -> AiSdProFastGenerateBodyAspectRatio:
    if value in AI_SD_PRO_FAST_GENERATE_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SD_PRO_FAST_GENERATE_BODY_ASPECT_RATIO_VALUES!r}"
    )
