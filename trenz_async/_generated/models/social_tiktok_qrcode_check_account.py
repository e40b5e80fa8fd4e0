# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialTiktokQrcodeCheckAccount")


@_attrs_define
class SocialTiktokQrcodeCheckAccount:
    """Account info returned on successful binding (when `status=confirmed` and connection succeeds)

    Attributes:
        account_type (str | Unset): Account type: business/creator
        avatar_url (str | Unset): Avatar URL
        created_at (int | Unset): Bound at (Unix timestamp)
        display_name (str | Unset): Display name
        id (int | Unset): Account ID
        platform (str | Unset): Platform
        platform_account_id (str | Unset): Platform-side account ID
        region (str | Unset): TikTok Shop region
        scopes (list[str] | Unset): OAuth scope
        status (str | Unset): Account status: active/expired/revoked
        username (str | Unset): Username
    """

    account_type: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    created_at: int | Unset = UNSET
    display_name: str | Unset = UNSET
    id: int | Unset = UNSET
    platform: str | Unset = UNSET
    platform_account_id: str | Unset = UNSET
    region: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        avatar_url = self.avatar_url

        created_at = self.created_at

        display_name = self.display_name

        id = self.id

        platform = self.platform

        platform_account_id = self.platform_account_id

        region = self.region

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        status = self.status

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platform_account_id is not UNSET:
            field_dict["platform_account_id"] = platform_account_id
        if region is not UNSET:
            field_dict["region"] = region
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if status is not UNSET:
            field_dict["status"] = status
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_type = d.pop("account_type", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        created_at = d.pop("created_at", UNSET)

        display_name = d.pop("display_name", UNSET)

        id = d.pop("id", UNSET)

        platform = d.pop("platform", UNSET)

        platform_account_id = d.pop("platform_account_id", UNSET)

        region = d.pop("region", UNSET)

        scopes = cast(list[str], d.pop("scopes", UNSET))

        status = d.pop("status", UNSET)

        username = d.pop("username", UNSET)

        social_tiktok_qrcode_check_account = cls(
            account_type=account_type,
            avatar_url=avatar_url,
            created_at=created_at,
            display_name=display_name,
            id=id,
            platform=platform,
            platform_account_id=platform_account_id,
            region=region,
            scopes=scopes,
            status=status,
            username=username,
        )

        social_tiktok_qrcode_check_account.additional_properties = d
        return social_tiktok_qrcode_check_account

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
