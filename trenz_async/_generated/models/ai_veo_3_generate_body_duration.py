# generated from openapi.json by codegen; do not edit
from typing import Literal

AiVeo3GenerateBodyDuration = Literal[5, 8]

AI_VEO_3_GENERATE_BODY_DURATION_VALUES: set[AiVeo3GenerateBodyDuration] = {
    5,
    8,
}


def check_ai_veo_3_generate_body_duration(value: int) -> AiVeo3GenerateBodyDuration:
    if value in AI_VEO_3_GENERATE_BODY_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_VEO_3_GENERATE_BODY_DURATION_VALUES!r}"
    )
