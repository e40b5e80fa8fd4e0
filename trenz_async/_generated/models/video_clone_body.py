# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_clone_product_image import VideoCloneProductImage
    from ..models.video_clone_reference_video import VideoCloneReferenceVideo
    from ..models.video_clone_sora_2_config import VideoCloneSora2Config


T = TypeVar("T", bound="VideoCloneBody")


@_attrs_define
class VideoCloneBody:
    """
    Attributes:
        product_description (str): Product description (selling points, use cases)
        product_image (VideoCloneProductImage): Product image info (click to expand for details)
        reference_video (VideoCloneReferenceVideo): Reference video (TikTok or uploaded, click to expand for details)
        sora2_config (VideoCloneSora2Config): Sora2 config (click to expand for details)
    """

    product_description: str
    product_image: VideoCloneProductImage
    reference_video: VideoCloneReferenceVideo
    sora2_config: VideoCloneSora2Config
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_description = self.product_description

        product_image = self.product_image.to_dict()

        reference_video = self.reference_video.to_dict()

        sora2_config = self.sora2_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_description": product_description,
                "product_image": product_image,
                "reference_video": reference_video,
                "sora2_config": sora2_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_clone_product_image import VideoCloneProductImage  # noqa: PLC0415
        from ..models.video_clone_reference_video import VideoCloneReferenceVideo  # noqa: PLC0415
        from ..models.video_clone_sora_2_config import VideoCloneSora2Config  # noqa: PLC0415

        d = dict(src_dict)
        product_description = d.pop("product_description")

        product_image = VideoCloneProductImage.from_dict(d.pop("product_image"))

        reference_video = VideoCloneReferenceVideo.from_dict(d.pop("reference_video"))

        sora2_config = VideoCloneSora2Config.from_dict(d.pop("sora2_config"))

        video_clone_body = cls(
            product_description=product_description,
            product_image=product_image,
            reference_video=reference_video,
            sora2_config=sora2_config,
        )

        video_clone_body.additional_properties = d
        return video_clone_body

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
