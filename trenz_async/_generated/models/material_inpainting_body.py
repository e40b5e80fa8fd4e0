# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialInpaintingBody")


@_attrs_define
class MaterialInpaintingBody:
    """
    Attributes:
        url (str): Video URL
        boxes (list[list[float]] | Unset): Inpainting region coordinates
        end_time (float | Unset): End time (seconds)
        start_time (float | Unset): Start time (seconds)
    """

    url: str
    boxes: list[list[float]] | Unset = UNSET
    end_time: float | Unset = UNSET
    start_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        boxes: list[list[float]] | Unset = UNSET
        if not isinstance(self.boxes, Unset):
            boxes = []
            for boxes_item_data in self.boxes:
                boxes_item = boxes_item_data

                boxes.append(boxes_item)

        end_time = self.end_time

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if boxes is not UNSET:
            field_dict["boxes"] = boxes
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _boxes = d.pop("boxes", UNSET)
        boxes: list[list[float]] | Unset = UNSET
        if _boxes is not UNSET:
            boxes = []
            for boxes_item_data in _boxes:
                boxes_item = cast(list[float], boxes_item_data)

                boxes.append(boxes_item)

        end_time = d.pop("end_time", UNSET)

        start_time = d.pop("start_time", UNSET)

        material_inpainting_body = cls(
            url=url,
            boxes=boxes,
            end_time=end_time,
            start_time=start_time,
        )

        material_inpainting_body.additional_properties = d
        return material_inpainting_body

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
