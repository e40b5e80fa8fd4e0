# generated from openapi.json by codegen; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoTranscriptionData")


@_attrs_define
class VideoTranscriptionData:
    """
    Attributes:
        job_id (str | Unset): Async task ID
        task_id (str | Unset): Async task ID
        timestamp_ms (int | Unset): Timestamp (ms)
        video_id (str | Unset): Video ID
    """

    job_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    timestamp_ms: int | Unset = UNSET
    video_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        task_id = self.task_id

        timestamp_ms = self.timestamp_ms

        video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if timestamp_ms is not UNSET:
            field_dict["timestamp_ms"] = timestamp_ms
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        task_id = d.pop("task_id", UNSET)

        timestamp_ms = d.pop("timestamp_ms", UNSET)

        video_id = d.pop("video_id", UNSET)

        video_transcription_data = cls(
            job_id=job_id,
            task_id=task_id,
            timestamp_ms=timestamp_ms,
            video_id=video_id,
        )

        video_transcription_data.additional_properties = d
        return video_transcription_data

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
