# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialPublishSessionSession")


@_attrs_define
class SocialPublishSessionSession:
    """
    Attributes:
        completed_at (int | Unset): Completed at (Unix timestamp)
        completed_publications (int | Unset):
        failed_publications (int | Unset):
        id (int | Unset):
        session_token (str | Unset):
        started_at (int | Unset):
        status (str | Unset):
        total_publications (int | Unset):
        video_id (int | Unset):
    """

    completed_at: int | Unset = UNSET
    completed_publications: int | Unset = UNSET
    failed_publications: int | Unset = UNSET
    id: int | Unset = UNSET
    session_token: str | Unset = UNSET
    started_at: int | Unset = UNSET
    status: str | Unset = UNSET
    total_publications: int | Unset = UNSET
    video_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at = self.completed_at

        completed_publications = self.completed_publications

        failed_publications = self.failed_publications

        id = self.id

        session_token = self.session_token

        started_at = self.started_at

        status = self.status

        total_publications = self.total_publications

        video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if completed_publications is not UNSET:
            field_dict["completed_publications"] = completed_publications
        if failed_publications is not UNSET:
            field_dict["failed_publications"] = failed_publications
        if id is not UNSET:
            field_dict["id"] = id
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if status is not UNSET:
            field_dict["status"] = status
        if total_publications is not UNSET:
            field_dict["total_publications"] = total_publications
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_at = d.pop("completed_at", UNSET)

        completed_publications = d.pop("completed_publications", UNSET)

        failed_publications = d.pop("failed_publications", UNSET)

        id = d.pop("id", UNSET)

        session_token = d.pop("session_token", UNSET)

        started_at = d.pop("started_at", UNSET)

        status = d.pop("status", UNSET)

        total_publications = d.pop("total_publications", UNSET)

        video_id = d.pop("video_id", UNSET)

        social_publish_session_session = cls(
            completed_at=completed_at,
            completed_publications=completed_publications,
            failed_publications=failed_publications,
            id=id,
            session_token=session_token,
            started_at=started_at,
            status=status,
            total_publications=total_publications,
            video_id=video_id,
        )

        social_publish_session_session.additional_properties = d
        return social_publish_session_session

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
