# generated from openapi.json by codegen; do not edit
from typing import Literal

AiWan26GenerateBodyDuration = Literal[5, 10, 15]

AI_WAN_26_GENERATE_BODY_DURATION_VALUES: set[AiWan26GenerateBodyDuration] = {
    5,
    10,
    15,
}


def check_ai_wan_26_generate_body_duration(value: int) -> AiWan26GenerateBodyDuration:
    if value in AI_WAN_26_GENERATE_BODY_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_WAN_26_GENERATE_BODY_DURATION_VALUES!r}"
    )
