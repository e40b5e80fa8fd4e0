# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_video_detail_publication import SocialVideoDetailPublication
    from ..models.social_video_detail_video import SocialVideoDetailVideo


T = TypeVar("T", bound="SocialVideoDetailData")


@_attrs_define
class SocialVideoDetailData:
    """
    Attributes:
        presigned_url (str | Unset):
        publications (list[SocialVideoDetailPublication] | Unset):
        video (SocialVideoDetailVideo | Unset):
    """

    presigned_url: str | Unset = UNSET
    publications: list[SocialVideoDetailPublication] | Unset = UNSET
    video: SocialVideoDetailVideo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presigned_url = self.presigned_url

        publications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.publications, Unset):
            publications = []
            for publications_item_data in self.publications:
                publications_item = publications_item_data.to_dict()
                publications.append(publications_item)

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presigned_url is not UNSET:
            field_dict["presigned_url"] = presigned_url
        if publications is not UNSET:
            field_dict["publications"] = publications
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_video_detail_publication import (
            SocialVideoDetailPublication,  # noqa: PLC0415
        )
        from ..models.social_video_detail_video import SocialVideoDetailVideo  # noqa: PLC0415

        d = dict(src_dict)
        presigned_url = d.pop("presigned_url", UNSET)

        _publications = d.pop("publications", UNSET)
        publications: list[SocialVideoDetailPublication] | Unset = UNSET
        if _publications is not UNSET:
            publications = []
            for publications_item_data in _publications:
                publications_item = SocialVideoDetailPublication.from_dict(
                    publications_item_data
                )

                publications.append(publications_item)

        _video = d.pop("video", UNSET)
        video: SocialVideoDetailVideo | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = SocialVideoDetailVideo.from_dict(_video)

        social_video_detail_data = cls(
            presigned_url=presigned_url,
            publications=publications,
            video=video,
        )

        social_video_detail_data.additional_properties = d
        return social_video_detail_data

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
