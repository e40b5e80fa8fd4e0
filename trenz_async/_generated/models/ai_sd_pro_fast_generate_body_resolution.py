# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSdProFastGenerateBodyResolution = Literal["480p", "720p"]

AI_SD_PRO_FAST_GENERATE_BODY_RESOLUTION_VALUES: set[
    AiSdProFastGenerateBodyResolution
] = {
    "480p",
    "720p",
}


def check_ai_sd_pro_fast_generate_body_resolution(
    value: str,
) -> AiSdProFastGenerateBodyResolution:
    if value in AI_SD_PRO_FAST_GENERATE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SD_PRO_FAST_GENERATE_BODY_RESOLUTION_VALUES!r}"
    )
