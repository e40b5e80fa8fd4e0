# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_analytics_top_accounts_account import (
        SocialAnalyticsTopAccountsAccount,
    )


T = TypeVar("T", bound="SocialAnalyticsTopAccountsData")


@_attrs_define
class SocialAnalyticsTopAccountsData:
    """
    Attributes:
        accounts (list[SocialAnalyticsTopAccountsAccount] | Unset):
    """

    accounts: list[SocialAnalyticsTopAccountsAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_analytics_top_accounts_account import (
            SocialAnalyticsTopAccountsAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _accounts = d.pop("accounts", UNSET)
        accounts: list[SocialAnalyticsTopAccountsAccount] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = SocialAnalyticsTopAccountsAccount.from_dict(
                    accounts_item_data
                )

                accounts.append(accounts_item)

        social_analytics_top_accounts_data = cls(
            accounts=accounts,
        )

        social_analytics_top_accounts_data.additional_properties = d
        return social_analytics_top_accounts_data

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
