# generated from openapi.json by codegen; do not edit
from typing import Literal

AiWan26GenerateBodyResolution = Literal["1080p", "720p"]

AI_WAN_26_GENERATE_BODY_RESOLUTION_VALUES: set[AiWan26GenerateBodyResolution] = {
    "1080p",
    "720p",
}


def check_ai_wan_26_generate_body_resolution(
    value: str,
) -> AiWan26GenerateBodyResolution:
    if value in AI_WAN_26_GENERATE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_WAN_26_GENERATE_BODY_RESOLUTION_VALUES!r}"
    )
