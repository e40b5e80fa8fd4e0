# generated from openapi.json by codegen; do not edit
"""The typed facade: one resource per spec tag, each imported on first use."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._call import Runtime
    from .ad_accounts import AdAccountsResource
    from .ad_campaigns import AdCampaignsResource
    from .ad_pages import AdPagesResource
    from .ad_reports import AdReportsResource
    from .ads import AdsResource
    from .ai_analysis import AiAnalysisResource
    from .ai_copywriting import AiCopywritingResource
    from .ai_image import AiImageResource
    from .ai_tools import AiToolsResource
    from .ai_video import AiVideoResource
    from .avatar import AvatarResource
    from .creatives import CreativesResource
    from .creators import CreatorsResource
    from .lives import LivesResource
    from .material_search import MaterialSearchResource
    from .products import ProductsResource
    from .sellers import SellersResource
    from .social_accounts import SocialAccountsResource
    from .social_analytics import SocialAnalyticsResource
    from .social_comments import SocialCommentsResource
    from .social_publishing import SocialPublishingResource
    from .social_tools import SocialToolsResource
    from .social_videos import SocialVideosResource
    from .tasks import TasksResource
    from .tiktok_shop import TiktokShopResource
    from .uploads import UploadsResource
    from .videos import VideosResource

__all__ = ["RESOURCE_NAMES", "Resources"]

RESOURCE_NAMES = (
    "ad_accounts",
    "ad_campaigns",
    "ad_pages",
    "ad_reports",
    "ads",
    "ai_analysis",
    "ai_copywriting",
    "ai_image",
    "ai_tools",
    "ai_video",
    "avatar",
    "creatives",
    "creators",
    "lives",
    "material_search",
    "products",
    "sellers",
    "social_accounts",
    "social_analytics",
    "social_comments",
    "social_publishing",
    "social_tools",
    "social_videos",
    "tasks",
    "tiktok_shop",
    "uploads",
    "videos",
)


class Resources:
    """Mixin giving the client one cached attribute per resource."""

    _runtime: Runtime

    @functools.cached_property
    def ad_accounts(self) -> AdAccountsResource:
        """`ad_accounts` operations; see the README table."""
        from .ad_accounts import AdAccountsResource

        return AdAccountsResource(self._runtime)

    @functools.cached_property
    def ad_campaigns(self) -> AdCampaignsResource:
        """`ad_campaigns` operations; see the README table."""
        from .ad_campaigns import AdCampaignsResource

        return AdCampaignsResource(self._runtime)

    @functools.cached_property
    def ad_pages(self) -> AdPagesResource:
        """`ad_pages` operations; see the README table."""
        from .ad_pages import AdPagesResource

        return AdPagesResource(self._runtime)

    @functools.cached_property
    def ad_reports(self) -> AdReportsResource:
        """`ad_reports` operations; see the README table."""
        from .ad_reports import AdReportsResource

        return AdReportsResource(self._runtime)

    @functools.cached_property
    def ads(self) -> AdsResource:
        """`ads` operations; see the README table."""
        from .ads import AdsResource

        return AdsResource(self._runtime)

    @functools.cached_property
    def ai_analysis(self) -> AiAnalysisResource:
        """`ai_analysis` operations; see the README table."""
        from .ai_analysis import AiAnalysisResource

        return AiAnalysisResource(self._runtime)

    @functools.cached_property
    def ai_copywriting(self) -> AiCopywritingResource:
        """`ai_copywriting` operations; see the README table."""
        from .ai_copywriting import AiCopywritingResource

        return AiCopywritingResource(self._runtime)

    @functools.cached_property
    def ai_image(self) -> AiImageResource:
        """`ai_image` operations; see the README table."""
        from .ai_image import AiImageResource

        return AiImageResource(self._runtime)

    @functools.cached_property
    def ai_tools(self) -> AiToolsResource:
        """`ai_tools` operations; see the README table."""
        from .ai_tools import AiToolsResource

        return AiToolsResource(self._runtime)

    @functools.cached_property
    def ai_video(self) -> AiVideoResource:
        """`ai_video` operations; see the README table."""
        from .ai_video import AiVideoResource

        return AiVideoResource(self._runtime)

    @functools.cached_property
    def avatar(self) -> AvatarResource:
        """`avatar` operations; see the README table."""
        from .avatar import AvatarResource

        return AvatarResource(self._runtime)

    @functools.cached_property
    def creatives(self) -> CreativesResource:
        """`creatives` operations; see the README table."""
        from .creatives import CreativesResource

        return CreativesResource(self._runtime)

    @functools.cached_property
    def creators(self) -> CreatorsResource:
        """`creators` operations; see the README table."""
        from .creators import CreatorsResource

        return CreatorsResource(self._runtime)

    @functools.cached_property
    def lives(self) -> LivesResource:
        """`lives` operations; see the README table."""
        from .lives import LivesResource

        return LivesResource(self._runtime)

    @functools.cached_property
    def material_search(self) -> MaterialSearchResource:
        """`material_search` operations; see the README table."""
        from .material_search import MaterialSearchResource

        return MaterialSearchResource(self._runtime)

    @functools.cached_property
    def products(self) -> ProductsResource:
        """`products` operations; see the README table."""
        from .products import ProductsResource

        return ProductsResource(self._runtime)

    @functools.cached_property
    def sellers(self) -> SellersResource:
        """`sellers` operations; see the README table."""
        from .sellers import SellersResource

        return SellersResource(self._runtime)

    @functools.cached_property
    def social_accounts(self) -> SocialAccountsResource:
        """`social_accounts` operations; see the README table."""
        from .social_accounts import SocialAccountsResource

        return SocialAccountsResource(self._runtime)

    @functools.cached_property
    def social_analytics(self) -> SocialAnalyticsResource:
        """`social_analytics` operations; see the README table."""
        from .social_analytics import SocialAnalyticsResource

        return SocialAnalyticsResource(self._runtime)

    @functools.cached_property
    def social_comments(self) -> SocialCommentsResource:
        """`social_comments` operations; see the README table."""
        from .social_comments import SocialCommentsResource

        return SocialCommentsResource(self._runtime)

    @functools.cached_property
    def social_publishing(self) -> SocialPublishingResource:
        """`social_publishing` operations; see the README table."""
        from .social_publishing import SocialPublishingResource

        return SocialPublishingResource(self._runtime)

    @functools.cached_property
    def social_tools(self) -> SocialToolsResource:
        """`social_tools` operations; see the README table."""
        from .social_tools import SocialToolsResource

        return SocialToolsResource(self._runtime)

    @functools.cached_property
    def social_videos(self) -> SocialVideosResource:
        """`social_videos` operations; see the README table."""
        from .social_videos import SocialVideosResource

        return SocialVideosResource(self._runtime)

    @functools.cached_property
    def tasks(self) -> TasksResource:
        """`tasks` operations; see the README table."""
        from .tasks import TasksResource

        return TasksResource(self._runtime)

    @functools.cached_property
    def tiktok_shop(self) -> TiktokShopResource:
        """`tiktok_shop` operations; see the README table."""
        from .tiktok_shop import TiktokShopResource

        return TiktokShopResource(self._runtime)

    @functools.cached_property
    def uploads(self) -> UploadsResource:
        """`uploads` operations; see the README table."""
        from .uploads import UploadsResource

        return UploadsResource(self._runtime)

    @functools.cached_property
    def videos(self) -> VideosResource:
        """`videos` operations; see the README table."""
        from .videos import VideosResource

        return VideosResource(self._runtime)
