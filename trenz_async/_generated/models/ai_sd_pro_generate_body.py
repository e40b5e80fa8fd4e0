# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_sd_pro_generate_body_aspect_ratio import (
    AiSdProGenerateBodyAspectRatio,
    check_ai_sd_pro_generate_body_aspect_ratio,
)
from ..models.ai_sd_pro_generate_body_resolution import (
    AiSdProGenerateBodyResolution,
    check_ai_sd_pro_generate_body_resolution,
)
from ..models.ai_sd_pro_generate_body_role_mode import (
    AiSdProGenerateBodyRoleMode,
    check_ai_sd_pro_generate_body_role_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_sd_pro_generate_image import AiSdProGenerateImage
    from ..models.ai_sd_pro_generate_reference_audio import (
        AiSdProGenerateReferenceAudio,
    )
    from ..models.ai_sd_pro_generate_reference_video import (
        AiSdProGenerateReferenceVideo,
    )


T = TypeVar("T", bound="AiSdProGenerateBody")


@_attrs_define
class AiSdProGenerateBody:
    """
    Attributes:
        prompt (str): Video generation prompt, 1-5000 characters
        aspect_ratio (AiSdProGenerateBodyAspectRatio | Unset):  Default: '9:16'.
        audio (bool | Unset):  Default: True.
        country_code (str | Unset):  Default: 'us'.
        duration (int | Unset):  Default: 5.
        images (list[AiSdProGenerateImage] | Unset): Multiple reference image list
        language (str | Unset):
        reference_audios (list[AiSdProGenerateReferenceAudio] | Unset): Reference audio list
        reference_videos (list[AiSdProGenerateReferenceVideo] | Unset): Reference video list
        resolution (AiSdProGenerateBodyResolution | Unset):  Default: '720p'.
        role_mode (AiSdProGenerateBodyRoleMode | Unset):  Default: 'reference'.
    """

    prompt: str
    aspect_ratio: AiSdProGenerateBodyAspectRatio | Unset = "9:16"
    audio: bool | Unset = True
    country_code: str | Unset = "us"
    duration: int | Unset = 5
    images: list[AiSdProGenerateImage] | Unset = UNSET
    language: str | Unset = UNSET
    reference_audios: list[AiSdProGenerateReferenceAudio] | Unset = UNSET
    reference_videos: list[AiSdProGenerateReferenceVideo] | Unset = UNSET
    resolution: AiSdProGenerateBodyResolution | Unset = "720p"
    role_mode: AiSdProGenerateBodyRoleMode | Unset = "reference"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        audio = self.audio

        country_code = self.country_code

        duration = self.duration

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        language = self.language

        reference_audios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_audios, Unset):
            reference_audios = []
            for reference_audios_item_data in self.reference_audios:
                reference_audios_item = reference_audios_item_data.to_dict()
                reference_audios.append(reference_audios_item)

        reference_videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_videos, Unset):
            reference_videos = []
            for reference_videos_item_data in self.reference_videos:
                reference_videos_item = reference_videos_item_data.to_dict()
                reference_videos.append(reference_videos_item)

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        role_mode: str | Unset = UNSET
        if not isinstance(self.role_mode, Unset):
            role_mode = self.role_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio is not UNSET:
            field_dict["audio"] = audio
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if duration is not UNSET:
            field_dict["duration"] = duration
        if images is not UNSET:
            field_dict["images"] = images
        if language is not UNSET:
            field_dict["language"] = language
        if reference_audios is not UNSET:
            field_dict["reference_audios"] = reference_audios
        if reference_videos is not UNSET:
            field_dict["reference_videos"] = reference_videos
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if role_mode is not UNSET:
            field_dict["role_mode"] = role_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_sd_pro_generate_image import AiSdProGenerateImage  # noqa: PLC0415
        from ..models.ai_sd_pro_generate_reference_audio import (
            AiSdProGenerateReferenceAudio,  # noqa: PLC0415
        )
        from ..models.ai_sd_pro_generate_reference_video import (
            AiSdProGenerateReferenceVideo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AiSdProGenerateBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ai_sd_pro_generate_body_aspect_ratio(_aspect_ratio)

        audio = d.pop("audio", UNSET)

        country_code = d.pop("country_code", UNSET)

        duration = d.pop("duration", UNSET)

        _images = d.pop("images", UNSET)
        images: list[AiSdProGenerateImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = AiSdProGenerateImage.from_dict(images_item_data)

                images.append(images_item)

        language = d.pop("language", UNSET)

        _reference_audios = d.pop("reference_audios", UNSET)
        reference_audios: list[AiSdProGenerateReferenceAudio] | Unset = UNSET
        if _reference_audios is not UNSET:
            reference_audios = []
            for reference_audios_item_data in _reference_audios:
                reference_audios_item = AiSdProGenerateReferenceAudio.from_dict(
                    reference_audios_item_data
                )

                reference_audios.append(reference_audios_item)

        _reference_videos = d.pop("reference_videos", UNSET)
        reference_videos: list[AiSdProGenerateReferenceVideo] | Unset = UNSET
        if _reference_videos is not UNSET:
            reference_videos = []
            for reference_videos_item_data in _reference_videos:
                reference_videos_item = AiSdProGenerateReferenceVideo.from_dict(
                    reference_videos_item_data
                )

                reference_videos.append(reference_videos_item)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiSdProGenerateBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_sd_pro_generate_body_resolution(_resolution)

        _role_mode = d.pop("role_mode", UNSET)
        role_mode: AiSdProGenerateBodyRoleMode | Unset
        if isinstance(_role_mode, Unset):
            role_mode = UNSET
        else:
            role_mode = check_ai_sd_pro_generate_body_role_mode(_role_mode)

        ai_sd_pro_generate_body = cls(
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            audio=audio,
            country_code=country_code,
            duration=duration,
            images=images,
            language=language,
            reference_audios=reference_audios,
            reference_videos=reference_videos,
            resolution=resolution,
            role_mode=role_mode,
        )

        ai_sd_pro_generate_body.additional_properties = d
        return ai_sd_pro_generate_body

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
