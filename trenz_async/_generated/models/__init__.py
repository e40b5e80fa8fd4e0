# generated from openapi.json by codegen; do not edit
"""Contains all the data models used in inputs/outputs.

Models load on first use: importing one endpoint must not import ~380 model modules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ad_creative_detail_country import AdCreativeDetailCountry
    from .ad_creative_detail_data import AdCreativeDetailData
    from .ad_creative_detail_item import AdCreativeDetailItem
    from .ad_creative_detail_response import AdCreativeDetailResponse
    from .ads_account_list_account import AdsAccountListAccount
    from .ads_account_list_body import AdsAccountListBody
    from .ads_account_list_data import AdsAccountListData
    from .ads_account_list_page_info import AdsAccountListPageInfo
    from .ads_account_list_response import AdsAccountListResponse
    from .ads_account_list_stats import AdsAccountListStats
    from .ads_account_update_remark_account import AdsAccountUpdateRemarkAccount
    from .ads_account_update_remark_body import AdsAccountUpdateRemarkBody
    from .ads_account_update_remark_data import AdsAccountUpdateRemarkData
    from .ads_account_update_remark_response import AdsAccountUpdateRemarkResponse
    from .ads_detail_body import AdsDetailBody
    from .ads_detail_data import AdsDetailData
    from .ads_detail_data_item import AdsDetailDataItem
    from .ads_detail_image import AdsDetailImage
    from .ads_detail_response import AdsDetailResponse
    from .ads_detail_video import AdsDetailVideo
    from .ads_insight_data_board_item import AdsInsightDataBoardItem
    from .ads_insight_data_body import AdsInsightDataBody
    from .ads_insight_data_data import AdsInsightDataData
    from .ads_insight_data_detail_item import AdsInsightDataDetailItem
    from .ads_insight_data_detail_item_metrics import AdsInsightDataDetailItemMetrics
    from .ads_insight_data_metric import AdsInsightDataMetric
    from .ads_insight_data_response import AdsInsightDataResponse
    from .ads_integrated_report_body import AdsIntegratedReportBody
    from .ads_integrated_report_body_data_level import AdsIntegratedReportBodyDataLevel
    from .ads_integrated_report_body_order_type import AdsIntegratedReportBodyOrderType
    from .ads_integrated_report_body_report_type import (
        AdsIntegratedReportBodyReportType,
    )
    from .ads_integrated_report_data import AdsIntegratedReportData
    from .ads_integrated_report_filtering_item import AdsIntegratedReportFilteringItem
    from .ads_integrated_report_list_item import AdsIntegratedReportListItem
    from .ads_integrated_report_list_item_dimensions import (
        AdsIntegratedReportListItemDimensions,
    )
    from .ads_integrated_report_list_item_metrics import (
        AdsIntegratedReportListItemMetrics,
    )
    from .ads_integrated_report_page_info import AdsIntegratedReportPageInfo
    from .ads_integrated_report_response import AdsIntegratedReportResponse
    from .ads_integrated_report_total_metrics import AdsIntegratedReportTotalMetrics
    from .ads_leads_list_body import AdsLeadsListBody
    from .ads_leads_list_data import AdsLeadsListData
    from .ads_leads_list_list_item import AdsLeadsListListItem
    from .ads_leads_list_list_item_form_data import AdsLeadsListListItemFormData
    from .ads_leads_list_page_info import AdsLeadsListPageInfo
    from .ads_leads_list_response import AdsLeadsListResponse
    from .ads_list_body import AdsListBody
    from .ads_list_data import AdsListData
    from .ads_list_filtering import AdsListFiltering
    from .ads_list_list_item import AdsListListItem
    from .ads_list_page_info import AdsListPageInfo
    from .ads_list_response import AdsListResponse
    from .ads_page_fields_body import AdsPageFieldsBody
    from .ads_page_fields_data import AdsPageFieldsData
    from .ads_page_fields_field import AdsPageFieldsField
    from .ads_page_fields_response import AdsPageFieldsResponse
    from .ads_pages_list_body import AdsPagesListBody
    from .ads_pages_list_data import AdsPagesListData
    from .ads_pages_list_list_item import AdsPagesListListItem
    from .ads_pages_list_page_info import AdsPagesListPageInfo
    from .ads_pages_list_response import AdsPagesListResponse
    from .ads_pages_list_update_time_range import AdsPagesListUpdateTimeRange
    from .ads_search_country import AdsSearchCountry
    from .ads_search_data import AdsSearchData
    from .ads_search_item import AdsSearchItem
    from .ads_search_response import AdsSearchResponse
    from .ads_search_sort import AdsSearchSort
    from .ai_avatar_analyze_body import AiAvatarAnalyzeBody
    from .ai_avatar_analyze_data import AiAvatarAnalyzeData
    from .ai_avatar_analyze_response import AiAvatarAnalyzeResponse
    from .ai_embedding_body import AiEmbeddingBody
    from .ai_embedding_body_type import AiEmbeddingBodyType
    from .ai_embedding_data import AiEmbeddingData
    from .ai_embedding_response import AiEmbeddingResponse
    from .ai_grok_generate_body import AiGrokGenerateBody
    from .ai_grok_generate_body_aspect_ratio import AiGrokGenerateBodyAspectRatio
    from .ai_grok_generate_data import AiGrokGenerateData
    from .ai_grok_generate_image import AiGrokGenerateImage
    from .ai_grok_generate_response import AiGrokGenerateResponse
    from .ai_image_generate_body import AiImageGenerateBody
    from .ai_image_generate_body_function_type import AiImageGenerateBodyFunctionType
    from .ai_image_generate_body_model_type import AiImageGenerateBodyModelType
    from .ai_image_generate_body_ratio import AiImageGenerateBodyRatio
    from .ai_image_generate_data import AiImageGenerateData
    from .ai_image_generate_digit_human_image import AiImageGenerateDigitHumanImage
    from .ai_image_generate_product_image import AiImageGenerateProductImage
    from .ai_image_generate_response import AiImageGenerateResponse
    from .ai_image_search_body import AiImageSearchBody
    from .ai_image_search_data import AiImageSearchData
    from .ai_image_search_item import AiImageSearchItem
    from .ai_image_search_response import AiImageSearchResponse
    from .ai_material_search_body import AiMaterialSearchBody
    from .ai_material_search_data import AiMaterialSearchData
    from .ai_material_search_item import AiMaterialSearchItem
    from .ai_material_search_response import AiMaterialSearchResponse
    from .ai_product_description_body import AiProductDescriptionBody
    from .ai_product_description_data import AiProductDescriptionData
    from .ai_product_description_response import AiProductDescriptionResponse
    from .ai_product_title_body import AiProductTitleBody
    from .ai_product_title_data import AiProductTitleData
    from .ai_product_title_response import AiProductTitleResponse
    from .ai_sd_pro_fast_generate_body import AiSdProFastGenerateBody
    from .ai_sd_pro_fast_generate_body_aspect_ratio import (
        AiSdProFastGenerateBodyAspectRatio,
    )
    from .ai_sd_pro_fast_generate_body_resolution import (
        AiSdProFastGenerateBodyResolution,
    )
    from .ai_sd_pro_fast_generate_body_role_mode import AiSdProFastGenerateBodyRoleMode
    from .ai_sd_pro_fast_generate_data import AiSdProFastGenerateData
    from .ai_sd_pro_fast_generate_image import AiSdProFastGenerateImage
    from .ai_sd_pro_fast_generate_reference_audio import (
        AiSdProFastGenerateReferenceAudio,
    )
    from .ai_sd_pro_fast_generate_reference_video import (
        AiSdProFastGenerateReferenceVideo,
    )
    from .ai_sd_pro_fast_generate_response import AiSdProFastGenerateResponse
    from .ai_sd_pro_generate_body import AiSdProGenerateBody
    from .ai_sd_pro_generate_body_aspect_ratio import AiSdProGenerateBodyAspectRatio
    from .ai_sd_pro_generate_body_resolution import AiSdProGenerateBodyResolution
    from .ai_sd_pro_generate_body_role_mode import AiSdProGenerateBodyRoleMode
    from .ai_sd_pro_generate_data import AiSdProGenerateData
    from .ai_sd_pro_generate_image import AiSdProGenerateImage
    from .ai_sd_pro_generate_reference_audio import AiSdProGenerateReferenceAudio
    from .ai_sd_pro_generate_reference_video import AiSdProGenerateReferenceVideo
    from .ai_sd_pro_generate_response import AiSdProGenerateResponse
    from .ai_sora_2_generate_body import AiSora2GenerateBody
    from .ai_sora_2_generate_body_aspect_ratio import AiSora2GenerateBodyAspectRatio
    from .ai_sora_2_generate_data import AiSora2GenerateData
    from .ai_sora_2_generate_image import AiSora2GenerateImage
    from .ai_sora_2_generate_response import AiSora2GenerateResponse
    from .ai_sora_2_pro_generate_body import AiSora2ProGenerateBody
    from .ai_sora_2_pro_generate_body_aspect_ratio import (
        AiSora2ProGenerateBodyAspectRatio,
    )
    from .ai_sora_2_pro_generate_data import AiSora2ProGenerateData
    from .ai_sora_2_pro_generate_image import AiSora2ProGenerateImage
    from .ai_sora_2_pro_generate_response import AiSora2ProGenerateResponse
    from .ai_veo_3_generate_body import AiVeo3GenerateBody
    from .ai_veo_3_generate_body_duration import AiVeo3GenerateBodyDuration
    from .ai_veo_3_generate_data import AiVeo3GenerateData
    from .ai_veo_3_generate_image import AiVeo3GenerateImage
    from .ai_veo_3_generate_images_item import AiVeo3GenerateImagesItem
    from .ai_veo_3_generate_response import AiVeo3GenerateResponse
    from .ai_wan_26_generate_body import AiWan26GenerateBody
    from .ai_wan_26_generate_body_duration import AiWan26GenerateBodyDuration
    from .ai_wan_26_generate_body_resolution import AiWan26GenerateBodyResolution
    from .ai_wan_26_generate_data import AiWan26GenerateData
    from .ai_wan_26_generate_image import AiWan26GenerateImage
    from .ai_wan_26_generate_response import AiWan26GenerateResponse
    from .api_error import APIError
    from .api_response import APIResponse
    from .api_response_data import APIResponseData
    from .creative_detail_country import CreativeDetailCountry
    from .creative_detail_data import CreativeDetailData
    from .creative_detail_item import CreativeDetailItem
    from .creative_detail_response import CreativeDetailResponse
    from .creatives_search_country import CreativesSearchCountry
    from .creatives_search_data import CreativesSearchData
    from .creatives_search_item import CreativesSearchItem
    from .creatives_search_response import CreativesSearchResponse
    from .creatives_search_sort import CreativesSearchSort
    from .creators_detail_country import CreatorsDetailCountry
    from .creators_detail_data import CreatorsDetailData
    from .creators_detail_item import CreatorsDetailItem
    from .creators_detail_response import CreatorsDetailResponse
    from .creators_search_country import CreatorsSearchCountry
    from .creators_search_data import CreatorsSearchData
    from .creators_search_item import CreatorsSearchItem
    from .creators_search_response import CreatorsSearchResponse
    from .creators_search_sort import CreatorsSearchSort
    from .lives_detail_country import LivesDetailCountry
    from .lives_detail_data import LivesDetailData
    from .lives_detail_item import LivesDetailItem
    from .lives_detail_response import LivesDetailResponse
    from .lives_search_country import LivesSearchCountry
    from .lives_search_data import LivesSearchData
    from .lives_search_item import LivesSearchItem
    from .lives_search_response import LivesSearchResponse
    from .lives_search_sort import LivesSearchSort
    from .material_inpainting_body import MaterialInpaintingBody
    from .material_inpainting_data import MaterialInpaintingData
    from .material_inpainting_response import MaterialInpaintingResponse
    from .platform_publishing_config import PlatformPublishingConfig
    from .platform_publishing_config_privacy import PlatformPublishingConfigPrivacy
    from .product_review_analysis_body import ProductReviewAnalysisBody
    from .product_review_analysis_data import ProductReviewAnalysisData
    from .product_review_analysis_response import ProductReviewAnalysisResponse
    from .products_detail_country import ProductsDetailCountry
    from .products_detail_data import ProductsDetailData
    from .products_detail_item import ProductsDetailItem
    from .products_detail_response import ProductsDetailResponse
    from .products_search_country import ProductsSearchCountry
    from .products_search_data import ProductsSearchData
    from .products_search_item import ProductsSearchItem
    from .products_search_response import ProductsSearchResponse
    from .products_search_sort import ProductsSearchSort
    from .sellers_detail_country import SellersDetailCountry
    from .sellers_detail_data import SellersDetailData
    from .sellers_detail_item import SellersDetailItem
    from .sellers_detail_response import SellersDetailResponse
    from .sellers_search_country import SellersSearchCountry
    from .sellers_search_data import SellersSearchData
    from .sellers_search_item import SellersSearchItem
    from .sellers_search_response import SellersSearchResponse
    from .sellers_search_sort import SellersSearchSort
    from .social_accounts_list_account import SocialAccountsListAccount
    from .social_accounts_list_body import SocialAccountsListBody
    from .social_accounts_list_data import SocialAccountsListData
    from .social_accounts_list_response import SocialAccountsListResponse
    from .social_analytics_overview_body import SocialAnalyticsOverviewBody
    from .social_analytics_overview_data import SocialAnalyticsOverviewData
    from .social_analytics_overview_response import SocialAnalyticsOverviewResponse
    from .social_analytics_overview_summary import SocialAnalyticsOverviewSummary
    from .social_analytics_overview_summary_platform_breakdown_item import (
        SocialAnalyticsOverviewSummaryPlatformBreakdownItem,
    )
    from .social_analytics_shop_video_detail_body import (
        SocialAnalyticsShopVideoDetailBody,
    )
    from .social_analytics_shop_video_detail_daily_metric import (
        SocialAnalyticsShopVideoDetailDailyMetric,
    )
    from .social_analytics_shop_video_detail_data import (
        SocialAnalyticsShopVideoDetailData,
    )
    from .social_analytics_shop_video_detail_product import (
        SocialAnalyticsShopVideoDetailProduct,
    )
    from .social_analytics_shop_video_detail_response import (
        SocialAnalyticsShopVideoDetailResponse,
    )
    from .social_analytics_shop_video_detail_video import (
        SocialAnalyticsShopVideoDetailVideo,
    )
    from .social_analytics_shop_videos_body import SocialAnalyticsShopVideosBody
    from .social_analytics_shop_videos_body_date_range import (
        SocialAnalyticsShopVideosBodyDateRange,
    )
    from .social_analytics_shop_videos_data import SocialAnalyticsShopVideosData
    from .social_analytics_shop_videos_response import SocialAnalyticsShopVideosResponse
    from .social_analytics_shop_videos_video import SocialAnalyticsShopVideosVideo
    from .social_analytics_top_accounts_account import SocialAnalyticsTopAccountsAccount
    from .social_analytics_top_accounts_body import SocialAnalyticsTopAccountsBody
    from .social_analytics_top_accounts_data import SocialAnalyticsTopAccountsData
    from .social_analytics_top_accounts_response import (
        SocialAnalyticsTopAccountsResponse,
    )
    from .social_analytics_top_products_body import SocialAnalyticsTopProductsBody
    from .social_analytics_top_products_data import SocialAnalyticsTopProductsData
    from .social_analytics_top_products_product import SocialAnalyticsTopProductsProduct
    from .social_analytics_top_products_response import (
        SocialAnalyticsTopProductsResponse,
    )
    from .social_analytics_top_videos_body import SocialAnalyticsTopVideosBody
    from .social_analytics_top_videos_data import SocialAnalyticsTopVideosData
    from .social_analytics_top_videos_response import SocialAnalyticsTopVideosResponse
    from .social_analytics_top_videos_video import SocialAnalyticsTopVideosVideo
    from .social_analytics_trend_body import SocialAnalyticsTrendBody
    from .social_analytics_trend_data import SocialAnalyticsTrendData
    from .social_analytics_trend_response import SocialAnalyticsTrendResponse
    from .social_analytics_trend_trend_data_item import (
        SocialAnalyticsTrendTrendDataItem,
    )
    from .social_comments_create_body import SocialCommentsCreateBody
    from .social_comments_create_comment import SocialCommentsCreateComment
    from .social_comments_create_comment_author import SocialCommentsCreateCommentAuthor
    from .social_comments_create_data import SocialCommentsCreateData
    from .social_comments_create_response import SocialCommentsCreateResponse
    from .social_comments_delete_body import SocialCommentsDeleteBody
    from .social_comments_delete_comment import SocialCommentsDeleteComment
    from .social_comments_delete_data import SocialCommentsDeleteData
    from .social_comments_delete_response import SocialCommentsDeleteResponse
    from .social_comments_like_body import SocialCommentsLikeBody
    from .social_comments_like_comment import SocialCommentsLikeComment
    from .social_comments_like_data import SocialCommentsLikeData
    from .social_comments_like_response import SocialCommentsLikeResponse
    from .social_comments_managed_list_body import SocialCommentsManagedListBody
    from .social_comments_managed_list_comment import SocialCommentsManagedListComment
    from .social_comments_managed_list_comment_author import (
        SocialCommentsManagedListCommentAuthor,
    )
    from .social_comments_managed_list_data import SocialCommentsManagedListData
    from .social_comments_managed_list_response import SocialCommentsManagedListResponse
    from .social_comments_managed_replies_body import SocialCommentsManagedRepliesBody
    from .social_comments_managed_replies_data import SocialCommentsManagedRepliesData
    from .social_comments_managed_replies_reply import SocialCommentsManagedRepliesReply
    from .social_comments_managed_replies_reply_author import (
        SocialCommentsManagedRepliesReplyAuthor,
    )
    from .social_comments_managed_replies_response import (
        SocialCommentsManagedRepliesResponse,
    )
    from .social_comments_query_body import SocialCommentsQueryBody
    from .social_comments_query_comment import SocialCommentsQueryComment
    from .social_comments_query_comment_author import SocialCommentsQueryCommentAuthor
    from .social_comments_query_data import SocialCommentsQueryData
    from .social_comments_query_response import SocialCommentsQueryResponse
    from .social_comments_replies_body import SocialCommentsRepliesBody
    from .social_comments_replies_data import SocialCommentsRepliesData
    from .social_comments_replies_reply import SocialCommentsRepliesReply
    from .social_comments_replies_reply_author import SocialCommentsRepliesReplyAuthor
    from .social_comments_replies_response import SocialCommentsRepliesResponse
    from .social_comments_reply_body import SocialCommentsReplyBody
    from .social_comments_reply_data import SocialCommentsReplyData
    from .social_comments_reply_reply import SocialCommentsReplyReply
    from .social_comments_reply_reply_author import SocialCommentsReplyReplyAuthor
    from .social_comments_reply_response import SocialCommentsReplyResponse
    from .social_comments_sync_body import SocialCommentsSyncBody
    from .social_comments_sync_data import SocialCommentsSyncData
    from .social_comments_sync_response import SocialCommentsSyncResponse
    from .social_hashtag_suggestions_body import SocialHashtagSuggestionsBody
    from .social_hashtag_suggestions_data import SocialHashtagSuggestionsData
    from .social_hashtag_suggestions_response import SocialHashtagSuggestionsResponse
    from .social_hashtag_suggestions_suggestion import (
        SocialHashtagSuggestionsSuggestion,
    )
    from .social_music_recently_used_body import SocialMusicRecentlyUsedBody
    from .social_music_recently_used_data import SocialMusicRecentlyUsedData
    from .social_music_recently_used_music_list_item import (
        SocialMusicRecentlyUsedMusicListItem,
    )
    from .social_music_recently_used_response import SocialMusicRecentlyUsedResponse
    from .social_music_search_body import SocialMusicSearchBody
    from .social_music_search_data import SocialMusicSearchData
    from .social_music_search_music_list_item import SocialMusicSearchMusicListItem
    from .social_music_search_response import SocialMusicSearchResponse
    from .social_plans_precheck_body import SocialPlansPrecheckBody
    from .social_plans_precheck_data import SocialPlansPrecheckData
    from .social_plans_precheck_record import SocialPlansPrecheckRecord
    from .social_plans_precheck_records_body import SocialPlansPrecheckRecordsBody
    from .social_plans_precheck_records_data import SocialPlansPrecheckRecordsData
    from .social_plans_precheck_records_record import SocialPlansPrecheckRecordsRecord
    from .social_plans_precheck_records_response import (
        SocialPlansPrecheckRecordsResponse,
    )
    from .social_plans_precheck_response import SocialPlansPrecheckResponse
    from .social_platform_account_detail_account import (
        SocialPlatformAccountDetailAccount,
    )
    from .social_platform_account_detail_body import SocialPlatformAccountDetailBody
    from .social_platform_account_detail_data import SocialPlatformAccountDetailData
    from .social_platform_account_detail_response import (
        SocialPlatformAccountDetailResponse,
    )
    from .social_platform_account_disconnect_body import (
        SocialPlatformAccountDisconnectBody,
    )
    from .social_platform_account_disconnect_data import (
        SocialPlatformAccountDisconnectData,
    )
    from .social_platform_account_disconnect_response import (
        SocialPlatformAccountDisconnectResponse,
    )
    from .social_platform_account_update_remark_account import (
        SocialPlatformAccountUpdateRemarkAccount,
    )
    from .social_platform_account_update_remark_body import (
        SocialPlatformAccountUpdateRemarkBody,
    )
    from .social_platform_account_update_remark_data import (
        SocialPlatformAccountUpdateRemarkData,
    )
    from .social_platform_account_update_remark_response import (
        SocialPlatformAccountUpdateRemarkResponse,
    )
    from .social_platform_token_refresh_account import SocialPlatformTokenRefreshAccount
    from .social_platform_token_refresh_body import SocialPlatformTokenRefreshBody
    from .social_platform_token_refresh_data import SocialPlatformTokenRefreshData
    from .social_platform_token_refresh_response import (
        SocialPlatformTokenRefreshResponse,
    )
    from .social_platform_videos_body import SocialPlatformVideosBody
    from .social_platform_videos_data import SocialPlatformVideosData
    from .social_platform_videos_filter import SocialPlatformVideosFilter
    from .social_platform_videos_response import SocialPlatformVideosResponse
    from .social_platform_videos_video import SocialPlatformVideosVideo
    from .social_platform_videos_video_metrics import SocialPlatformVideosVideoMetrics
    from .social_publish_cancel_body import SocialPublishCancelBody
    from .social_publish_cancel_data import SocialPublishCancelData
    from .social_publish_cancel_response import SocialPublishCancelResponse
    from .social_publish_session_body import SocialPublishSessionBody
    from .social_publish_session_cancel_body import SocialPublishSessionCancelBody
    from .social_publish_session_cancel_data import SocialPublishSessionCancelData
    from .social_publish_session_cancel_response import (
        SocialPublishSessionCancelResponse,
    )
    from .social_publish_session_data import SocialPublishSessionData
    from .social_publish_session_publication import SocialPublishSessionPublication
    from .social_publish_session_response import SocialPublishSessionResponse
    from .social_publish_session_session import SocialPublishSessionSession
    from .social_publish_upload_body import SocialPublishUploadBody
    from .social_publish_upload_data import SocialPublishUploadData
    from .social_publish_upload_media_item import SocialPublishUploadMediaItem
    from .social_publish_upload_publication import SocialPublishUploadPublication
    from .social_publish_upload_response import SocialPublishUploadResponse
    from .social_tiktok_qrcode_body import SocialTiktokQrcodeBody
    from .social_tiktok_qrcode_body_connector import SocialTiktokQrcodeBodyConnector
    from .social_tiktok_qrcode_check_account import SocialTiktokQrcodeCheckAccount
    from .social_tiktok_qrcode_check_body import SocialTiktokQrcodeCheckBody
    from .social_tiktok_qrcode_check_body_connector import (
        SocialTiktokQrcodeCheckBodyConnector,
    )
    from .social_tiktok_qrcode_check_data import SocialTiktokQrcodeCheckData
    from .social_tiktok_qrcode_check_response import SocialTiktokQrcodeCheckResponse
    from .social_tiktok_qrcode_data import SocialTiktokQrcodeData
    from .social_tiktok_qrcode_response import SocialTiktokQrcodeResponse
    from .social_tiktok_shop_products_body import SocialTiktokShopProductsBody
    from .social_tiktok_shop_products_data import SocialTiktokShopProductsData
    from .social_tiktok_shop_products_product import SocialTiktokShopProductsProduct
    from .social_tiktok_shop_products_product_commission import (
        SocialTiktokShopProductsProductCommission,
    )
    from .social_tiktok_shop_products_product_image import (
        SocialTiktokShopProductsProductImage,
    )
    from .social_tiktok_shop_products_product_price import (
        SocialTiktokShopProductsProductPrice,
    )
    from .social_tiktok_shop_products_response import SocialTiktokShopProductsResponse
    from .social_tiktok_shop_showcase_add_body import SocialTiktokShopShowcaseAddBody
    from .social_tiktok_shop_showcase_add_data import SocialTiktokShopShowcaseAddData
    from .social_tiktok_shop_showcase_add_error import SocialTiktokShopShowcaseAddError
    from .social_tiktok_shop_showcase_add_response import (
        SocialTiktokShopShowcaseAddResponse,
    )
    from .social_upload_presigned_url_body import SocialUploadPresignedUrlBody
    from .social_upload_presigned_url_data import SocialUploadPresignedUrlData
    from .social_upload_presigned_url_response import SocialUploadPresignedUrlResponse
    from .social_video_check_info_body import SocialVideoCheckInfoBody
    from .social_video_check_info_data import SocialVideoCheckInfoData
    from .social_video_check_info_platform_rules import (
        SocialVideoCheckInfoPlatformRules,
    )
    from .social_video_check_info_platform_rules_additional_property import (
        SocialVideoCheckInfoPlatformRulesAdditionalProperty,
    )
    from .social_video_check_info_response import SocialVideoCheckInfoResponse
    from .social_video_check_info_validation_results import (
        SocialVideoCheckInfoValidationResults,
    )
    from .social_video_check_info_validation_results_additional_property import (
        SocialVideoCheckInfoValidationResultsAdditionalProperty,
    )
    from .social_video_check_info_validation_results_additional_property_errors_item import (
        SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem,
    )
    from .social_video_check_info_video_metadata import (
        SocialVideoCheckInfoVideoMetadata,
    )
    from .social_video_detail_body import SocialVideoDetailBody
    from .social_video_detail_data import SocialVideoDetailData
    from .social_video_detail_publication import SocialVideoDetailPublication
    from .social_video_detail_response import SocialVideoDetailResponse
    from .social_video_detail_video import SocialVideoDetailVideo
    from .social_videos_list_body import SocialVideosListBody
    from .social_videos_list_data import SocialVideosListData
    from .social_videos_list_response import SocialVideosListResponse
    from .social_videos_list_video import SocialVideosListVideo
    from .social_videos_list_video_media_item import SocialVideosListVideoMediaItem
    from .social_videos_list_video_publication import SocialVideosListVideoPublication
    from .task_status_data import TaskStatusData
    from .task_status_response import TaskStatusResponse
    from .task_status_result import TaskStatusResult
    from .usage_info import UsageInfo
    from .video_clone_body import VideoCloneBody
    from .video_clone_data import VideoCloneData
    from .video_clone_product_image import VideoCloneProductImage
    from .video_clone_reference_video import VideoCloneReferenceVideo
    from .video_clone_response import VideoCloneResponse
    from .video_clone_sora_2_config import VideoCloneSora2Config
    from .video_clone_sora_2_config_aspect_ratio import VideoCloneSora2ConfigAspectRatio
    from .video_content_analysis_body import VideoContentAnalysisBody
    from .video_content_analysis_data import VideoContentAnalysisData
    from .video_content_analysis_response import VideoContentAnalysisResponse
    from .video_scripts_breakdown_body import VideoScriptsBreakdownBody
    from .video_scripts_breakdown_data import VideoScriptsBreakdownData
    from .video_scripts_breakdown_response import VideoScriptsBreakdownResponse
    from .video_scripts_breakdown_v2_body import VideoScriptsBreakdownV2Body
    from .video_scripts_breakdown_v2_data import VideoScriptsBreakdownV2Data
    from .video_scripts_breakdown_v2_response import VideoScriptsBreakdownV2Response
    from .video_scripts_storyboard_body import VideoScriptsStoryboardBody
    from .video_scripts_storyboard_data import VideoScriptsStoryboardData
    from .video_scripts_storyboard_response import VideoScriptsStoryboardResponse
    from .video_super_resolution_body import VideoSuperResolutionBody
    from .video_super_resolution_data import VideoSuperResolutionData
    from .video_super_resolution_response import VideoSuperResolutionResponse
    from .video_talking_photo_body import VideoTalkingPhotoBody
    from .video_talking_photo_data import VideoTalkingPhotoData
    from .video_talking_photo_response import VideoTalkingPhotoResponse
    from .video_transcription_body import VideoTranscriptionBody
    from .video_transcription_data import VideoTranscriptionData
    from .video_transcription_response import VideoTranscriptionResponse
    from .videos_detail_country import VideosDetailCountry
    from .videos_detail_data import VideosDetailData
    from .videos_detail_item import VideosDetailItem
    from .videos_detail_response import VideosDetailResponse
    from .videos_search_country import VideosSearchCountry
    from .videos_search_data import VideosSearchData
    from .videos_search_item import VideosSearchItem
    from .videos_search_response import VideosSearchResponse
    from .videos_search_sort import VideosSearchSort

_MODULES: dict[str, str] = {
    "AdCreativeDetailCountry": ".ad_creative_detail_country",
    "AdCreativeDetailData": ".ad_creative_detail_data",
    "AdCreativeDetailItem": ".ad_creative_detail_item",
    "AdCreativeDetailResponse": ".ad_creative_detail_response",
    "AdsAccountListAccount": ".ads_account_list_account",
    "AdsAccountListBody": ".ads_account_list_body",
    "AdsAccountListData": ".ads_account_list_data",
    "AdsAccountListPageInfo": ".ads_account_list_page_info",
    "AdsAccountListResponse": ".ads_account_list_response",
    "AdsAccountListStats": ".ads_account_list_stats",
    "AdsAccountUpdateRemarkAccount": ".ads_account_update_remark_account",
    "AdsAccountUpdateRemarkBody": ".ads_account_update_remark_body",
    "AdsAccountUpdateRemarkData": ".ads_account_update_remark_data",
    "AdsAccountUpdateRemarkResponse": ".ads_account_update_remark_response",
    "AdsDetailBody": ".ads_detail_body",
    "AdsDetailData": ".ads_detail_data",
    "AdsDetailDataItem": ".ads_detail_data_item",
    "AdsDetailImage": ".ads_detail_image",
    "AdsDetailResponse": ".ads_detail_response",
    "AdsDetailVideo": ".ads_detail_video",
    "AdsInsightDataBoardItem": ".ads_insight_data_board_item",
    "AdsInsightDataBody": ".ads_insight_data_body",
    "AdsInsightDataData": ".ads_insight_data_data",
    "AdsInsightDataDetailItem": ".ads_insight_data_detail_item",
    "AdsInsightDataDetailItemMetrics": ".ads_insight_data_detail_item_metrics",
    "AdsInsightDataMetric": ".ads_insight_data_metric",
    "AdsInsightDataResponse": ".ads_insight_data_response",
    "AdsIntegratedReportBody": ".ads_integrated_report_body",
    "AdsIntegratedReportBodyDataLevel": ".ads_integrated_report_body_data_level",
    "AdsIntegratedReportBodyOrderType": ".ads_integrated_report_body_order_type",
    "AdsIntegratedReportBodyReportType": ".ads_integrated_report_body_report_type",
    "AdsIntegratedReportData": ".ads_integrated_report_data",
    "AdsIntegratedReportFilteringItem": ".ads_integrated_report_filtering_item",
    "AdsIntegratedReportListItem": ".ads_integrated_report_list_item",
    "AdsIntegratedReportListItemDimensions": ".ads_integrated_report_list_item_dimensions",
    "AdsIntegratedReportListItemMetrics": ".ads_integrated_report_list_item_metrics",
    "AdsIntegratedReportPageInfo": ".ads_integrated_report_page_info",
    "AdsIntegratedReportResponse": ".ads_integrated_report_response",
    "AdsIntegratedReportTotalMetrics": ".ads_integrated_report_total_metrics",
    "AdsLeadsListBody": ".ads_leads_list_body",
    "AdsLeadsListData": ".ads_leads_list_data",
    "AdsLeadsListListItem": ".ads_leads_list_list_item",
    "AdsLeadsListListItemFormData": ".ads_leads_list_list_item_form_data",
    "AdsLeadsListPageInfo": ".ads_leads_list_page_info",
    "AdsLeadsListResponse": ".ads_leads_list_response",
    "AdsListBody": ".ads_list_body",
    "AdsListData": ".ads_list_data",
    "AdsListFiltering": ".ads_list_filtering",
    "AdsListListItem": ".ads_list_list_item",
    "AdsListPageInfo": ".ads_list_page_info",
    "AdsListResponse": ".ads_list_response",
    "AdsPageFieldsBody": ".ads_page_fields_body",
    "AdsPageFieldsData": ".ads_page_fields_data",
    "AdsPageFieldsField": ".ads_page_fields_field",
    "AdsPageFieldsResponse": ".ads_page_fields_response",
    "AdsPagesListBody": ".ads_pages_list_body",
    "AdsPagesListData": ".ads_pages_list_data",
    "AdsPagesListListItem": ".ads_pages_list_list_item",
    "AdsPagesListPageInfo": ".ads_pages_list_page_info",
    "AdsPagesListResponse": ".ads_pages_list_response",
    "AdsPagesListUpdateTimeRange": ".ads_pages_list_update_time_range",
    "AdsSearchCountry": ".ads_search_country",
    "AdsSearchData": ".ads_search_data",
    "AdsSearchItem": ".ads_search_item",
    "AdsSearchResponse": ".ads_search_response",
    "AdsSearchSort": ".ads_search_sort",
    "AiAvatarAnalyzeBody": ".ai_avatar_analyze_body",
    "AiAvatarAnalyzeData": ".ai_avatar_analyze_data",
    "AiAvatarAnalyzeResponse": ".ai_avatar_analyze_response",
    "AiEmbeddingBody": ".ai_embedding_body",
    "AiEmbeddingBodyType": ".ai_embedding_body_type",
    "AiEmbeddingData": ".ai_embedding_data",
    "AiEmbeddingResponse": ".ai_embedding_response",
    "AiGrokGenerateBody": ".ai_grok_generate_body",
    "AiGrokGenerateBodyAspectRatio": ".ai_grok_generate_body_aspect_ratio",
    "AiGrokGenerateData": ".ai_grok_generate_data",
    "AiGrokGenerateImage": ".ai_grok_generate_image",
    "AiGrokGenerateResponse": ".ai_grok_generate_response",
    "AiImageGenerateBody": ".ai_image_generate_body",
    "AiImageGenerateBodyFunctionType": ".ai_image_generate_body_function_type",
    "AiImageGenerateBodyModelType": ".ai_image_generate_body_model_type",
    "AiImageGenerateBodyRatio": ".ai_image_generate_body_ratio",
    "AiImageGenerateData": ".ai_image_generate_data",
    "AiImageGenerateDigitHumanImage": ".ai_image_generate_digit_human_image",
    "AiImageGenerateProductImage": ".ai_image_generate_product_image",
    "AiImageGenerateResponse": ".ai_image_generate_response",
    "AiImageSearchBody": ".ai_image_search_body",
    "AiImageSearchData": ".ai_image_search_data",
    "AiImageSearchItem": ".ai_image_search_item",
    "AiImageSearchResponse": ".ai_image_search_response",
    "AiMaterialSearchBody": ".ai_material_search_body",
    "AiMaterialSearchData": ".ai_material_search_data",
    "AiMaterialSearchItem": ".ai_material_search_item",
    "AiMaterialSearchResponse": ".ai_material_search_response",
    "AiProductDescriptionBody": ".ai_product_description_body",
    "AiProductDescriptionData": ".ai_product_description_data",
    "AiProductDescriptionResponse": ".ai_product_description_response",
    "AiProductTitleBody": ".ai_product_title_body",
    "AiProductTitleData": ".ai_product_title_data",
    "AiProductTitleResponse": ".ai_product_title_response",
    "AiSdProFastGenerateBody": ".ai_sd_pro_fast_generate_body",
    "AiSdProFastGenerateBodyAspectRatio": ".ai_sd_pro_fast_generate_body_aspect_ratio",
    "AiSdProFastGenerateBodyResolution": ".ai_sd_pro_fast_generate_body_resolution",
    "AiSdProFastGenerateBodyRoleMode": ".ai_sd_pro_fast_generate_body_role_mode",
    "AiSdProFastGenerateData": ".ai_sd_pro_fast_generate_data",
    "AiSdProFastGenerateImage": ".ai_sd_pro_fast_generate_image",
    "AiSdProFastGenerateReferenceAudio": ".ai_sd_pro_fast_generate_reference_audio",
    "AiSdProFastGenerateReferenceVideo": ".ai_sd_pro_fast_generate_reference_video",
    "AiSdProFastGenerateResponse": ".ai_sd_pro_fast_generate_response",
    "AiSdProGenerateBody": ".ai_sd_pro_generate_body",
    "AiSdProGenerateBodyAspectRatio": ".ai_sd_pro_generate_body_aspect_ratio",
    "AiSdProGenerateBodyResolution": ".ai_sd_pro_generate_body_resolution",
    "AiSdProGenerateBodyRoleMode": ".ai_sd_pro_generate_body_role_mode",
    "AiSdProGenerateData": ".ai_sd_pro_generate_data",
    "AiSdProGenerateImage": ".ai_sd_pro_generate_image",
    "AiSdProGenerateReferenceAudio": ".ai_sd_pro_generate_reference_audio",
    "AiSdProGenerateReferenceVideo": ".ai_sd_pro_generate_reference_video",
    "AiSdProGenerateResponse": ".ai_sd_pro_generate_response",
    "AiSora2GenerateBody": ".ai_sora_2_generate_body",
    "AiSora2GenerateBodyAspectRatio": ".ai_sora_2_generate_body_aspect_ratio",
    "AiSora2GenerateData": ".ai_sora_2_generate_data",
    "AiSora2GenerateImage": ".ai_sora_2_generate_image",
    "AiSora2GenerateResponse": ".ai_sora_2_generate_response",
    "AiSora2ProGenerateBody": ".ai_sora_2_pro_generate_body",
    "AiSora2ProGenerateBodyAspectRatio": ".ai_sora_2_pro_generate_body_aspect_ratio",
    "AiSora2ProGenerateData": ".ai_sora_2_pro_generate_data",
    "AiSora2ProGenerateImage": ".ai_sora_2_pro_generate_image",
    "AiSora2ProGenerateResponse": ".ai_sora_2_pro_generate_response",
    "AiVeo3GenerateBody": ".ai_veo_3_generate_body",
    "AiVeo3GenerateBodyDuration": ".ai_veo_3_generate_body_duration",
    "AiVeo3GenerateData": ".ai_veo_3_generate_data",
    "AiVeo3GenerateImage": ".ai_veo_3_generate_image",
    "AiVeo3GenerateImagesItem": ".ai_veo_3_generate_images_item",
    "AiVeo3GenerateResponse": ".ai_veo_3_generate_response",
    "AiWan26GenerateBody": ".ai_wan_26_generate_body",
    "AiWan26GenerateBodyDuration": ".ai_wan_26_generate_body_duration",
    "AiWan26GenerateBodyResolution": ".ai_wan_26_generate_body_resolution",
    "AiWan26GenerateData": ".ai_wan_26_generate_data",
    "AiWan26GenerateImage": ".ai_wan_26_generate_image",
    "AiWan26GenerateResponse": ".ai_wan_26_generate_response",
    "APIError": ".api_error",
    "APIResponse": ".api_response",
    "APIResponseData": ".api_response_data",
    "CreativeDetailCountry": ".creative_detail_country",
    "CreativeDetailData": ".creative_detail_data",
    "CreativeDetailItem": ".creative_detail_item",
    "CreativeDetailResponse": ".creative_detail_response",
    "CreativesSearchCountry": ".creatives_search_country",
    "CreativesSearchData": ".creatives_search_data",
    "CreativesSearchItem": ".creatives_search_item",
    "CreativesSearchResponse": ".creatives_search_response",
    "CreativesSearchSort": ".creatives_search_sort",
    "CreatorsDetailCountry": ".creators_detail_country",
    "CreatorsDetailData": ".creators_detail_data",
    "CreatorsDetailItem": ".creators_detail_item",
    "CreatorsDetailResponse": ".creators_detail_response",
    "CreatorsSearchCountry": ".creators_search_country",
    "CreatorsSearchData": ".creators_search_data",
    "CreatorsSearchItem": ".creators_search_item",
    "CreatorsSearchResponse": ".creators_search_response",
    "CreatorsSearchSort": ".creators_search_sort",
    "LivesDetailCountry": ".lives_detail_country",
    "LivesDetailData": ".lives_detail_data",
    "LivesDetailItem": ".lives_detail_item",
    "LivesDetailResponse": ".lives_detail_response",
    "LivesSearchCountry": ".lives_search_country",
    "LivesSearchData": ".lives_search_data",
    "LivesSearchItem": ".lives_search_item",
    "LivesSearchResponse": ".lives_search_response",
    "LivesSearchSort": ".lives_search_sort",
    "MaterialInpaintingBody": ".material_inpainting_body",
    "MaterialInpaintingData": ".material_inpainting_data",
    "MaterialInpaintingResponse": ".material_inpainting_response",
    "PlatformPublishingConfig": ".platform_publishing_config",
    "PlatformPublishingConfigPrivacy": ".platform_publishing_config_privacy",
    "ProductReviewAnalysisBody": ".product_review_analysis_body",
    "ProductReviewAnalysisData": ".product_review_analysis_data",
    "ProductReviewAnalysisResponse": ".product_review_analysis_response",
    "ProductsDetailCountry": ".products_detail_country",
    "ProductsDetailData": ".products_detail_data",
    "ProductsDetailItem": ".products_detail_item",
    "ProductsDetailResponse": ".products_detail_response",
    "ProductsSearchCountry": ".products_search_country",
    "ProductsSearchData": ".products_search_data",
    "ProductsSearchItem": ".products_search_item",
    "ProductsSearchResponse": ".products_search_response",
    "ProductsSearchSort": ".products_search_sort",
    "SellersDetailCountry": ".sellers_detail_country",
    "SellersDetailData": ".sellers_detail_data",
    "SellersDetailItem": ".sellers_detail_item",
    "SellersDetailResponse": ".sellers_detail_response",
    "SellersSearchCountry": ".sellers_search_country",
    "SellersSearchData": ".sellers_search_data",
    "SellersSearchItem": ".sellers_search_item",
    "SellersSearchResponse": ".sellers_search_response",
    "SellersSearchSort": ".sellers_search_sort",
    "SocialAccountsListAccount": ".social_accounts_list_account",
    "SocialAccountsListBody": ".social_accounts_list_body",
    "SocialAccountsListData": ".social_accounts_list_data",
    "SocialAccountsListResponse": ".social_accounts_list_response",
    "SocialAnalyticsOverviewBody": ".social_analytics_overview_body",
    "SocialAnalyticsOverviewData": ".social_analytics_overview_data",
    "SocialAnalyticsOverviewResponse": ".social_analytics_overview_response",
    "SocialAnalyticsOverviewSummary": ".social_analytics_overview_summary",
    "SocialAnalyticsOverviewSummaryPlatformBreakdownItem": ".social_analytics_overview_summary_platform_breakdown_item",
    "SocialAnalyticsShopVideoDetailBody": ".social_analytics_shop_video_detail_body",
    "SocialAnalyticsShopVideoDetailDailyMetric": ".social_analytics_shop_video_detail_daily_metric",
    "SocialAnalyticsShopVideoDetailData": ".social_analytics_shop_video_detail_data",
    "SocialAnalyticsShopVideoDetailProduct": ".social_analytics_shop_video_detail_product",
    "SocialAnalyticsShopVideoDetailResponse": ".social_analytics_shop_video_detail_response",
    "SocialAnalyticsShopVideoDetailVideo": ".social_analytics_shop_video_detail_video",
    "SocialAnalyticsShopVideosBody": ".social_analytics_shop_videos_body",
    "SocialAnalyticsShopVideosBodyDateRange": ".social_analytics_shop_videos_body_date_range",
    "SocialAnalyticsShopVideosData": ".social_analytics_shop_videos_data",
    "SocialAnalyticsShopVideosResponse": ".social_analytics_shop_videos_response",
    "SocialAnalyticsShopVideosVideo": ".social_analytics_shop_videos_video",
    "SocialAnalyticsTopAccountsAccount": ".social_analytics_top_accounts_account",
    "SocialAnalyticsTopAccountsBody": ".social_analytics_top_accounts_body",
    "SocialAnalyticsTopAccountsData": ".social_analytics_top_accounts_data",
    "SocialAnalyticsTopAccountsResponse": ".social_analytics_top_accounts_response",
    "SocialAnalyticsTopProductsBody": ".social_analytics_top_products_body",
    "SocialAnalyticsTopProductsData": ".social_analytics_top_products_data",
    "SocialAnalyticsTopProductsProduct": ".social_analytics_top_products_product",
    "SocialAnalyticsTopProductsResponse": ".social_analytics_top_products_response",
    "SocialAnalyticsTopVideosBody": ".social_analytics_top_videos_body",
    "SocialAnalyticsTopVideosData": ".social_analytics_top_videos_data",
    "SocialAnalyticsTopVideosResponse": ".social_analytics_top_videos_response",
    "SocialAnalyticsTopVideosVideo": ".social_analytics_top_videos_video",
    "SocialAnalyticsTrendBody": ".social_analytics_trend_body",
    "SocialAnalyticsTrendData": ".social_analytics_trend_data",
    "SocialAnalyticsTrendResponse": ".social_analytics_trend_response",
    "SocialAnalyticsTrendTrendDataItem": ".social_analytics_trend_trend_data_item",
    "SocialCommentsCreateBody": ".social_comments_create_body",
    "SocialCommentsCreateComment": ".social_comments_create_comment",
    "SocialCommentsCreateCommentAuthor": ".social_comments_create_comment_author",
    "SocialCommentsCreateData": ".social_comments_create_data",
    "SocialCommentsCreateResponse": ".social_comments_create_response",
    "SocialCommentsDeleteBody": ".social_comments_delete_body",
    "SocialCommentsDeleteComment": ".social_comments_delete_comment",
    "SocialCommentsDeleteData": ".social_comments_delete_data",
    "SocialCommentsDeleteResponse": ".social_comments_delete_response",
    "SocialCommentsLikeBody": ".social_comments_like_body",
    "SocialCommentsLikeComment": ".social_comments_like_comment",
    "SocialCommentsLikeData": ".social_comments_like_data",
    "SocialCommentsLikeResponse": ".social_comments_like_response",
    "SocialCommentsManagedListBody": ".social_comments_managed_list_body",
    "SocialCommentsManagedListComment": ".social_comments_managed_list_comment",
    "SocialCommentsManagedListCommentAuthor": ".social_comments_managed_list_comment_author",
    "SocialCommentsManagedListData": ".social_comments_managed_list_data",
    "SocialCommentsManagedListResponse": ".social_comments_managed_list_response",
    "SocialCommentsManagedRepliesBody": ".social_comments_managed_replies_body",
    "SocialCommentsManagedRepliesData": ".social_comments_managed_replies_data",
    "SocialCommentsManagedRepliesReply": ".social_comments_managed_replies_reply",
    "SocialCommentsManagedRepliesReplyAuthor": ".social_comments_managed_replies_reply_author",
    "SocialCommentsManagedRepliesResponse": ".social_comments_managed_replies_response",
    "SocialCommentsQueryBody": ".social_comments_query_body",
    "SocialCommentsQueryComment": ".social_comments_query_comment",
    "SocialCommentsQueryCommentAuthor": ".social_comments_query_comment_author",
    "SocialCommentsQueryData": ".social_comments_query_data",
    "SocialCommentsQueryResponse": ".social_comments_query_response",
    "SocialCommentsRepliesBody": ".social_comments_replies_body",
    "SocialCommentsRepliesData": ".social_comments_replies_data",
    "SocialCommentsRepliesReply": ".social_comments_replies_reply",
    "SocialCommentsRepliesReplyAuthor": ".social_comments_replies_reply_author",
    "SocialCommentsRepliesResponse": ".social_comments_replies_response",
    "SocialCommentsReplyBody": ".social_comments_reply_body",
    "SocialCommentsReplyData": ".social_comments_reply_data",
    "SocialCommentsReplyReply": ".social_comments_reply_reply",
    "SocialCommentsReplyReplyAuthor": ".social_comments_reply_reply_author",
    "SocialCommentsReplyResponse": ".social_comments_reply_response",
    "SocialCommentsSyncBody": ".social_comments_sync_body",
    "SocialCommentsSyncData": ".social_comments_sync_data",
    "SocialCommentsSyncResponse": ".social_comments_sync_response",
    "SocialHashtagSuggestionsBody": ".social_hashtag_suggestions_body",
    "SocialHashtagSuggestionsData": ".social_hashtag_suggestions_data",
    "SocialHashtagSuggestionsResponse": ".social_hashtag_suggestions_response",
    "SocialHashtagSuggestionsSuggestion": ".social_hashtag_suggestions_suggestion",
    "SocialMusicRecentlyUsedBody": ".social_music_recently_used_body",
    "SocialMusicRecentlyUsedData": ".social_music_recently_used_data",
    "SocialMusicRecentlyUsedMusicListItem": ".social_music_recently_used_music_list_item",
    "SocialMusicRecentlyUsedResponse": ".social_music_recently_used_response",
    "SocialMusicSearchBody": ".social_music_search_body",
    "SocialMusicSearchData": ".social_music_search_data",
    "SocialMusicSearchMusicListItem": ".social_music_search_music_list_item",
    "SocialMusicSearchResponse": ".social_music_search_response",
    "SocialPlansPrecheckBody": ".social_plans_precheck_body",
    "SocialPlansPrecheckData": ".social_plans_precheck_data",
    "SocialPlansPrecheckRecord": ".social_plans_precheck_record",
    "SocialPlansPrecheckRecordsBody": ".social_plans_precheck_records_body",
    "SocialPlansPrecheckRecordsData": ".social_plans_precheck_records_data",
    "SocialPlansPrecheckRecordsRecord": ".social_plans_precheck_records_record",
    "SocialPlansPrecheckRecordsResponse": ".social_plans_precheck_records_response",
    "SocialPlansPrecheckResponse": ".social_plans_precheck_response",
    "SocialPlatformAccountDetailAccount": ".social_platform_account_detail_account",
    "SocialPlatformAccountDetailBody": ".social_platform_account_detail_body",
    "SocialPlatformAccountDetailData": ".social_platform_account_detail_data",
    "SocialPlatformAccountDetailResponse": ".social_platform_account_detail_response",
    "SocialPlatformAccountDisconnectBody": ".social_platform_account_disconnect_body",
    "SocialPlatformAccountDisconnectData": ".social_platform_account_disconnect_data",
    "SocialPlatformAccountDisconnectResponse": ".social_platform_account_disconnect_response",
    "SocialPlatformAccountUpdateRemarkAccount": ".social_platform_account_update_remark_account",
    "SocialPlatformAccountUpdateRemarkBody": ".social_platform_account_update_remark_body",
    "SocialPlatformAccountUpdateRemarkData": ".social_platform_account_update_remark_data",
    "SocialPlatformAccountUpdateRemarkResponse": ".social_platform_account_update_remark_response",
    "SocialPlatformTokenRefreshAccount": ".social_platform_token_refresh_account",
    "SocialPlatformTokenRefreshBody": ".social_platform_token_refresh_body",
    "SocialPlatformTokenRefreshData": ".social_platform_token_refresh_data",
    "SocialPlatformTokenRefreshResponse": ".social_platform_token_refresh_response",
    "SocialPlatformVideosBody": ".social_platform_videos_body",
    "SocialPlatformVideosData": ".social_platform_videos_data",
    "SocialPlatformVideosFilter": ".social_platform_videos_filter",
    "SocialPlatformVideosResponse": ".social_platform_videos_response",
    "SocialPlatformVideosVideo": ".social_platform_videos_video",
    "SocialPlatformVideosVideoMetrics": ".social_platform_videos_video_metrics",
    "SocialPublishCancelBody": ".social_publish_cancel_body",
    "SocialPublishCancelData": ".social_publish_cancel_data",
    "SocialPublishCancelResponse": ".social_publish_cancel_response",
    "SocialPublishSessionBody": ".social_publish_session_body",
    "SocialPublishSessionCancelBody": ".social_publish_session_cancel_body",
    "SocialPublishSessionCancelData": ".social_publish_session_cancel_data",
    "SocialPublishSessionCancelResponse": ".social_publish_session_cancel_response",
    "SocialPublishSessionData": ".social_publish_session_data",
    "SocialPublishSessionPublication": ".social_publish_session_publication",
    "SocialPublishSessionResponse": ".social_publish_session_response",
    "SocialPublishSessionSession": ".social_publish_session_session",
    "SocialPublishUploadBody": ".social_publish_upload_body",
    "SocialPublishUploadData": ".social_publish_upload_data",
    "SocialPublishUploadMediaItem": ".social_publish_upload_media_item",
    "SocialPublishUploadPublication": ".social_publish_upload_publication",
    "SocialPublishUploadResponse": ".social_publish_upload_response",
    "SocialTiktokQrcodeBody": ".social_tiktok_qrcode_body",
    "SocialTiktokQrcodeBodyConnector": ".social_tiktok_qrcode_body_connector",
    "SocialTiktokQrcodeCheckAccount": ".social_tiktok_qrcode_check_account",
    "SocialTiktokQrcodeCheckBody": ".social_tiktok_qrcode_check_body",
    "SocialTiktokQrcodeCheckBodyConnector": ".social_tiktok_qrcode_check_body_connector",
    "SocialTiktokQrcodeCheckData": ".social_tiktok_qrcode_check_data",
    "SocialTiktokQrcodeCheckResponse": ".social_tiktok_qrcode_check_response",
    "SocialTiktokQrcodeData": ".social_tiktok_qrcode_data",
    "SocialTiktokQrcodeResponse": ".social_tiktok_qrcode_response",
    "SocialTiktokShopProductsBody": ".social_tiktok_shop_products_body",
    "SocialTiktokShopProductsData": ".social_tiktok_shop_products_data",
    "SocialTiktokShopProductsProduct": ".social_tiktok_shop_products_product",
    "SocialTiktokShopProductsProductCommission": ".social_tiktok_shop_products_product_commission",
    "SocialTiktokShopProductsProductImage": ".social_tiktok_shop_products_product_image",
    "SocialTiktokShopProductsProductPrice": ".social_tiktok_shop_products_product_price",
    "SocialTiktokShopProductsResponse": ".social_tiktok_shop_products_response",
    "SocialTiktokShopShowcaseAddBody": ".social_tiktok_shop_showcase_add_body",
    "SocialTiktokShopShowcaseAddData": ".social_tiktok_shop_showcase_add_data",
    "SocialTiktokShopShowcaseAddError": ".social_tiktok_shop_showcase_add_error",
    "SocialTiktokShopShowcaseAddResponse": ".social_tiktok_shop_showcase_add_response",
    "SocialUploadPresignedUrlBody": ".social_upload_presigned_url_body",
    "SocialUploadPresignedUrlData": ".social_upload_presigned_url_data",
    "SocialUploadPresignedUrlResponse": ".social_upload_presigned_url_response",
    "SocialVideoCheckInfoBody": ".social_video_check_info_body",
    "SocialVideoCheckInfoData": ".social_video_check_info_data",
    "SocialVideoCheckInfoPlatformRules": ".social_video_check_info_platform_rules",
    "SocialVideoCheckInfoPlatformRulesAdditionalProperty": ".social_video_check_info_platform_rules_additional_property",
    "SocialVideoCheckInfoResponse": ".social_video_check_info_response",
    "SocialVideoCheckInfoValidationResults": ".social_video_check_info_validation_results",
    "SocialVideoCheckInfoValidationResultsAdditionalProperty": ".social_video_check_info_validation_results_additional_property",
    "SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem": ".social_video_check_info_validation_results_additional_property_errors_item",
    "SocialVideoCheckInfoVideoMetadata": ".social_video_check_info_video_metadata",
    "SocialVideoDetailBody": ".social_video_detail_body",
    "SocialVideoDetailData": ".social_video_detail_data",
    "SocialVideoDetailPublication": ".social_video_detail_publication",
    "SocialVideoDetailResponse": ".social_video_detail_response",
    "SocialVideoDetailVideo": ".social_video_detail_video",
    "SocialVideosListBody": ".social_videos_list_body",
    "SocialVideosListData": ".social_videos_list_data",
    "SocialVideosListResponse": ".social_videos_list_response",
    "SocialVideosListVideo": ".social_videos_list_video",
    "SocialVideosListVideoMediaItem": ".social_videos_list_video_media_item",
    "SocialVideosListVideoPublication": ".social_videos_list_video_publication",
    "TaskStatusData": ".task_status_data",
    "TaskStatusResponse": ".task_status_response",
    "TaskStatusResult": ".task_status_result",
    "UsageInfo": ".usage_info",
    "VideoCloneBody": ".video_clone_body",
    "VideoCloneData": ".video_clone_data",
    "VideoCloneProductImage": ".video_clone_product_image",
    "VideoCloneReferenceVideo": ".video_clone_reference_video",
    "VideoCloneResponse": ".video_clone_response",
    "VideoCloneSora2Config": ".video_clone_sora_2_config",
    "VideoCloneSora2ConfigAspectRatio": ".video_clone_sora_2_config_aspect_ratio",
    "VideoContentAnalysisBody": ".video_content_analysis_body",
    "VideoContentAnalysisData": ".video_content_analysis_data",
    "VideoContentAnalysisResponse": ".video_content_analysis_response",
    "VideoScriptsBreakdownBody": ".video_scripts_breakdown_body",
    "VideoScriptsBreakdownData": ".video_scripts_breakdown_data",
    "VideoScriptsBreakdownResponse": ".video_scripts_breakdown_response",
    "VideoScriptsBreakdownV2Body": ".video_scripts_breakdown_v2_body",
    "VideoScriptsBreakdownV2Data": ".video_scripts_breakdown_v2_data",
    "VideoScriptsBreakdownV2Response": ".video_scripts_breakdown_v2_response",
    "VideoScriptsStoryboardBody": ".video_scripts_storyboard_body",
    "VideoScriptsStoryboardData": ".video_scripts_storyboard_data",
    "VideoScriptsStoryboardResponse": ".video_scripts_storyboard_response",
    "VideoSuperResolutionBody": ".video_super_resolution_body",
    "VideoSuperResolutionData": ".video_super_resolution_data",
    "VideoSuperResolutionResponse": ".video_super_resolution_response",
    "VideoTalkingPhotoBody": ".video_talking_photo_body",
    "VideoTalkingPhotoData": ".video_talking_photo_data",
    "VideoTalkingPhotoResponse": ".video_talking_photo_response",
    "VideoTranscriptionBody": ".video_transcription_body",
    "VideoTranscriptionData": ".video_transcription_data",
    "VideoTranscriptionResponse": ".video_transcription_response",
    "VideosDetailCountry": ".videos_detail_country",
    "VideosDetailData": ".videos_detail_data",
    "VideosDetailItem": ".videos_detail_item",
    "VideosDetailResponse": ".videos_detail_response",
    "VideosSearchCountry": ".videos_search_country",
    "VideosSearchData": ".videos_search_data",
    "VideosSearchItem": ".videos_search_item",
    "VideosSearchResponse": ".videos_search_response",
    "VideosSearchSort": ".videos_search_sort",
}

__all__ = (
    "AdCreativeDetailCountry",
    "AdCreativeDetailData",
    "AdCreativeDetailItem",
    "AdCreativeDetailResponse",
    "AdsAccountListAccount",
    "AdsAccountListBody",
    "AdsAccountListData",
    "AdsAccountListPageInfo",
    "AdsAccountListResponse",
    "AdsAccountListStats",
    "AdsAccountUpdateRemarkAccount",
    "AdsAccountUpdateRemarkBody",
    "AdsAccountUpdateRemarkData",
    "AdsAccountUpdateRemarkResponse",
    "AdsDetailBody",
    "AdsDetailData",
    "AdsDetailDataItem",
    "AdsDetailImage",
    "AdsDetailResponse",
    "AdsDetailVideo",
    "AdsInsightDataBoardItem",
    "AdsInsightDataBody",
    "AdsInsightDataData",
    "AdsInsightDataDetailItem",
    "AdsInsightDataDetailItemMetrics",
    "AdsInsightDataMetric",
    "AdsInsightDataResponse",
    "AdsIntegratedReportBody",
    "AdsIntegratedReportBodyDataLevel",
    "AdsIntegratedReportBodyOrderType",
    "AdsIntegratedReportBodyReportType",
    "AdsIntegratedReportData",
    "AdsIntegratedReportFilteringItem",
    "AdsIntegratedReportListItem",
    "AdsIntegratedReportListItemDimensions",
    "AdsIntegratedReportListItemMetrics",
    "AdsIntegratedReportPageInfo",
    "AdsIntegratedReportResponse",
    "AdsIntegratedReportTotalMetrics",
    "AdsLeadsListBody",
    "AdsLeadsListData",
    "AdsLeadsListListItem",
    "AdsLeadsListListItemFormData",
    "AdsLeadsListPageInfo",
    "AdsLeadsListResponse",
    "AdsListBody",
    "AdsListData",
    "AdsListFiltering",
    "AdsListListItem",
    "AdsListPageInfo",
    "AdsListResponse",
    "AdsPageFieldsBody",
    "AdsPageFieldsData",
    "AdsPageFieldsField",
    "AdsPageFieldsResponse",
    "AdsPagesListBody",
    "AdsPagesListData",
    "AdsPagesListListItem",
    "AdsPagesListPageInfo",
    "AdsPagesListResponse",
    "AdsPagesListUpdateTimeRange",
    "AdsSearchCountry",
    "AdsSearchData",
    "AdsSearchItem",
    "AdsSearchResponse",
    "AdsSearchSort",
    "AiAvatarAnalyzeBody",
    "AiAvatarAnalyzeData",
    "AiAvatarAnalyzeResponse",
    "AiEmbeddingBody",
    "AiEmbeddingBodyType",
    "AiEmbeddingData",
    "AiEmbeddingResponse",
    "AiGrokGenerateBody",
    "AiGrokGenerateBodyAspectRatio",
    "AiGrokGenerateData",
    "AiGrokGenerateImage",
    "AiGrokGenerateResponse",
    "AiImageGenerateBody",
    "AiImageGenerateBodyFunctionType",
    "AiImageGenerateBodyModelType",
    "AiImageGenerateBodyRatio",
    "AiImageGenerateData",
    "AiImageGenerateDigitHumanImage",
    "AiImageGenerateProductImage",
    "AiImageGenerateResponse",
    "AiImageSearchBody",
    "AiImageSearchData",
    "AiImageSearchItem",
    "AiImageSearchResponse",
    "AiMaterialSearchBody",
    "AiMaterialSearchData",
    "AiMaterialSearchItem",
    "AiMaterialSearchResponse",
    "AiProductDescriptionBody",
    "AiProductDescriptionData",
    "AiProductDescriptionResponse",
    "AiProductTitleBody",
    "AiProductTitleData",
    "AiProductTitleResponse",
    "AiSdProFastGenerateBody",
    "AiSdProFastGenerateBodyAspectRatio",
    "AiSdProFastGenerateBodyResolution",
    "AiSdProFastGenerateBodyRoleMode",
    "AiSdProFastGenerateData",
    "AiSdProFastGenerateImage",
    "AiSdProFastGenerateReferenceAudio",
    "AiSdProFastGenerateReferenceVideo",
    "AiSdProFastGenerateResponse",
    "AiSdProGenerateBody",
    "AiSdProGenerateBodyAspectRatio",
    "AiSdProGenerateBodyResolution",
    "AiSdProGenerateBodyRoleMode",
    "AiSdProGenerateData",
    "AiSdProGenerateImage",
    "AiSdProGenerateReferenceAudio",
    "AiSdProGenerateReferenceVideo",
    "AiSdProGenerateResponse",
    "AiSora2GenerateBody",
    "AiSora2GenerateBodyAspectRatio",
    "AiSora2GenerateData",
    "AiSora2GenerateImage",
    "AiSora2GenerateResponse",
    "AiSora2ProGenerateBody",
    "AiSora2ProGenerateBodyAspectRatio",
    "AiSora2ProGenerateData",
    "AiSora2ProGenerateImage",
    "AiSora2ProGenerateResponse",
    "AiVeo3GenerateBody",
    "AiVeo3GenerateBodyDuration",
    "AiVeo3GenerateData",
    "AiVeo3GenerateImage",
    "AiVeo3GenerateImagesItem",
    "AiVeo3GenerateResponse",
    "AiWan26GenerateBody",
    "AiWan26GenerateBodyDuration",
    "AiWan26GenerateBodyResolution",
    "AiWan26GenerateData",
    "AiWan26GenerateImage",
    "AiWan26GenerateResponse",
    "APIError",
    "APIResponse",
    "APIResponseData",
    "CreativeDetailCountry",
    "CreativeDetailData",
    "CreativeDetailItem",
    "CreativeDetailResponse",
    "CreativesSearchCountry",
    "CreativesSearchData",
    "CreativesSearchItem",
    "CreativesSearchResponse",
    "CreativesSearchSort",
    "CreatorsDetailCountry",
    "CreatorsDetailData",
    "CreatorsDetailItem",
    "CreatorsDetailResponse",
    "CreatorsSearchCountry",
    "CreatorsSearchData",
    "CreatorsSearchItem",
    "CreatorsSearchResponse",
    "CreatorsSearchSort",
    "LivesDetailCountry",
    "LivesDetailData",
    "LivesDetailItem",
    "LivesDetailResponse",
    "LivesSearchCountry",
    "LivesSearchData",
    "LivesSearchItem",
    "LivesSearchResponse",
    "LivesSearchSort",
    "MaterialInpaintingBody",
    "MaterialInpaintingData",
    "MaterialInpaintingResponse",
    "PlatformPublishingConfig",
    "PlatformPublishingConfigPrivacy",
    "ProductReviewAnalysisBody",
    "ProductReviewAnalysisData",
    "ProductReviewAnalysisResponse",
    "ProductsDetailCountry",
    "ProductsDetailData",
    "ProductsDetailItem",
    "ProductsDetailResponse",
    "ProductsSearchCountry",
    "ProductsSearchData",
    "ProductsSearchItem",
    "ProductsSearchResponse",
    "ProductsSearchSort",
    "SellersDetailCountry",
    "SellersDetailData",
    "SellersDetailItem",
    "SellersDetailResponse",
    "SellersSearchCountry",
    "SellersSearchData",
    "SellersSearchItem",
    "SellersSearchResponse",
    "SellersSearchSort",
    "SocialAccountsListAccount",
    "SocialAccountsListBody",
    "SocialAccountsListData",
    "SocialAccountsListResponse",
    "SocialAnalyticsOverviewBody",
    "SocialAnalyticsOverviewData",
    "SocialAnalyticsOverviewResponse",
    "SocialAnalyticsOverviewSummary",
    "SocialAnalyticsOverviewSummaryPlatformBreakdownItem",
    "SocialAnalyticsShopVideoDetailBody",
    "SocialAnalyticsShopVideoDetailDailyMetric",
    "SocialAnalyticsShopVideoDetailData",
    "SocialAnalyticsShopVideoDetailProduct",
    "SocialAnalyticsShopVideoDetailResponse",
    "SocialAnalyticsShopVideoDetailVideo",
    "SocialAnalyticsShopVideosBody",
    "SocialAnalyticsShopVideosBodyDateRange",
    "SocialAnalyticsShopVideosData",
    "SocialAnalyticsShopVideosResponse",
    "SocialAnalyticsShopVideosVideo",
    "SocialAnalyticsTopAccountsAccount",
    "SocialAnalyticsTopAccountsBody",
    "SocialAnalyticsTopAccountsData",
    "SocialAnalyticsTopAccountsResponse",
    "SocialAnalyticsTopProductsBody",
    "SocialAnalyticsTopProductsData",
    "SocialAnalyticsTopProductsProduct",
    "SocialAnalyticsTopProductsResponse",
    "SocialAnalyticsTopVideosBody",
    "SocialAnalyticsTopVideosData",
    "SocialAnalyticsTopVideosResponse",
    "SocialAnalyticsTopVideosVideo",
    "SocialAnalyticsTrendBody",
    "SocialAnalyticsTrendData",
    "SocialAnalyticsTrendResponse",
    "SocialAnalyticsTrendTrendDataItem",
    "SocialCommentsCreateBody",
    "SocialCommentsCreateComment",
    "SocialCommentsCreateCommentAuthor",
    "SocialCommentsCreateData",
    "SocialCommentsCreateResponse",
    "SocialCommentsDeleteBody",
    "SocialCommentsDeleteComment",
    "SocialCommentsDeleteData",
    "SocialCommentsDeleteResponse",
    "SocialCommentsLikeBody",
    "SocialCommentsLikeComment",
    "SocialCommentsLikeData",
    "SocialCommentsLikeResponse",
    "SocialCommentsManagedListBody",
    "SocialCommentsManagedListComment",
    "SocialCommentsManagedListCommentAuthor",
    "SocialCommentsManagedListData",
    "SocialCommentsManagedListResponse",
    "SocialCommentsManagedRepliesBody",
    "SocialCommentsManagedRepliesData",
    "SocialCommentsManagedRepliesReply",
    "SocialCommentsManagedRepliesReplyAuthor",
    "SocialCommentsManagedRepliesResponse",
    "SocialCommentsQueryBody",
    "SocialCommentsQueryComment",
    "SocialCommentsQueryCommentAuthor",
    "SocialCommentsQueryData",
    "SocialCommentsQueryResponse",
    "SocialCommentsRepliesBody",
    "SocialCommentsRepliesData",
    "SocialCommentsRepliesReply",
    "SocialCommentsRepliesReplyAuthor",
    "SocialCommentsRepliesResponse",
    "SocialCommentsReplyBody",
    "SocialCommentsReplyData",
    "SocialCommentsReplyReply",
    "SocialCommentsReplyReplyAuthor",
    "SocialCommentsReplyResponse",
    "SocialCommentsSyncBody",
    "SocialCommentsSyncData",
    "SocialCommentsSyncResponse",
    "SocialHashtagSuggestionsBody",
    "SocialHashtagSuggestionsData",
    "SocialHashtagSuggestionsResponse",
    "SocialHashtagSuggestionsSuggestion",
    "SocialMusicRecentlyUsedBody",
    "SocialMusicRecentlyUsedData",
    "SocialMusicRecentlyUsedMusicListItem",
    "SocialMusicRecentlyUsedResponse",
    "SocialMusicSearchBody",
    "SocialMusicSearchData",
    "SocialMusicSearchMusicListItem",
    "SocialMusicSearchResponse",
    "SocialPlansPrecheckBody",
    "SocialPlansPrecheckData",
    "SocialPlansPrecheckRecord",
    "SocialPlansPrecheckRecordsBody",
    "SocialPlansPrecheckRecordsData",
    "SocialPlansPrecheckRecordsRecord",
    "SocialPlansPrecheckRecordsResponse",
    "SocialPlansPrecheckResponse",
    "SocialPlatformAccountDetailAccount",
    "SocialPlatformAccountDetailBody",
    "SocialPlatformAccountDetailData",
    "SocialPlatformAccountDetailResponse",
    "SocialPlatformAccountDisconnectBody",
    "SocialPlatformAccountDisconnectData",
    "SocialPlatformAccountDisconnectResponse",
    "SocialPlatformAccountUpdateRemarkAccount",
    "SocialPlatformAccountUpdateRemarkBody",
    "SocialPlatformAccountUpdateRemarkData",
    "SocialPlatformAccountUpdateRemarkResponse",
    "SocialPlatformTokenRefreshAccount",
    "SocialPlatformTokenRefreshBody",
    "SocialPlatformTokenRefreshData",
    "SocialPlatformTokenRefreshResponse",
    "SocialPlatformVideosBody",
    "SocialPlatformVideosData",
    "SocialPlatformVideosFilter",
    "SocialPlatformVideosResponse",
    "SocialPlatformVideosVideo",
    "SocialPlatformVideosVideoMetrics",
    "SocialPublishCancelBody",
    "SocialPublishCancelData",
    "SocialPublishCancelResponse",
    "SocialPublishSessionBody",
    "SocialPublishSessionCancelBody",
    "SocialPublishSessionCancelData",
    "SocialPublishSessionCancelResponse",
    "SocialPublishSessionData",
    "SocialPublishSessionPublication",
    "SocialPublishSessionResponse",
    "SocialPublishSessionSession",
    "SocialPublishUploadBody",
    "SocialPublishUploadData",
    "SocialPublishUploadMediaItem",
    "SocialPublishUploadPublication",
    "SocialPublishUploadResponse",
    "SocialTiktokQrcodeBody",
    "SocialTiktokQrcodeBodyConnector",
    "SocialTiktokQrcodeCheckAccount",
    "SocialTiktokQrcodeCheckBody",
    "SocialTiktokQrcodeCheckBodyConnector",
    "SocialTiktokQrcodeCheckData",
    "SocialTiktokQrcodeCheckResponse",
    "SocialTiktokQrcodeData",
    "SocialTiktokQrcodeResponse",
    "SocialTiktokShopProductsBody",
    "SocialTiktokShopProductsData",
    "SocialTiktokShopProductsProduct",
    "SocialTiktokShopProductsProductCommission",
    "SocialTiktokShopProductsProductImage",
    "SocialTiktokShopProductsProductPrice",
    "SocialTiktokShopProductsResponse",
    "SocialTiktokShopShowcaseAddBody",
    "SocialTiktokShopShowcaseAddData",
    "SocialTiktokShopShowcaseAddError",
    "SocialTiktokShopShowcaseAddResponse",
    "SocialUploadPresignedUrlBody",
    "SocialUploadPresignedUrlData",
    "SocialUploadPresignedUrlResponse",
    "SocialVideoCheckInfoBody",
    "SocialVideoCheckInfoData",
    "SocialVideoCheckInfoPlatformRules",
    "SocialVideoCheckInfoPlatformRulesAdditionalProperty",
    "SocialVideoCheckInfoResponse",
    "SocialVideoCheckInfoValidationResults",
    "SocialVideoCheckInfoValidationResultsAdditionalProperty",
    "SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem",
    "SocialVideoCheckInfoVideoMetadata",
    "SocialVideoDetailBody",
    "SocialVideoDetailData",
    "SocialVideoDetailPublication",
    "SocialVideoDetailResponse",
    "SocialVideoDetailVideo",
    "SocialVideosListBody",
    "SocialVideosListData",
    "SocialVideosListResponse",
    "SocialVideosListVideo",
    "SocialVideosListVideoMediaItem",
    "SocialVideosListVideoPublication",
    "TaskStatusData",
    "TaskStatusResponse",
    "TaskStatusResult",
    "UsageInfo",
    "VideoCloneBody",
    "VideoCloneData",
    "VideoCloneProductImage",
    "VideoCloneReferenceVideo",
    "VideoCloneResponse",
    "VideoCloneSora2Config",
    "VideoCloneSora2ConfigAspectRatio",
    "VideoContentAnalysisBody",
    "VideoContentAnalysisData",
    "VideoContentAnalysisResponse",
    "VideoScriptsBreakdownBody",
    "VideoScriptsBreakdownData",
    "VideoScriptsBreakdownResponse",
    "VideoScriptsBreakdownV2Body",
    "VideoScriptsBreakdownV2Data",
    "VideoScriptsBreakdownV2Response",
    "VideoScriptsStoryboardBody",
    "VideoScriptsStoryboardData",
    "VideoScriptsStoryboardResponse",
    "VideosDetailCountry",
    "VideosDetailData",
    "VideosDetailItem",
    "VideosDetailResponse",
    "VideosSearchCountry",
    "VideosSearchData",
    "VideosSearchItem",
    "VideosSearchResponse",
    "VideosSearchSort",
    "VideoSuperResolutionBody",
    "VideoSuperResolutionData",
    "VideoSuperResolutionResponse",
    "VideoTalkingPhotoBody",
    "VideoTalkingPhotoData",
    "VideoTalkingPhotoResponse",
    "VideoTranscriptionBody",
    "VideoTranscriptionData",
    "VideoTranscriptionResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return list(__all__)
