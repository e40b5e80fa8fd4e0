# generated from openapi.json by codegen; do not edit
from typing import Literal

AdsIntegratedReportBodyDataLevel = Literal[
    "AUCTION_AD", "AUCTION_ADGROUP", "AUCTION_ADVERTISER", "AUCTION_CAMPAIGN"
]

ADS_INTEGRATED_REPORT_BODY_DATA_LEVEL_VALUES: set[AdsIntegratedReportBodyDataLevel] = {
    "AUCTION_AD",
    "AUCTION_ADGROUP",
    "AUCTION_ADVERTISER",
    "AUCTION_CAMPAIGN",
}


def check_ads_integrated_report_body_data_level(
    value: str,
) -> AdsIntegratedReportBodyDataLevel:
    if value in ADS_INTEGRATED_REPORT_BODY_DATA_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADS_INTEGRATED_REPORT_BODY_DATA_LEVEL_VALUES!r}"
    )
