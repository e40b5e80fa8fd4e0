# generated from openapi.json by codegen; do not edit
from typing import Literal

AiSdProGenerateBodyRoleMode = Literal["frame", "reference"]

AI_SD_PRO_GENERATE_BODY_ROLE_MODE_VALUES: set[AiSdProGenerateBodyRoleMode] = {
    "frame",
    "reference",
}


def check_ai_sd_pro_generate_body_role_mode(value: str) -> AiSdProGenerateBodyRoleMode:
    if value in AI_SD_PRO_GENERATE_BODY_ROLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_SD_PRO_GENERATE_BODY_ROLE_MODE_VALUES!r}"
    )
