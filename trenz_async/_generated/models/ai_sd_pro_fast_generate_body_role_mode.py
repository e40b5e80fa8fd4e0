# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSdProFastGenerateBodyRoleMode = Literal["frame", "reference"]

AI_SD_PRO_FAST_GENERATE_BODY_ROLE_MODE_VALUES: set[AiSdProFastGenerateBodyRoleMode] = {
    "frame",
    "reference",
}


def check_ai_sd_pro_fast_generate_body_role_mode(
    value: str,
) -> AiSdProFastGenerateBodyRoleMode:
    if value in AI_SD_PRO_FAST_GENERATE_BODY_ROLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SD_PRO_FAST_GENERATE_BODY_ROLE_MODE_VALUES!r}"
    )
