# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_video_check_info_platform_rules import (
        SocialVideoCheckInfoPlatformRules,
    )
    from ..models.social_video_check_info_validation_results import (
        SocialVideoCheckInfoValidationResults,
    )
    from ..models.social_video_check_info_video_metadata import (
        SocialVideoCheckInfoVideoMetadata,
    )


T = TypeVar("T", bound="SocialVideoCheckInfoData")


@_attrs_define
class SocialVideoCheckInfoData:
    """
    Attributes:
        platform_rules (SocialVideoCheckInfoPlatformRules | Unset): Per-platform video rule info
        validation_results (SocialVideoCheckInfoValidationResults | Unset): Per-platform validation result
        video_metadata (SocialVideoCheckInfoVideoMetadata | Unset):
    """

    platform_rules: SocialVideoCheckInfoPlatformRules | Unset = UNSET
    validation_results: SocialVideoCheckInfoValidationResults | Unset = UNSET
    video_metadata: SocialVideoCheckInfoVideoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_rules, Unset):
            platform_rules = self.platform_rules.to_dict()

        validation_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_results, Unset):
            validation_results = self.validation_results.to_dict()

        video_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_metadata, Unset):
            video_metadata = self.video_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if platform_rules is not UNSET:
            field_dict["platform_rules"] = platform_rules
        if validation_results is not UNSET:
            field_dict["validation_results"] = validation_results
        if video_metadata is not UNSET:
            field_dict["video_metadata"] = video_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_video_check_info_platform_rules import (
            SocialVideoCheckInfoPlatformRules,  # noqa: PLC0415
        )
        from ..models.social_video_check_info_validation_results import (
            SocialVideoCheckInfoValidationResults,  # noqa: PLC0415
        )
        from ..models.social_video_check_info_video_metadata import (
            SocialVideoCheckInfoVideoMetadata,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _platform_rules = d.pop("platform_rules", UNSET)
        platform_rules: SocialVideoCheckInfoPlatformRules | Unset
        if isinstance(_platform_rules, Unset):
            platform_rules = UNSET
        else:
            platform_rules = SocialVideoCheckInfoPlatformRules.from_dict(
                _platform_rules
            )

        _validation_results = d.pop("validation_results", UNSET)
        validation_results: SocialVideoCheckInfoValidationResults | Unset
        if isinstance(_validation_results, Unset):
            validation_results = UNSET
        else:
            validation_results = SocialVideoCheckInfoValidationResults.from_dict(
                _validation_results
            )

        _video_metadata = d.pop("video_metadata", UNSET)
        video_metadata: SocialVideoCheckInfoVideoMetadata | Unset
        if isinstance(_video_metadata, Unset):
            video_metadata = UNSET
        else:
            video_metadata = SocialVideoCheckInfoVideoMetadata.from_dict(
                _video_metadata
            )

        social_video_check_info_data = cls(
            platform_rules=platform_rules,
            validation_results=validation_results,
            video_metadata=video_metadata,
        )

        social_video_check_info_data.additional_properties = d
        return social_video_check_info_data

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
