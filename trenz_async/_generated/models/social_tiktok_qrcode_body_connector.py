# generated from openapi.json by codegen; do not edit
from typing import Literal

SocialTiktokQrcodeBodyConnector = Literal["trenz"]

SOCIAL_TIKTOK_QRCODE_BODY_CONNECTOR_VALUES: set[SocialTiktokQrcodeBodyConnector] = {
    "trenz",
}


def check_social_tiktok_qrcode_body_connector(
    value: str,
) -> SocialTiktokQrcodeBodyConnector:
    if value in SOCIAL_TIKTOK_QRCODE_BODY_CONNECTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_TIKTOK_QRCODE_BODY_CONNECTOR_VALUES!r}"
    )
