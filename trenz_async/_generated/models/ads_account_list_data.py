# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ads_account_list_account import AdsAccountListAccount
    from ..models.ads_account_list_page_info import AdsAccountListPageInfo
    from ..models.ads_account_list_stats import AdsAccountListStats


T = TypeVar("T", bound="AdsAccountListData")


@_attrs_define
class AdsAccountListData:
    """
    Attributes:
        accounts (list[AdsAccountListAccount] | Unset): Account list
        page_info (AdsAccountListPageInfo | Unset): Pagination
        stats (AdsAccountListStats | Unset): Account statistics
    """

    accounts: list[AdsAccountListAccount] | Unset = UNSET
    page_info: AdsAccountListPageInfo | Unset = UNSET
    stats: AdsAccountListStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ads_account_list_account import AdsAccountListAccount  # noqa: PLC0415
        from ..models.ads_account_list_page_info import AdsAccountListPageInfo  # noqa: PLC0415
        from ..models.ads_account_list_stats import AdsAccountListStats  # noqa: PLC0415

        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[AdsAccountListAccount] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = AdsAccountListAccount.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _page_info = d.pop("page_info", UNSET)
        page_info: AdsAccountListPageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = AdsAccountListPageInfo.from_dict(_page_info)

        _stats = d.pop("stats", UNSET)
        stats: AdsAccountListStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = AdsAccountListStats.from_dict(_stats)

        ads_account_list_data = cls(
            accounts=accounts,
            page_info=page_info,
            stats=stats,
        )

        ads_account_list_data.additional_properties = d
        return ads_account_list_data

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
