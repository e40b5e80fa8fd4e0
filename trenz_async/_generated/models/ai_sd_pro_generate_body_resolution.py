# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSdProGenerateBodyResolution = Literal["480p", "720p"]

AI_SD_PRO_GENERATE_BODY_RESOLUTION_VALUES: set[AiSdProGenerateBodyResolution] = {
    "480p",
    "720p",
}


def check_ai_sd_pro_generate_body_resolution(
    value: str,
) -> AiSdProGenerateBodyResolution:
    if value in AI_SD_PRO_GENERATE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SD_PRO_GENERATE_BODY_RESOLUTION_VALUES!r}"
    )
