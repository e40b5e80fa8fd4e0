# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductReviewAnalysisBody")


@_attrs_define
class ProductReviewAnalysisBody:
    """
    Attributes:
        product_id (str): Product ID
        is_regenerate (bool | Unset): Whether to force re-analysis Default: False.
    """

    product_id: str
    is_regenerate: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        is_regenerate = self.is_regenerate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
            }
        )
        if is_regenerate is not UNSET:
            field_dict["is_regenerate"] = is_regenerate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("product_id")

        is_regenerate = d.pop("is_regenerate", UNSET)

        product_review_analysis_body = cls(
            product_id=product_id,
            is_regenerate=is_regenerate,
        )

        product_review_analysis_body.additional_properties = d
        return product_review_analysis_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
