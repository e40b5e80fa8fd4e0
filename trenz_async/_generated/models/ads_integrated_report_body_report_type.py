# generated from openapi.json by codegen; do not edit
from typing import Literal

AdsIntegratedReportBodyReportType = Literal[
    "AUDIENCE", "BASIC", "BC", "CATALOG", "PLAYABLE_MATERIAL", "TT_SHOP"
]

ADS_INTEGRATED_REPORT_BODY_REPORT_TYPE_VALUES: set[
    AdsIntegratedReportBodyReportType
] = {
    "AUDIENCE",
    "BASIC",
    "BC",
    "CATALOG",
    "PLAYABLE_MATERIAL",
    "TT_SHOP",
}


def check_ads_integrated_report_body_report_type(
    value: str,
) -> AdsIntegratedReportBodyReportType:
    if value in ADS_INTEGRATED_REPORT_BODY_REPORT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADS_INTEGRATED_REPORT_BODY_REPORT_TYPE_VALUES!r}"
    )
