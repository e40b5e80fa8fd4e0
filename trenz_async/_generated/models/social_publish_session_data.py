# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_publish_session_publication import (
        SocialPublishSessionPublication,
    )
    from ..models.social_publish_session_session import SocialPublishSessionSession


T = TypeVar("T", bound="SocialPublishSessionData")


@_attrs_define
class SocialPublishSessionData:
    """
    Attributes:
        publications (list[SocialPublishSessionPublication] | Unset):
        session (SocialPublishSessionSession | Unset):
    """

    publications: list[SocialPublishSessionPublication] | Unset = UNSET
    session: SocialPublishSessionSession | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.publications, Unset):
            publications = []
            for publications_item_data in self.publications:
                publications_item = publications_item_data.to_dict()
                publications.append(publications_item)

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publications is not UNSET:
            field_dict["publications"] = publications
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_publish_session_publication import (
            SocialPublishSessionPublication,  # noqa: PLC0415
        )
        from ..models.social_publish_session_session import SocialPublishSessionSession  # noqa: PLC0415

        d = dict(src_dict)
        _publications = d.pop("publications", UNSET)
        publications: list[SocialPublishSessionPublication] | Unset = UNSET
        if _publications is not UNSET:
            publications = []
            for publications_item_data in _publications:
                publications_item = SocialPublishSessionPublication.from_dict(
                    publications_item_data
                )

                publications.append(publications_item)

        _session = d.pop("session", UNSET)
        session: SocialPublishSessionSession | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = SocialPublishSessionSession.from_dict(_session)

        social_publish_session_data = cls(
            publications=publications,
            session=session,
        )

        social_publish_session_data.additional_properties = d
        return social_publish_session_data

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
