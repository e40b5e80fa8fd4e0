# generated from openapi.json by codegen; do not edit
"""The nested objects requests take, as TypedDicts (openai-python's `...Param` types).

Pass plain dicts; type checkers check their keys and values, and the SDK checks them
again before sending. Each is named after the model of the same schema, plus `Param`.
"""

# No `from __future__ import annotations`: `Required[...]` must be seen at run time
# (`__required_keys__`); each TypedDict comes after the ones it uses.
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "AdsIntegratedReportFilteringItemParam",
    "AdsListFilteringParam",
    "AdsPagesListUpdateTimeRangeParam",
    "AiGrokGenerateImageParam",
    "AiImageGenerateDigitHumanImageParam",
    "AiImageGenerateProductImageParam",
    "AiSdProFastGenerateImageParam",
    "AiSdProFastGenerateReferenceAudioParam",
    "AiSdProFastGenerateReferenceVideoParam",
    "AiSdProGenerateImageParam",
    "AiSdProGenerateReferenceAudioParam",
    "AiSdProGenerateReferenceVideoParam",
    "AiSora2GenerateImageParam",
    "AiSora2ProGenerateImageParam",
    "AiVeo3GenerateImageParam",
    "AiVeo3GenerateImagesItemParam",
    "AiWan26GenerateImageParam",
    "SocialPlatformVideosFilterParam",
    "SocialPublishUploadMediaItemParam",
    "SocialPublishUploadPublicationPlatformConfigParam",
    "SocialPublishUploadPublicationParam",
    "VideoCloneProductImageParam",
    "VideoCloneReferenceVideoParam",
    "VideoCloneSora2ConfigParam",
]


class AdsIntegratedReportFilteringItemParam(TypedDict, total=False):
    """The `AdsIntegratedReportFilteringItem` object of a request, as a dict."""

    field_name: str
    filter_type: str
    filter_value: str


class AdsListFilteringParam(TypedDict, total=False):
    """The `AdsListFiltering` object of a request, as a dict."""

    ad_ids: list[str]
    ad_name: str
    adgroup_ids: list[str]
    campaign_ids: list[str]
    objective_type: str
    primary_status: str
    secondary_status: str


class AdsPagesListUpdateTimeRangeParam(TypedDict, total=False):
    """The `AdsPagesListUpdateTimeRange` object of a request, as a dict."""

    end_time: str
    start_time: str


class AiGrokGenerateImageParam(TypedDict, total=False):
    """The `AiGrokGenerateImage` object of a request, as a dict."""

    url: str


class AiImageGenerateDigitHumanImageParam(TypedDict, total=False):
    """The `AiImageGenerateDigitHumanImage` object of a request, as a dict."""

    url: str


class AiImageGenerateProductImageParam(TypedDict, total=False):
    """The `AiImageGenerateProductImage` object of a request, as a dict."""

    url: str


class AiSdProFastGenerateImageParam(TypedDict, total=False):
    """The `AiSdProFastGenerateImage` object of a request, as a dict."""

    url: str


class AiSdProFastGenerateReferenceAudioParam(TypedDict, total=False):
    """The `AiSdProFastGenerateReferenceAudio` object of a request, as a dict."""

    url: str


class AiSdProFastGenerateReferenceVideoParam(TypedDict, total=False):
    """The `AiSdProFastGenerateReferenceVideo` object of a request, as a dict."""

    url: str


class AiSdProGenerateImageParam(TypedDict, total=False):
    """The `AiSdProGenerateImage` object of a request, as a dict."""

    url: str


class AiSdProGenerateReferenceAudioParam(TypedDict, total=False):
    """The `AiSdProGenerateReferenceAudio` object of a request, as a dict."""

    url: str


class AiSdProGenerateReferenceVideoParam(TypedDict, total=False):
    """The `AiSdProGenerateReferenceVideo` object of a request, as a dict."""

    url: str


class AiSora2GenerateImageParam(TypedDict, total=False):
    """The `AiSora2GenerateImage` object of a request, as a dict."""

    url: str


class AiSora2ProGenerateImageParam(TypedDict, total=False):
    """The `AiSora2ProGenerateImage` object of a request, as a dict."""

    url: str


class AiVeo3GenerateImageParam(TypedDict, total=False):
    """The `AiVeo3GenerateImage` object of a request, as a dict."""

    url: str


class AiVeo3GenerateImagesItemParam(TypedDict, total=False):
    """The `AiVeo3GenerateImagesItem` object of a request, as a dict."""

    url: str


class AiWan26GenerateImageParam(TypedDict, total=False):
    """The `AiWan26GenerateImage` object of a request, as a dict."""

    url: str


class SocialPlatformVideosFilterParam(TypedDict, total=False):
    """The `SocialPlatformVideosFilter` object of a request, as a dict."""

    published_after: int
    published_before: int
    search_keyword: str
    sort_by: str
    sort_order: str


class SocialPublishUploadMediaItemParam(TypedDict, total=False):
    """The `SocialPublishUploadMediaItem` object of a request, as a dict."""

    bucket_key: Required[str]
    bucket_name: Required[str]
    order: Required[int]


class SocialPublishUploadPublicationPlatformConfigParam(TypedDict, total=False):
    """The `SocialPublishUploadPublicationPlatformConfig` object of a request, as a dict."""

    privacy: Literal[
        "PUBLIC_TO_EVERYONE",
        "MUTUAL_FOLLOW_FRIENDS",
        "FOLLOWER_OF_CREATOR",
        "SELF_ONLY",
        "public",
        "private",
        "unlisted",
    ]
    product_id: str
    product_title: str


class SocialPublishUploadPublicationParam(TypedDict, total=False):
    """The `SocialPublishUploadPublication` object of a request, as a dict."""

    description: str
    platform_account_id: Required[int]
    platform_config: SocialPublishUploadPublicationPlatformConfigParam
    scheduled_at: int
    tags: list[str]
    title: Required[str]


class VideoCloneProductImageParam(TypedDict, total=False):
    """The `VideoCloneProductImage` object of a request, as a dict."""

    os_bucket: Required[str]
    os_key: Required[str]
    storage_type: str


class VideoCloneReferenceVideoParam(TypedDict, total=False):
    """The `VideoCloneReferenceVideo` object of a request, as a dict."""

    country_code: str
    os_bucket: str
    os_key: str
    storage_type: str
    video_id: str


class VideoCloneSora2ConfigParam(TypedDict, total=False):
    """The `VideoCloneSora2Config` object of a request, as a dict."""

    aspect_ratio: Required[Literal["9:16", "16:9"]]
    language: Required[str]
    model_type: str
