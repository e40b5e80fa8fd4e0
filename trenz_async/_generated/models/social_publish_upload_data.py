# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPublishUploadData")


@_attrs_define
class SocialPublishUploadData:
    """
    Attributes:
        session_token (str | Unset):
        skipped_accounts (list[str] | Unset):
    """

    session_token: str | Unset = UNSET
    skipped_accounts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_token = self.session_token

        skipped_accounts: list[str] | Unset = UNSET
        if not isinstance(self.skipped_accounts, Unset):
            skipped_accounts = self.skipped_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
        if skipped_accounts is not UNSET:
            field_dict["skipped_accounts"] = skipped_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_token = d.pop("session_token", UNSET)

        skipped_accounts = cast(list[str], d.pop("skipped_accounts", UNSET))

        social_publish_upload_data = cls(
            session_token=session_token,
            skipped_accounts=skipped_accounts,
        )

        social_publish_upload_data.additional_properties = d
        return social_publish_upload_data

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
