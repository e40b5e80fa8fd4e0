# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_list_filtering import AdsListFiltering


T = TypeVar("T", bound="AdsListBody")


@_attrs_define
class AdsListBody:
    """
    Attributes:
        account_id (str | Unset): Advertiser account ID
        advertiser_id (str | Unset): Advertiser account ID
        exclude_field_types_in_response (list[str] | Unset): Excluded field types
        fields (list[str] | Unset): Fields to return
        filtering (AdsListFiltering | Unset): Filter (click to expand for details)
        force_refresh (bool | Unset): Whether to force refresh
        page (int | Unset): Page number
        page_size (int | Unset): Page size, default 20, max 100 Default: 20.
        with_metrics (bool | Unset): Whether to include metric data
    """

    account_id: str | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    exclude_field_types_in_response: list[str] | Unset = UNSET
    fields: list[str] | Unset = UNSET
    filtering: AdsListFiltering | Unset = UNSET
    force_refresh: bool | Unset = UNSET
    page: int | Unset = UNSET
    page_size: int | Unset = 20
    with_metrics: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        advertiser_id = self.advertiser_id

        exclude_field_types_in_response: list[str] | Unset = UNSET
        if not isinstance(self.exclude_field_types_in_response, Unset):
            exclude_field_types_in_response = self.exclude_field_types_in_response

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        filtering: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filtering, Unset):
            filtering = self.filtering.to_dict()

        force_refresh = self.force_refresh

        page = self.page

        page_size = self.page_size

        with_metrics = self.with_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if exclude_field_types_in_response is not UNSET:
            field_dict["exclude_field_types_in_response"] = (
                exclude_field_types_in_response
            )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if filtering is not UNSET:
            field_dict["filtering"] = filtering
        if force_refresh is not UNSET:
            field_dict["force_refresh"] = force_refresh
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if with_metrics is not UNSET:
            field_dict["with_metrics"] = with_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_list_filtering import AdsListFiltering  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        advertiser_id = d.pop("advertiser_id", UNSET)

        exclude_field_types_in_response = cast(
            list[str], d.pop("exclude_field_types_in_response", UNSET)
        )

        fields = cast(list[str], d.pop("fields", UNSET))

        _filtering = d.pop("filtering", UNSET)
        filtering: AdsListFiltering | Unset
        if isinstance(_filtering, Unset):
            filtering = UNSET
        else:
            filtering = AdsListFiltering.from_dict(_filtering)

        force_refresh = d.pop("force_refresh", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        with_metrics = d.pop("with_metrics", UNSET)

        ads_list_body = cls(
            account_id=account_id,
            advertiser_id=advertiser_id,
            exclude_field_types_in_response=exclude_field_types_in_response,
            fields=fields,
            filtering=filtering,
            force_refresh=force_refresh,
            page=page,
            page_size=page_size,
            with_metrics=with_metrics,
        )

        ads_list_body.additional_properties = d
        return ads_list_body

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
