# generated from openapi.json by codegen; do not edit
from typing import Literal

VideoCloneSora2ConfigAspectRatio = Literal["16:9", "9:16"]

VIDEO_CLONE_SORA_2_CONFIG_ASPECT_RATIO_VALUES: set[VideoCloneSora2ConfigAspectRatio] = {
    "16:9",
    "9:16",
}


def check_video_clone_sora_2_config_aspect_ratio(
    value: str,
) -> VideoCloneSora2ConfigAspectRatio:
    if value in VIDEO_CLONE_SORA_2_CONFIG_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CLONE_SORA_2_CONFIG_ASPECT_RATIO_VALUES!r}"
    )
