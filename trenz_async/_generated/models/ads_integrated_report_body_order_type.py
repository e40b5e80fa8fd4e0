# generated from openapi.json by codegen; do not edit
from typing import Literal

AdsIntegratedReportBodyOrderType = Literal["ASC", "DESC"]

ADS_INTEGRATED_REPORT_BODY_ORDER_TYPE_VALUES: set[AdsIntegratedReportBodyOrderType] = {
    "ASC",
    "DESC",
}


def check_ads_integrated_report_body_order_type(
    value: str,
) -> AdsIntegratedReportBodyOrderType:
    if value in ADS_INTEGRATED_REPORT_BODY_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADS_INTEGRATED_REPORT_BODY_ORDER_TYPE_VALUES!r}"
    )
