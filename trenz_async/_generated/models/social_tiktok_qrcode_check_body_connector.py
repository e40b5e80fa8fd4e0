# generated from openapi.json by codegen; do not edit
from typing import Literal

SocialTiktokQrcodeCheckBodyConnector = Literal["trenz"]

SOCIAL_TIKTOK_QRCODE_CHECK_BODY_CONNECTOR_VALUES: set[
    SocialTiktokQrcodeCheckBodyConnector
] = {
    "trenz",
}


def check_social_tiktok_qrcode_check_body_connector(
    value: str,
) -> SocialTiktokQrcodeCheckBodyConnector:
    if value in SOCIAL_TIKTOK_QRCODE_CHECK_BODY_CONNECTOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_TIKTOK_QRCODE_CHECK_BODY_CONNECTOR_VALUES!r}"
    )
