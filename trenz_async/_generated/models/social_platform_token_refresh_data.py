# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_platform_token_refresh_account import (
        SocialPlatformTokenRefreshAccount,
    )


T = TypeVar("T", bound="SocialPlatformTokenRefreshData")


@_attrs_define
class SocialPlatformTokenRefreshData:
    """
    Attributes:
        account (SocialPlatformTokenRefreshAccount | Unset): Refreshed social account info
    """

    account: SocialPlatformTokenRefreshAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_platform_token_refresh_account import (
            SocialPlatformTokenRefreshAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: SocialPlatformTokenRefreshAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = SocialPlatformTokenRefreshAccount.from_dict(_account)

        social_platform_token_refresh_data = cls(
            account=account,
        )

        social_platform_token_refresh_data.additional_properties = d
        return social_platform_token_refresh_data

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
