# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_tiktok_qrcode_check_account import (
        SocialTiktokQrcodeCheckAccount,
    )


T = TypeVar("T", bound="SocialTiktokQrcodeCheckData")


@_attrs_define
class SocialTiktokQrcodeCheckData:
    """
    Attributes:
        account (SocialTiktokQrcodeCheckAccount | Unset): Account info returned on successful binding (when
            `status=confirmed` and connection succeeds)
        client_ticket (str | Unset): Client ticket string
        code (str | Unset):
        redirect_uri (str | Unset):
        state (str | Unset): CSRF state parameter (returned when `status=confirmed`)
        status (str | Unset): new/expired/scanned/confirmed/utilised
    """

    account: SocialTiktokQrcodeCheckAccount | Unset = UNSET
    client_ticket: str | Unset = UNSET
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    state: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client_ticket = self.client_ticket

        code = self.code

        redirect_uri = self.redirect_uri

        state = self.state

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if client_ticket is not UNSET:
            field_dict["client_ticket"] = client_ticket
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_tiktok_qrcode_check_account import (
            SocialTiktokQrcodeCheckAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: SocialTiktokQrcodeCheckAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = SocialTiktokQrcodeCheckAccount.from_dict(_account)

        client_ticket = d.pop("client_ticket", UNSET)

        code = d.pop("code", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        state = d.pop("state", UNSET)

        status = d.pop("status", UNSET)

        social_tiktok_qrcode_check_data = cls(
            account=account,
            client_ticket=client_ticket,
            code=code,
            redirect_uri=redirect_uri,
            state=state,
            status=status,
        )

        social_tiktok_qrcode_check_data.additional_properties = d
        return social_tiktok_qrcode_check_data

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
