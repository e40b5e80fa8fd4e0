# generated from openapi.json by codegen; do not edit
from .._generated.models.ad_creative_detail_country import (
    AdCreativeDetailCountry as AdCreativeDetailCountry,
)
from .._generated.models.ad_creative_detail_data import AdCreativeDetailData as AdCreativeDetailData
from .._generated.models.ad_creative_detail_item import AdCreativeDetailItem as AdCreativeDetailItem
from .._generated.models.ad_creative_detail_response import (
    AdCreativeDetailResponse as AdCreativeDetailResponse,
)
from .._generated.models.ads_account_list_account import (
    AdsAccountListAccount as AdsAccountListAccount,
)
from .._generated.models.ads_account_list_body import AdsAccountListBody as AdsAccountListBody
from .._generated.models.ads_account_list_data import AdsAccountListData as AdsAccountListData
from .._generated.models.ads_account_list_page_info import (
    AdsAccountListPageInfo as AdsAccountListPageInfo,
)
from .._generated.models.ads_account_list_response import (
    AdsAccountListResponse as AdsAccountListResponse,
)
from .._generated.models.ads_account_list_stats import AdsAccountListStats as AdsAccountListStats
from .._generated.models.ads_account_update_remark_account import (
    AdsAccountUpdateRemarkAccount as AdsAccountUpdateRemarkAccount,
)
from .._generated.models.ads_account_update_remark_body import (
    AdsAccountUpdateRemarkBody as AdsAccountUpdateRemarkBody,
)
from .._generated.models.ads_account_update_remark_data import (
    AdsAccountUpdateRemarkData as AdsAccountUpdateRemarkData,
)
from .._generated.models.ads_account_update_remark_response import (
    AdsAccountUpdateRemarkResponse as AdsAccountUpdateRemarkResponse,
)
from .._generated.models.ads_detail_body import AdsDetailBody as AdsDetailBody
from .._generated.models.ads_detail_data import AdsDetailData as AdsDetailData
from .._generated.models.ads_detail_data_item import AdsDetailDataItem as AdsDetailDataItem
from .._generated.models.ads_detail_image import AdsDetailImage as AdsDetailImage
from .._generated.models.ads_detail_response import AdsDetailResponse as AdsDetailResponse
from .._generated.models.ads_detail_video import AdsDetailVideo as AdsDetailVideo
from .._generated.models.ads_insight_data_board_item import (
    AdsInsightDataBoardItem as AdsInsightDataBoardItem,
)
from .._generated.models.ads_insight_data_body import AdsInsightDataBody as AdsInsightDataBody
from .._generated.models.ads_insight_data_data import AdsInsightDataData as AdsInsightDataData
from .._generated.models.ads_insight_data_detail_item import (
    AdsInsightDataDetailItem as AdsInsightDataDetailItem,
)
from .._generated.models.ads_insight_data_detail_item_metrics import (
    AdsInsightDataDetailItemMetrics as AdsInsightDataDetailItemMetrics,
)
from .._generated.models.ads_insight_data_metric import AdsInsightDataMetric as AdsInsightDataMetric
from .._generated.models.ads_insight_data_response import (
    AdsInsightDataResponse as AdsInsightDataResponse,
)
from .._generated.models.ads_integrated_report_body import (
    AdsIntegratedReportBody as AdsIntegratedReportBody,
)
from .._generated.models.ads_integrated_report_body_data_level import (
    AdsIntegratedReportBodyDataLevel as AdsIntegratedReportBodyDataLevel,
)
from .._generated.models.ads_integrated_report_body_order_type import (
    AdsIntegratedReportBodyOrderType as AdsIntegratedReportBodyOrderType,
)
from .._generated.models.ads_integrated_report_body_report_type import (
    AdsIntegratedReportBodyReportType as AdsIntegratedReportBodyReportType,
)
from .._generated.models.ads_integrated_report_data import (
    AdsIntegratedReportData as AdsIntegratedReportData,
)
from .._generated.models.ads_integrated_report_filtering_item import (
    AdsIntegratedReportFilteringItem as AdsIntegratedReportFilteringItem,
)
from .._generated.models.ads_integrated_report_list_item import (
    AdsIntegratedReportListItem as AdsIntegratedReportListItem,
)
from .._generated.models.ads_integrated_report_list_item_dimensions import (
    AdsIntegratedReportListItemDimensions as AdsIntegratedReportListItemDimensions,
)
from .._generated.models.ads_integrated_report_list_item_metrics import (
    AdsIntegratedReportListItemMetrics as AdsIntegratedReportListItemMetrics,
)
from .._generated.models.ads_integrated_report_page_info import (
    AdsIntegratedReportPageInfo as AdsIntegratedReportPageInfo,
)
from .._generated.models.ads_integrated_report_response import (
    AdsIntegratedReportResponse as AdsIntegratedReportResponse,
)
from .._generated.models.ads_integrated_report_total_metrics import (
    AdsIntegratedReportTotalMetrics as AdsIntegratedReportTotalMetrics,
)
from .._generated.models.ads_leads_list_body import AdsLeadsListBody as AdsLeadsListBody
from .._generated.models.ads_leads_list_data import AdsLeadsListData as AdsLeadsListData
from .._generated.models.ads_leads_list_list_item import (
    AdsLeadsListListItem as AdsLeadsListListItem,
)
from .._generated.models.ads_leads_list_list_item_form_data import (
    AdsLeadsListListItemFormData as AdsLeadsListListItemFormData,
)
from .._generated.models.ads_leads_list_page_info import (
    AdsLeadsListPageInfo as AdsLeadsListPageInfo,
)
from .._generated.models.ads_leads_list_response import AdsLeadsListResponse as AdsLeadsListResponse
from .._generated.models.ads_list_body import AdsListBody as AdsListBody
from .._generated.models.ads_list_data import AdsListData as AdsListData
from .._generated.models.ads_list_filtering import AdsListFiltering as AdsListFiltering
from .._generated.models.ads_list_list_item import AdsListListItem as AdsListListItem
from .._generated.models.ads_list_page_info import AdsListPageInfo as AdsListPageInfo
from .._generated.models.ads_list_response import AdsListResponse as AdsListResponse
from .._generated.models.ads_page_fields_body import AdsPageFieldsBody as AdsPageFieldsBody
from .._generated.models.ads_page_fields_data import AdsPageFieldsData as AdsPageFieldsData
from .._generated.models.ads_page_fields_field import AdsPageFieldsField as AdsPageFieldsField
from .._generated.models.ads_page_fields_response import (
    AdsPageFieldsResponse as AdsPageFieldsResponse,
)
from .._generated.models.ads_pages_list_body import AdsPagesListBody as AdsPagesListBody
from .._generated.models.ads_pages_list_data import AdsPagesListData as AdsPagesListData
from .._generated.models.ads_pages_list_list_item import (
    AdsPagesListListItem as AdsPagesListListItem,
)
from .._generated.models.ads_pages_list_page_info import (
    AdsPagesListPageInfo as AdsPagesListPageInfo,
)
from .._generated.models.ads_pages_list_response import AdsPagesListResponse as AdsPagesListResponse
from .._generated.models.ads_pages_list_update_time_range import (
    AdsPagesListUpdateTimeRange as AdsPagesListUpdateTimeRange,
)
from .._generated.models.ads_search_country import AdsSearchCountry as AdsSearchCountry
from .._generated.models.ads_search_data import AdsSearchData as AdsSearchData
from .._generated.models.ads_search_item import AdsSearchItem as AdsSearchItem
from .._generated.models.ads_search_response import AdsSearchResponse as AdsSearchResponse
from .._generated.models.ads_search_sort import AdsSearchSort as AdsSearchSort
from .._generated.models.ai_avatar_analyze_body import AiAvatarAnalyzeBody as AiAvatarAnalyzeBody
from .._generated.models.ai_avatar_analyze_data import AiAvatarAnalyzeData as AiAvatarAnalyzeData
from .._generated.models.ai_avatar_analyze_response import (
    AiAvatarAnalyzeResponse as AiAvatarAnalyzeResponse,
)
from .._generated.models.ai_embedding_body import AiEmbeddingBody as AiEmbeddingBody
from .._generated.models.ai_embedding_body_type import AiEmbeddingBodyType as AiEmbeddingBodyType
from .._generated.models.ai_embedding_data import AiEmbeddingData as AiEmbeddingData
from .._generated.models.ai_embedding_response import AiEmbeddingResponse as AiEmbeddingResponse
from .._generated.models.ai_grok_generate_body import AiGrokGenerateBody as AiGrokGenerateBody
from .._generated.models.ai_grok_generate_body_aspect_ratio import (
    AiGrokGenerateBodyAspectRatio as AiGrokGenerateBodyAspectRatio,
)
from .._generated.models.ai_grok_generate_data import AiGrokGenerateData as AiGrokGenerateData
from .._generated.models.ai_grok_generate_image import AiGrokGenerateImage as AiGrokGenerateImage
from .._generated.models.ai_grok_generate_response import (
    AiGrokGenerateResponse as AiGrokGenerateResponse,
)
from .._generated.models.ai_image_generate_body import AiImageGenerateBody as AiImageGenerateBody
from .._generated.models.ai_image_generate_body_function_type import (
    AiImageGenerateBodyFunctionType as AiImageGenerateBodyFunctionType,
)
from .._generated.models.ai_image_generate_body_model_type import (
    AiImageGenerateBodyModelType as AiImageGenerateBodyModelType,
)
from .._generated.models.ai_image_generate_body_ratio import (
    AiImageGenerateBodyRatio as AiImageGenerateBodyRatio,
)
from .._generated.models.ai_image_generate_data import AiImageGenerateData as AiImageGenerateData
from .._generated.models.ai_image_generate_digit_human_image import (
    AiImageGenerateDigitHumanImage as AiImageGenerateDigitHumanImage,
)
from .._generated.models.ai_image_generate_product_image import (
    AiImageGenerateProductImage as AiImageGenerateProductImage,
)
from .._generated.models.ai_image_generate_response import (
    AiImageGenerateResponse as AiImageGenerateResponse,
)
from .._generated.models.ai_image_search_body import AiImageSearchBody as AiImageSearchBody
from .._generated.models.ai_image_search_data import AiImageSearchData as AiImageSearchData
from .._generated.models.ai_image_search_item import AiImageSearchItem as AiImageSearchItem
from .._generated.models.ai_image_search_response import (
    AiImageSearchResponse as AiImageSearchResponse,
)
from .._generated.models.ai_material_search_body import AiMaterialSearchBody as AiMaterialSearchBody
from .._generated.models.ai_material_search_data import AiMaterialSearchData as AiMaterialSearchData
from .._generated.models.ai_material_search_item import AiMaterialSearchItem as AiMaterialSearchItem
from .._generated.models.ai_material_search_response import (
    AiMaterialSearchResponse as AiMaterialSearchResponse,
)
from .._generated.models.ai_product_description_body import (
    AiProductDescriptionBody as AiProductDescriptionBody,
)
from .._generated.models.ai_product_description_data import (
    AiProductDescriptionData as AiProductDescriptionData,
)
from .._generated.models.ai_product_description_response import (
    AiProductDescriptionResponse as AiProductDescriptionResponse,
)
from .._generated.models.ai_product_title_body import AiProductTitleBody as AiProductTitleBody
from .._generated.models.ai_product_title_data import AiProductTitleData as AiProductTitleData
from .._generated.models.ai_product_title_response import (
    AiProductTitleResponse as AiProductTitleResponse,
)
from .._generated.models.ai_sd_pro_fast_generate_body import (
    AiSdProFastGenerateBody as AiSdProFastGenerateBody,
)
from .._generated.models.ai_sd_pro_fast_generate_body_aspect_ratio import (
    AiSdProFastGenerateBodyAspectRatio as AiSdProFastGenerateBodyAspectRatio,
)
from .._generated.models.ai_sd_pro_fast_generate_body_resolution import (
    AiSdProFastGenerateBodyResolution as AiSdProFastGenerateBodyResolution,
)
from .._generated.models.ai_sd_pro_fast_generate_body_role_mode import (
    AiSdProFastGenerateBodyRoleMode as AiSdProFastGenerateBodyRoleMode,
)
from .._generated.models.ai_sd_pro_fast_generate_data import (
    AiSdProFastGenerateData as AiSdProFastGenerateData,
)
from .._generated.models.ai_sd_pro_fast_generate_image import (
    AiSdProFastGenerateImage as AiSdProFastGenerateImage,
)
from .._generated.models.ai_sd_pro_fast_generate_reference_audio import (
    AiSdProFastGenerateReferenceAudio as AiSdProFastGenerateReferenceAudio,
)
from .._generated.models.ai_sd_pro_fast_generate_reference_video import (
    AiSdProFastGenerateReferenceVideo as AiSdProFastGenerateReferenceVideo,
)
from .._generated.models.ai_sd_pro_fast_generate_response import (
    AiSdProFastGenerateResponse as AiSdProFastGenerateResponse,
)
from .._generated.models.ai_sd_pro_generate_body import AiSdProGenerateBody as AiSdProGenerateBody
from .._generated.models.ai_sd_pro_generate_body_aspect_ratio import (
    AiSdProGenerateBodyAspectRatio as AiSdProGenerateBodyAspectRatio,
)
from .._generated.models.ai_sd_pro_generate_body_resolution import (
    AiSdProGenerateBodyResolution as AiSdProGenerateBodyResolution,
)
from .._generated.models.ai_sd_pro_generate_body_role_mode import (
    AiSdProGenerateBodyRoleMode as AiSdProGenerateBodyRoleMode,
)
from .._generated.models.ai_sd_pro_generate_data import AiSdProGenerateData as AiSdProGenerateData
from .._generated.models.ai_sd_pro_generate_image import (
    AiSdProGenerateImage as AiSdProGenerateImage,
)
from .._generated.models.ai_sd_pro_generate_reference_audio import (
    AiSdProGenerateReferenceAudio as AiSdProGenerateReferenceAudio,
)
from .._generated.models.ai_sd_pro_generate_reference_video import (
    AiSdProGenerateReferenceVideo as AiSdProGenerateReferenceVideo,
)
from .._generated.models.ai_sd_pro_generate_response import (
    AiSdProGenerateResponse as AiSdProGenerateResponse,
)
from .._generated.models.ai_sora_2_generate_body import AiSora2GenerateBody as AiSora2GenerateBody
from .._generated.models.ai_sora_2_generate_body_aspect_ratio import (
    AiSora2GenerateBodyAspectRatio as AiSora2GenerateBodyAspectRatio,
)
from .._generated.models.ai_sora_2_generate_data import AiSora2GenerateData as AiSora2GenerateData
from .._generated.models.ai_sora_2_generate_image import (
    AiSora2GenerateImage as AiSora2GenerateImage,
)
from .._generated.models.ai_sora_2_generate_response import (
    AiSora2GenerateResponse as AiSora2GenerateResponse,
)
from .._generated.models.ai_sora_2_pro_generate_body import (
    AiSora2ProGenerateBody as AiSora2ProGenerateBody,
)
from .._generated.models.ai_sora_2_pro_generate_body_aspect_ratio import (
    AiSora2ProGenerateBodyAspectRatio as AiSora2ProGenerateBodyAspectRatio,
)
from .._generated.models.ai_sora_2_pro_generate_data import (
    AiSora2ProGenerateData as AiSora2ProGenerateData,
)
from .._generated.models.ai_sora_2_pro_generate_image import (
    AiSora2ProGenerateImage as AiSora2ProGenerateImage,
)
from .._generated.models.ai_sora_2_pro_generate_response import (
    AiSora2ProGenerateResponse as AiSora2ProGenerateResponse,
)
from .._generated.models.ai_veo_3_generate_body import AiVeo3GenerateBody as AiVeo3GenerateBody
from .._generated.models.ai_veo_3_generate_body_duration import (
    AiVeo3GenerateBodyDuration as AiVeo3GenerateBodyDuration,
)
from .._generated.models.ai_veo_3_generate_data import AiVeo3GenerateData as AiVeo3GenerateData
from .._generated.models.ai_veo_3_generate_image import AiVeo3GenerateImage as AiVeo3GenerateImage
from .._generated.models.ai_veo_3_generate_images_item import (
    AiVeo3GenerateImagesItem as AiVeo3GenerateImagesItem,
)
from .._generated.models.ai_veo_3_generate_response import (
    AiVeo3GenerateResponse as AiVeo3GenerateResponse,
)
from .._generated.models.ai_wan_26_generate_body import AiWan26GenerateBody as AiWan26GenerateBody
from .._generated.models.ai_wan_26_generate_body_duration import (
    AiWan26GenerateBodyDuration as AiWan26GenerateBodyDuration,
)
from .._generated.models.ai_wan_26_generate_body_resolution import (
    AiWan26GenerateBodyResolution as AiWan26GenerateBodyResolution,
)
from .._generated.models.ai_wan_26_generate_data import AiWan26GenerateData as AiWan26GenerateData
from .._generated.models.ai_wan_26_generate_image import (
    AiWan26GenerateImage as AiWan26GenerateImage,
)
from .._generated.models.ai_wan_26_generate_response import (
    AiWan26GenerateResponse as AiWan26GenerateResponse,
)
from .._generated.models.creative_detail_country import (
    CreativeDetailCountry as CreativeDetailCountry,
)
from .._generated.models.creative_detail_data import CreativeDetailData as CreativeDetailData
from .._generated.models.creative_detail_item import CreativeDetailItem as CreativeDetailItem
from .._generated.models.creative_detail_response import (
    CreativeDetailResponse as CreativeDetailResponse,
)
from .._generated.models.creatives_search_country import (
    CreativesSearchCountry as CreativesSearchCountry,
)
from .._generated.models.creatives_search_data import CreativesSearchData as CreativesSearchData
from .._generated.models.creatives_search_item import CreativesSearchItem as CreativesSearchItem
from .._generated.models.creatives_search_response import (
    CreativesSearchResponse as CreativesSearchResponse,
)
from .._generated.models.creatives_search_sort import CreativesSearchSort as CreativesSearchSort
from .._generated.models.creators_detail_country import (
    CreatorsDetailCountry as CreatorsDetailCountry,
)
from .._generated.models.creators_detail_data import CreatorsDetailData as CreatorsDetailData
from .._generated.models.creators_detail_item import CreatorsDetailItem as CreatorsDetailItem
from .._generated.models.creators_detail_response import (
    CreatorsDetailResponse as CreatorsDetailResponse,
)
from .._generated.models.creators_search_country import (
    CreatorsSearchCountry as CreatorsSearchCountry,
)
from .._generated.models.creators_search_data import CreatorsSearchData as CreatorsSearchData
from .._generated.models.creators_search_item import CreatorsSearchItem as CreatorsSearchItem
from .._generated.models.creators_search_response import (
    CreatorsSearchResponse as CreatorsSearchResponse,
)
from .._generated.models.creators_search_sort import CreatorsSearchSort as CreatorsSearchSort
from .._generated.models.lives_detail_country import LivesDetailCountry as LivesDetailCountry
from .._generated.models.lives_detail_data import LivesDetailData as LivesDetailData
from .._generated.models.lives_detail_item import LivesDetailItem as LivesDetailItem
from .._generated.models.lives_detail_response import LivesDetailResponse as LivesDetailResponse
from .._generated.models.lives_search_country import LivesSearchCountry as LivesSearchCountry
from .._generated.models.lives_search_data import LivesSearchData as LivesSearchData
from .._generated.models.lives_search_item import LivesSearchItem as LivesSearchItem
from .._generated.models.lives_search_response import LivesSearchResponse as LivesSearchResponse
from .._generated.models.lives_search_sort import LivesSearchSort as LivesSearchSort
from .._generated.models.material_inpainting_body import (
    MaterialInpaintingBody as MaterialInpaintingBody,
)
from .._generated.models.material_inpainting_data import (
    MaterialInpaintingData as MaterialInpaintingData,
)
from .._generated.models.material_inpainting_response import (
    MaterialInpaintingResponse as MaterialInpaintingResponse,
)
from .._generated.models.platform_publishing_config import (
    PlatformPublishingConfig as PlatformPublishingConfig,
)
from .._generated.models.platform_publishing_config_privacy import (
    PlatformPublishingConfigPrivacy as PlatformPublishingConfigPrivacy,
)
from .._generated.models.product_review_analysis_body import (
    ProductReviewAnalysisBody as ProductReviewAnalysisBody,
)
from .._generated.models.product_review_analysis_data import (
    ProductReviewAnalysisData as ProductReviewAnalysisData,
)
from .._generated.models.product_review_analysis_response import (
    ProductReviewAnalysisResponse as ProductReviewAnalysisResponse,
)
from .._generated.models.products_detail_country import (
    ProductsDetailCountry as ProductsDetailCountry,
)
from .._generated.models.products_detail_data import ProductsDetailData as ProductsDetailData
from .._generated.models.products_detail_item import ProductsDetailItem as ProductsDetailItem
from .._generated.models.products_detail_response import (
    ProductsDetailResponse as ProductsDetailResponse,
)
from .._generated.models.products_search_country import (
    ProductsSearchCountry as ProductsSearchCountry,
)
from .._generated.models.products_search_data import ProductsSearchData as ProductsSearchData
from .._generated.models.products_search_item import ProductsSearchItem as ProductsSearchItem
from .._generated.models.products_search_response import (
    ProductsSearchResponse as ProductsSearchResponse,
)
from .._generated.models.products_search_sort import ProductsSearchSort as ProductsSearchSort
from .._generated.models.sellers_detail_country import SellersDetailCountry as SellersDetailCountry
from .._generated.models.sellers_detail_data import SellersDetailData as SellersDetailData
from .._generated.models.sellers_detail_item import SellersDetailItem as SellersDetailItem
from .._generated.models.sellers_detail_response import (
    SellersDetailResponse as SellersDetailResponse,
)
from .._generated.models.sellers_search_country import SellersSearchCountry as SellersSearchCountry
from .._generated.models.sellers_search_data import SellersSearchData as SellersSearchData
from .._generated.models.sellers_search_item import SellersSearchItem as SellersSearchItem
from .._generated.models.sellers_search_response import (
    SellersSearchResponse as SellersSearchResponse,
)
from .._generated.models.sellers_search_sort import SellersSearchSort as SellersSearchSort
from .._generated.models.social_accounts_list_account import (
    SocialAccountsListAccount as SocialAccountsListAccount,
)
from .._generated.models.social_accounts_list_body import (
    SocialAccountsListBody as SocialAccountsListBody,
)
from .._generated.models.social_accounts_list_data import (
    SocialAccountsListData as SocialAccountsListData,
)
from .._generated.models.social_accounts_list_response import (
    SocialAccountsListResponse as SocialAccountsListResponse,
)
from .._generated.models.social_analytics_overview_body import (
    SocialAnalyticsOverviewBody as SocialAnalyticsOverviewBody,
)
from .._generated.models.social_analytics_overview_data import (
    SocialAnalyticsOverviewData as SocialAnalyticsOverviewData,
)
from .._generated.models.social_analytics_overview_response import (
    SocialAnalyticsOverviewResponse as SocialAnalyticsOverviewResponse,
)
from .._generated.models.social_analytics_overview_summary import (
    SocialAnalyticsOverviewSummary as SocialAnalyticsOverviewSummary,
)
from .._generated.models.social_analytics_overview_summary_platform_breakdown_item import (
    SocialAnalyticsOverviewSummaryPlatformBreakdownItem as SocialAnalyticsOverviewSummaryPlatformBreakdownItem,
)
from .._generated.models.social_analytics_shop_video_detail_body import (
    SocialAnalyticsShopVideoDetailBody as SocialAnalyticsShopVideoDetailBody,
)
from .._generated.models.social_analytics_shop_video_detail_daily_metric import (
    SocialAnalyticsShopVideoDetailDailyMetric as SocialAnalyticsShopVideoDetailDailyMetric,
)
from .._generated.models.social_analytics_shop_video_detail_data import (
    SocialAnalyticsShopVideoDetailData as SocialAnalyticsShopVideoDetailData,
)
from .._generated.models.social_analytics_shop_video_detail_product import (
    SocialAnalyticsShopVideoDetailProduct as SocialAnalyticsShopVideoDetailProduct,
)
from .._generated.models.social_analytics_shop_video_detail_response import (
    SocialAnalyticsShopVideoDetailResponse as SocialAnalyticsShopVideoDetailResponse,
)
from .._generated.models.social_analytics_shop_video_detail_video import (
    SocialAnalyticsShopVideoDetailVideo as SocialAnalyticsShopVideoDetailVideo,
)
from .._generated.models.social_analytics_shop_videos_body import (
    SocialAnalyticsShopVideosBody as SocialAnalyticsShopVideosBody,
)
from .._generated.models.social_analytics_shop_videos_body_date_range import (
    SocialAnalyticsShopVideosBodyDateRange as SocialAnalyticsShopVideosBodyDateRange,
)
from .._generated.models.social_analytics_shop_videos_data import (
    SocialAnalyticsShopVideosData as SocialAnalyticsShopVideosData,
)
from .._generated.models.social_analytics_shop_videos_response import (
    SocialAnalyticsShopVideosResponse as SocialAnalyticsShopVideosResponse,
)
from .._generated.models.social_analytics_shop_videos_video import (
    SocialAnalyticsShopVideosVideo as SocialAnalyticsShopVideosVideo,
)
from .._generated.models.social_analytics_top_accounts_account import (
    SocialAnalyticsTopAccountsAccount as SocialAnalyticsTopAccountsAccount,
)
from .._generated.models.social_analytics_top_accounts_body import (
    SocialAnalyticsTopAccountsBody as SocialAnalyticsTopAccountsBody,
)
from .._generated.models.social_analytics_top_accounts_data import (
    SocialAnalyticsTopAccountsData as SocialAnalyticsTopAccountsData,
)
from .._generated.models.social_analytics_top_accounts_response import (
    SocialAnalyticsTopAccountsResponse as SocialAnalyticsTopAccountsResponse,
)
from .._generated.models.social_analytics_top_products_body import (
    SocialAnalyticsTopProductsBody as SocialAnalyticsTopProductsBody,
)
from .._generated.models.social_analytics_top_products_data import (
    SocialAnalyticsTopProductsData as SocialAnalyticsTopProductsData,
)
from .._generated.models.social_analytics_top_products_product import (
    SocialAnalyticsTopProductsProduct as SocialAnalyticsTopProductsProduct,
)
from .._generated.models.social_analytics_top_products_response import (
    SocialAnalyticsTopProductsResponse as SocialAnalyticsTopProductsResponse,
)
from .._generated.models.social_analytics_top_videos_body import (
    SocialAnalyticsTopVideosBody as SocialAnalyticsTopVideosBody,
)
from .._generated.models.social_analytics_top_videos_data import (
    SocialAnalyticsTopVideosData as SocialAnalyticsTopVideosData,
)
from .._generated.models.social_analytics_top_videos_response import (
    SocialAnalyticsTopVideosResponse as SocialAnalyticsTopVideosResponse,
)
from .._generated.models.social_analytics_top_videos_video import (
    SocialAnalyticsTopVideosVideo as SocialAnalyticsTopVideosVideo,
)
from .._generated.models.social_analytics_trend_body import (
    SocialAnalyticsTrendBody as SocialAnalyticsTrendBody,
)
from .._generated.models.social_analytics_trend_data import (
    SocialAnalyticsTrendData as SocialAnalyticsTrendData,
)
from .._generated.models.social_analytics_trend_response import (
    SocialAnalyticsTrendResponse as SocialAnalyticsTrendResponse,
)
from .._generated.models.social_analytics_trend_trend_data_item import (
    SocialAnalyticsTrendTrendDataItem as SocialAnalyticsTrendTrendDataItem,
)
from .._generated.models.social_comments_create_body import (
    SocialCommentsCreateBody as SocialCommentsCreateBody,
)
from .._generated.models.social_comments_create_comment import (
    SocialCommentsCreateComment as SocialCommentsCreateComment,
)
from .._generated.models.social_comments_create_comment_author import (
    SocialCommentsCreateCommentAuthor as SocialCommentsCreateCommentAuthor,
)
from .._generated.models.social_comments_create_data import (
    SocialCommentsCreateData as SocialCommentsCreateData,
)
from .._generated.models.social_comments_create_response import (
    SocialCommentsCreateResponse as SocialCommentsCreateResponse,
)
from .._generated.models.social_comments_delete_body import (
    SocialCommentsDeleteBody as SocialCommentsDeleteBody,
)
from .._generated.models.social_comments_delete_comment import (
    SocialCommentsDeleteComment as SocialCommentsDeleteComment,
)
from .._generated.models.social_comments_delete_data import (
    SocialCommentsDeleteData as SocialCommentsDeleteData,
)
from .._generated.models.social_comments_delete_response import (
    SocialCommentsDeleteResponse as SocialCommentsDeleteResponse,
)
from .._generated.models.social_comments_like_body import (
    SocialCommentsLikeBody as SocialCommentsLikeBody,
)
from .._generated.models.social_comments_like_comment import (
    SocialCommentsLikeComment as SocialCommentsLikeComment,
)
from .._generated.models.social_comments_like_data import (
    SocialCommentsLikeData as SocialCommentsLikeData,
)
from .._generated.models.social_comments_like_response import (
    SocialCommentsLikeResponse as SocialCommentsLikeResponse,
)
from .._generated.models.social_comments_managed_list_body import (
    SocialCommentsManagedListBody as SocialCommentsManagedListBody,
)
from .._generated.models.social_comments_managed_list_comment import (
    SocialCommentsManagedListComment as SocialCommentsManagedListComment,
)
from .._generated.models.social_comments_managed_list_comment_author import (
    SocialCommentsManagedListCommentAuthor as SocialCommentsManagedListCommentAuthor,
)
from .._generated.models.social_comments_managed_list_data import (
    SocialCommentsManagedListData as SocialCommentsManagedListData,
)
from .._generated.models.social_comments_managed_list_response import (
    SocialCommentsManagedListResponse as SocialCommentsManagedListResponse,
)
from .._generated.models.social_comments_managed_replies_body import (
    SocialCommentsManagedRepliesBody as SocialCommentsManagedRepliesBody,
)
from .._generated.models.social_comments_managed_replies_data import (
    SocialCommentsManagedRepliesData as SocialCommentsManagedRepliesData,
)
from .._generated.models.social_comments_managed_replies_reply import (
    SocialCommentsManagedRepliesReply as SocialCommentsManagedRepliesReply,
)
from .._generated.models.social_comments_managed_replies_reply_author import (
    SocialCommentsManagedRepliesReplyAuthor as SocialCommentsManagedRepliesReplyAuthor,
)
from .._generated.models.social_comments_managed_replies_response import (
    SocialCommentsManagedRepliesResponse as SocialCommentsManagedRepliesResponse,
)
from .._generated.models.social_comments_query_body import (
    SocialCommentsQueryBody as SocialCommentsQueryBody,
)
from .._generated.models.social_comments_query_comment import (
    SocialCommentsQueryComment as SocialCommentsQueryComment,
)
from .._generated.models.social_comments_query_comment_author import (
    SocialCommentsQueryCommentAuthor as SocialCommentsQueryCommentAuthor,
)
from .._generated.models.social_comments_query_data import (
    SocialCommentsQueryData as SocialCommentsQueryData,
)
from .._generated.models.social_comments_query_response import (
    SocialCommentsQueryResponse as SocialCommentsQueryResponse,
)
from .._generated.models.social_comments_replies_body import (
    SocialCommentsRepliesBody as SocialCommentsRepliesBody,
)
from .._generated.models.social_comments_replies_data import (
    SocialCommentsRepliesData as SocialCommentsRepliesData,
)
from .._generated.models.social_comments_replies_reply import (
    SocialCommentsRepliesReply as SocialCommentsRepliesReply,
)
from .._generated.models.social_comments_replies_reply_author import (
    SocialCommentsRepliesReplyAuthor as SocialCommentsRepliesReplyAuthor,
)
from .._generated.models.social_comments_replies_response import (
    SocialCommentsRepliesResponse as SocialCommentsRepliesResponse,
)
from .._generated.models.social_comments_reply_body import (
    SocialCommentsReplyBody as SocialCommentsReplyBody,
)
from .._generated.models.social_comments_reply_data import (
    SocialCommentsReplyData as SocialCommentsReplyData,
)
from .._generated.models.social_comments_reply_reply import (
    SocialCommentsReplyReply as SocialCommentsReplyReply,
)
from .._generated.models.social_comments_reply_reply_author import (
    SocialCommentsReplyReplyAuthor as SocialCommentsReplyReplyAuthor,
)
from .._generated.models.social_comments_reply_response import (
    SocialCommentsReplyResponse as SocialCommentsReplyResponse,
)
from .._generated.models.social_comments_sync_body import (
    SocialCommentsSyncBody as SocialCommentsSyncBody,
)
from .._generated.models.social_comments_sync_data import (
    SocialCommentsSyncData as SocialCommentsSyncData,
)
from .._generated.models.social_comments_sync_response import (
    SocialCommentsSyncResponse as SocialCommentsSyncResponse,
)
from .._generated.models.social_hashtag_suggestions_body import (
    SocialHashtagSuggestionsBody as SocialHashtagSuggestionsBody,
)
from .._generated.models.social_hashtag_suggestions_data import (
    SocialHashtagSuggestionsData as SocialHashtagSuggestionsData,
)
from .._generated.models.social_hashtag_suggestions_response import (
    SocialHashtagSuggestionsResponse as SocialHashtagSuggestionsResponse,
)
from .._generated.models.social_hashtag_suggestions_suggestion import (
    SocialHashtagSuggestionsSuggestion as SocialHashtagSuggestionsSuggestion,
)
from .._generated.models.social_music_recently_used_body import (
    SocialMusicRecentlyUsedBody as SocialMusicRecentlyUsedBody,
)
from .._generated.models.social_music_recently_used_data import (
    SocialMusicRecentlyUsedData as SocialMusicRecentlyUsedData,
)
from .._generated.models.social_music_recently_used_music_list_item import (
    SocialMusicRecentlyUsedMusicListItem as SocialMusicRecentlyUsedMusicListItem,
)
from .._generated.models.social_music_recently_used_response import (
    SocialMusicRecentlyUsedResponse as SocialMusicRecentlyUsedResponse,
)
from .._generated.models.social_music_search_body import (
    SocialMusicSearchBody as SocialMusicSearchBody,
)
from .._generated.models.social_music_search_data import (
    SocialMusicSearchData as SocialMusicSearchData,
)
from .._generated.models.social_music_search_music_list_item import (
    SocialMusicSearchMusicListItem as SocialMusicSearchMusicListItem,
)
from .._generated.models.social_music_search_response import (
    SocialMusicSearchResponse as SocialMusicSearchResponse,
)
from .._generated.models.social_plans_precheck_body import (
    SocialPlansPrecheckBody as SocialPlansPrecheckBody,
)
from .._generated.models.social_plans_precheck_data import (
    SocialPlansPrecheckData as SocialPlansPrecheckData,
)
from .._generated.models.social_plans_precheck_record import (
    SocialPlansPrecheckRecord as SocialPlansPrecheckRecord,
)
from .._generated.models.social_plans_precheck_records_body import (
    SocialPlansPrecheckRecordsBody as SocialPlansPrecheckRecordsBody,
)
from .._generated.models.social_plans_precheck_records_data import (
    SocialPlansPrecheckRecordsData as SocialPlansPrecheckRecordsData,
)
from .._generated.models.social_plans_precheck_records_record import (
    SocialPlansPrecheckRecordsRecord as SocialPlansPrecheckRecordsRecord,
)
from .._generated.models.social_plans_precheck_records_response import (
    SocialPlansPrecheckRecordsResponse as SocialPlansPrecheckRecordsResponse,
)
from .._generated.models.social_plans_precheck_response import (
    SocialPlansPrecheckResponse as SocialPlansPrecheckResponse,
)
from .._generated.models.social_platform_account_detail_account import (
    SocialPlatformAccountDetailAccount as SocialPlatformAccountDetailAccount,
)
from .._generated.models.social_platform_account_detail_body import (
    SocialPlatformAccountDetailBody as SocialPlatformAccountDetailBody,
)
from .._generated.models.social_platform_account_detail_data import (
    SocialPlatformAccountDetailData as SocialPlatformAccountDetailData,
)
from .._generated.models.social_platform_account_detail_response import (
    SocialPlatformAccountDetailResponse as SocialPlatformAccountDetailResponse,
)
from .._generated.models.social_platform_account_disconnect_body import (
    SocialPlatformAccountDisconnectBody as SocialPlatformAccountDisconnectBody,
)
from .._generated.models.social_platform_account_disconnect_data import (
    SocialPlatformAccountDisconnectData as SocialPlatformAccountDisconnectData,
)
from .._generated.models.social_platform_account_disconnect_response import (
    SocialPlatformAccountDisconnectResponse as SocialPlatformAccountDisconnectResponse,
)
from .._generated.models.social_platform_account_update_remark_account import (
    SocialPlatformAccountUpdateRemarkAccount as SocialPlatformAccountUpdateRemarkAccount,
)
from .._generated.models.social_platform_account_update_remark_body import (
    SocialPlatformAccountUpdateRemarkBody as SocialPlatformAccountUpdateRemarkBody,
)
from .._generated.models.social_platform_account_update_remark_data import (
    SocialPlatformAccountUpdateRemarkData as SocialPlatformAccountUpdateRemarkData,
)
from .._generated.models.social_platform_account_update_remark_response import (
    SocialPlatformAccountUpdateRemarkResponse as SocialPlatformAccountUpdateRemarkResponse,
)
from .._generated.models.social_platform_token_refresh_account import (
    SocialPlatformTokenRefreshAccount as SocialPlatformTokenRefreshAccount,
)
from .._generated.models.social_platform_token_refresh_body import (
    SocialPlatformTokenRefreshBody as SocialPlatformTokenRefreshBody,
)
from .._generated.models.social_platform_token_refresh_data import (
    SocialPlatformTokenRefreshData as SocialPlatformTokenRefreshData,
)
from .._generated.models.social_platform_token_refresh_response import (
    SocialPlatformTokenRefreshResponse as SocialPlatformTokenRefreshResponse,
)
from .._generated.models.social_platform_videos_body import (
    SocialPlatformVideosBody as SocialPlatformVideosBody,
)
from .._generated.models.social_platform_videos_data import (
    SocialPlatformVideosData as SocialPlatformVideosData,
)
from .._generated.models.social_platform_videos_filter import (
    SocialPlatformVideosFilter as SocialPlatformVideosFilter,
)
from .._generated.models.social_platform_videos_response import (
    SocialPlatformVideosResponse as SocialPlatformVideosResponse,
)
from .._generated.models.social_platform_videos_video import (
    SocialPlatformVideosVideo as SocialPlatformVideosVideo,
)
from .._generated.models.social_platform_videos_video_metrics import (
    SocialPlatformVideosVideoMetrics as SocialPlatformVideosVideoMetrics,
)
from .._generated.models.social_publish_cancel_body import (
    SocialPublishCancelBody as SocialPublishCancelBody,
)
from .._generated.models.social_publish_cancel_data import (
    SocialPublishCancelData as SocialPublishCancelData,
)
from .._generated.models.social_publish_cancel_response import (
    SocialPublishCancelResponse as SocialPublishCancelResponse,
)
from .._generated.models.social_publish_session_body import (
    SocialPublishSessionBody as SocialPublishSessionBody,
)
from .._generated.models.social_publish_session_cancel_body import (
    SocialPublishSessionCancelBody as SocialPublishSessionCancelBody,
)
from .._generated.models.social_publish_session_cancel_data import (
    SocialPublishSessionCancelData as SocialPublishSessionCancelData,
)
from .._generated.models.social_publish_session_cancel_response import (
    SocialPublishSessionCancelResponse as SocialPublishSessionCancelResponse,
)
from .._generated.models.social_publish_session_data import (
    SocialPublishSessionData as SocialPublishSessionData,
)
from .._generated.models.social_publish_session_publication import (
    SocialPublishSessionPublication as SocialPublishSessionPublication,
)
from .._generated.models.social_publish_session_response import (
    SocialPublishSessionResponse as SocialPublishSessionResponse,
)
from .._generated.models.social_publish_session_session import (
    SocialPublishSessionSession as SocialPublishSessionSession,
)
from .._generated.models.social_publish_upload_body import (
    SocialPublishUploadBody as SocialPublishUploadBody,
)
from .._generated.models.social_publish_upload_data import (
    SocialPublishUploadData as SocialPublishUploadData,
)
from .._generated.models.social_publish_upload_media_item import (
    SocialPublishUploadMediaItem as SocialPublishUploadMediaItem,
)
from .._generated.models.social_publish_upload_publication import (
    SocialPublishUploadPublication as SocialPublishUploadPublication,
)
from .._generated.models.social_publish_upload_response import (
    SocialPublishUploadResponse as SocialPublishUploadResponse,
)
from .._generated.models.social_tiktok_qrcode_body import (
    SocialTiktokQrcodeBody as SocialTiktokQrcodeBody,
)
from .._generated.models.social_tiktok_qrcode_body_connector import (
    SocialTiktokQrcodeBodyConnector as SocialTiktokQrcodeBodyConnector,
)
from .._generated.models.social_tiktok_qrcode_check_account import (
    SocialTiktokQrcodeCheckAccount as SocialTiktokQrcodeCheckAccount,
)
from .._generated.models.social_tiktok_qrcode_check_body import (
    SocialTiktokQrcodeCheckBody as SocialTiktokQrcodeCheckBody,
)
from .._generated.models.social_tiktok_qrcode_check_body_connector import (
    SocialTiktokQrcodeCheckBodyConnector as SocialTiktokQrcodeCheckBodyConnector,
)
from .._generated.models.social_tiktok_qrcode_check_data import (
    SocialTiktokQrcodeCheckData as SocialTiktokQrcodeCheckData,
)
from .._generated.models.social_tiktok_qrcode_check_response import (
    SocialTiktokQrcodeCheckResponse as SocialTiktokQrcodeCheckResponse,
)
from .._generated.models.social_tiktok_qrcode_data import (
    SocialTiktokQrcodeData as SocialTiktokQrcodeData,
)
from .._generated.models.social_tiktok_qrcode_response import (
    SocialTiktokQrcodeResponse as SocialTiktokQrcodeResponse,
)
from .._generated.models.social_tiktok_shop_products_body import (
    SocialTiktokShopProductsBody as SocialTiktokShopProductsBody,
)
from .._generated.models.social_tiktok_shop_products_data import (
    SocialTiktokShopProductsData as SocialTiktokShopProductsData,
)
from .._generated.models.social_tiktok_shop_products_product import (
    SocialTiktokShopProductsProduct as SocialTiktokShopProductsProduct,
)
from .._generated.models.social_tiktok_shop_products_product_commission import (
    SocialTiktokShopProductsProductCommission as SocialTiktokShopProductsProductCommission,
)
from .._generated.models.social_tiktok_shop_products_product_image import (
    SocialTiktokShopProductsProductImage as SocialTiktokShopProductsProductImage,
)
from .._generated.models.social_tiktok_shop_products_product_price import (
    SocialTiktokShopProductsProductPrice as SocialTiktokShopProductsProductPrice,
)
from .._generated.models.social_tiktok_shop_products_response import (
    SocialTiktokShopProductsResponse as SocialTiktokShopProductsResponse,
)
from .._generated.models.social_tiktok_shop_showcase_add_body import (
    SocialTiktokShopShowcaseAddBody as SocialTiktokShopShowcaseAddBody,
)
from .._generated.models.social_tiktok_shop_showcase_add_data import (
    SocialTiktokShopShowcaseAddData as SocialTiktokShopShowcaseAddData,
)
from .._generated.models.social_tiktok_shop_showcase_add_error import (
    SocialTiktokShopShowcaseAddError as SocialTiktokShopShowcaseAddError,
)
from .._generated.models.social_tiktok_shop_showcase_add_response import (
    SocialTiktokShopShowcaseAddResponse as SocialTiktokShopShowcaseAddResponse,
)
from .._generated.models.social_upload_presigned_url_body import (
    SocialUploadPresignedUrlBody as SocialUploadPresignedUrlBody,
)
from .._generated.models.social_upload_presigned_url_data import (
    SocialUploadPresignedUrlData as SocialUploadPresignedUrlData,
)
from .._generated.models.social_upload_presigned_url_response import (
    SocialUploadPresignedUrlResponse as SocialUploadPresignedUrlResponse,
)
from .._generated.models.social_video_check_info_body import (
    SocialVideoCheckInfoBody as SocialVideoCheckInfoBody,
)
from .._generated.models.social_video_check_info_data import (
    SocialVideoCheckInfoData as SocialVideoCheckInfoData,
)
from .._generated.models.social_video_check_info_platform_rules import (
    SocialVideoCheckInfoPlatformRules as SocialVideoCheckInfoPlatformRules,
)
from .._generated.models.social_video_check_info_platform_rules_additional_property import (
    SocialVideoCheckInfoPlatformRulesAdditionalProperty as SocialVideoCheckInfoPlatformRulesAdditionalProperty,
)
from .._generated.models.social_video_check_info_response import (
    SocialVideoCheckInfoResponse as SocialVideoCheckInfoResponse,
)
from .._generated.models.social_video_check_info_validation_results import (
    SocialVideoCheckInfoValidationResults as SocialVideoCheckInfoValidationResults,
)
from .._generated.models.social_video_check_info_validation_results_additional_property import (
    SocialVideoCheckInfoValidationResultsAdditionalProperty as SocialVideoCheckInfoValidationResultsAdditionalProperty,
)
from .._generated.models.social_video_check_info_validation_results_additional_property_errors_item import (
    SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem as SocialVideoCheckInfoValidationResultsAdditionalPropertyErrorsItem,
)
from .._generated.models.social_video_check_info_video_metadata import (
    SocialVideoCheckInfoVideoMetadata as SocialVideoCheckInfoVideoMetadata,
)
from .._generated.models.social_video_detail_body import (
    SocialVideoDetailBody as SocialVideoDetailBody,
)
from .._generated.models.social_video_detail_data import (
    SocialVideoDetailData as SocialVideoDetailData,
)
from .._generated.models.social_video_detail_publication import (
    SocialVideoDetailPublication as SocialVideoDetailPublication,
)
from .._generated.models.social_video_detail_response import (
    SocialVideoDetailResponse as SocialVideoDetailResponse,
)
from .._generated.models.social_video_detail_video import (
    SocialVideoDetailVideo as SocialVideoDetailVideo,
)
from .._generated.models.social_videos_list_body import SocialVideosListBody as SocialVideosListBody
from .._generated.models.social_videos_list_data import SocialVideosListData as SocialVideosListData
from .._generated.models.social_videos_list_response import (
    SocialVideosListResponse as SocialVideosListResponse,
)
from .._generated.models.social_videos_list_video import (
    SocialVideosListVideo as SocialVideosListVideo,
)
from .._generated.models.social_videos_list_video_media_item import (
    SocialVideosListVideoMediaItem as SocialVideosListVideoMediaItem,
)
from .._generated.models.social_videos_list_video_publication import (
    SocialVideosListVideoPublication as SocialVideosListVideoPublication,
)
from .._generated.models.task_status_data import TaskStatusData as TaskStatusData
from .._generated.models.task_status_response import TaskStatusResponse as TaskStatusResponse
from .._generated.models.task_status_result import TaskStatusResult as TaskStatusResult
from .._generated.models.usage_info import UsageInfo as UsageInfo
from .._generated.models.video_clone_body import VideoCloneBody as VideoCloneBody
from .._generated.models.video_clone_data import VideoCloneData as VideoCloneData
from .._generated.models.video_clone_product_image import (
    VideoCloneProductImage as VideoCloneProductImage,
)
from .._generated.models.video_clone_reference_video import (
    VideoCloneReferenceVideo as VideoCloneReferenceVideo,
)
from .._generated.models.video_clone_response import VideoCloneResponse as VideoCloneResponse
from .._generated.models.video_clone_sora_2_config import (
    VideoCloneSora2Config as VideoCloneSora2Config,
)
from .._generated.models.video_clone_sora_2_config_aspect_ratio import (
    VideoCloneSora2ConfigAspectRatio as VideoCloneSora2ConfigAspectRatio,
)
from .._generated.models.video_content_analysis_body import (
    VideoContentAnalysisBody as VideoContentAnalysisBody,
)
from .._generated.models.video_content_analysis_data import (
    VideoContentAnalysisData as VideoContentAnalysisData,
)
from .._generated.models.video_content_analysis_response import (
    VideoContentAnalysisResponse as VideoContentAnalysisResponse,
)
from .._generated.models.video_scripts_breakdown_body import (
    VideoScriptsBreakdownBody as VideoScriptsBreakdownBody,
)
from .._generated.models.video_scripts_breakdown_data import (
    VideoScriptsBreakdownData as VideoScriptsBreakdownData,
)
from .._generated.models.video_scripts_breakdown_response import (
    VideoScriptsBreakdownResponse as VideoScriptsBreakdownResponse,
)
from .._generated.models.video_scripts_breakdown_v2_body import (
    VideoScriptsBreakdownV2Body as VideoScriptsBreakdownV2Body,
)
from .._generated.models.video_scripts_breakdown_v2_data import (
    VideoScriptsBreakdownV2Data as VideoScriptsBreakdownV2Data,
)
from .._generated.models.video_scripts_breakdown_v2_response import (
    VideoScriptsBreakdownV2Response as VideoScriptsBreakdownV2Response,
)
from .._generated.models.video_scripts_storyboard_body import (
    VideoScriptsStoryboardBody as VideoScriptsStoryboardBody,
)
from .._generated.models.video_scripts_storyboard_data import (
    VideoScriptsStoryboardData as VideoScriptsStoryboardData,
)
from .._generated.models.video_scripts_storyboard_response import (
    VideoScriptsStoryboardResponse as VideoScriptsStoryboardResponse,
)
from .._generated.models.video_super_resolution_body import (
    VideoSuperResolutionBody as VideoSuperResolutionBody,
)
from .._generated.models.video_super_resolution_data import (
    VideoSuperResolutionData as VideoSuperResolutionData,
)
from .._generated.models.video_super_resolution_response import (
    VideoSuperResolutionResponse as VideoSuperResolutionResponse,
)
from .._generated.models.video_talking_photo_body import (
    VideoTalkingPhotoBody as VideoTalkingPhotoBody,
)
from .._generated.models.video_talking_photo_data import (
    VideoTalkingPhotoData as VideoTalkingPhotoData,
)
from .._generated.models.video_talking_photo_response import (
    VideoTalkingPhotoResponse as VideoTalkingPhotoResponse,
)
from .._generated.models.video_transcription_body import (
    VideoTranscriptionBody as VideoTranscriptionBody,
)
from .._generated.models.video_transcription_data import (
    VideoTranscriptionData as VideoTranscriptionData,
)
from .._generated.models.video_transcription_response import (
    VideoTranscriptionResponse as VideoTranscriptionResponse,
)
from .._generated.models.videos_detail_country import VideosDetailCountry as VideosDetailCountry
from .._generated.models.videos_detail_data import VideosDetailData as VideosDetailData
from .._generated.models.videos_detail_item import VideosDetailItem as VideosDetailItem
from .._generated.models.videos_detail_response import VideosDetailResponse as VideosDetailResponse
from .._generated.models.videos_search_country import VideosSearchCountry as VideosSearchCountry
from .._generated.models.videos_search_data import VideosSearchData as VideosSearchData
from .._generated.models.videos_search_item import VideosSearchItem as VideosSearchItem
from .._generated.models.videos_search_response import VideosSearchResponse as VideosSearchResponse
from .._generated.models.videos_search_sort import VideosSearchSort as VideosSearchSort
from .._generated.types import Unset as Unset
from ..models._params import (
    AdsIntegratedReportFilteringItemParam as AdsIntegratedReportFilteringItemParam,
)
from ..models._params import AdsListFilteringParam as AdsListFilteringParam
from ..models._params import AdsPagesListUpdateTimeRangeParam as AdsPagesListUpdateTimeRangeParam
from ..models._params import AiGrokGenerateImageParam as AiGrokGenerateImageParam
from ..models._params import (
    AiImageGenerateDigitHumanImageParam as AiImageGenerateDigitHumanImageParam,
)
from ..models._params import AiImageGenerateProductImageParam as AiImageGenerateProductImageParam
from ..models._params import AiSdProFastGenerateImageParam as AiSdProFastGenerateImageParam
from ..models._params import (
    AiSdProFastGenerateReferenceAudioParam as AiSdProFastGenerateReferenceAudioParam,
)
from ..models._params import (
    AiSdProFastGenerateReferenceVideoParam as AiSdProFastGenerateReferenceVideoParam,
)
from ..models._params import AiSdProGenerateImageParam as AiSdProGenerateImageParam
from ..models._params import (
    AiSdProGenerateReferenceAudioParam as AiSdProGenerateReferenceAudioParam,
)
from ..models._params import (
    AiSdProGenerateReferenceVideoParam as AiSdProGenerateReferenceVideoParam,
)
from ..models._params import AiSora2GenerateImageParam as AiSora2GenerateImageParam
from ..models._params import AiSora2ProGenerateImageParam as AiSora2ProGenerateImageParam
from ..models._params import AiVeo3GenerateImageParam as AiVeo3GenerateImageParam
from ..models._params import AiVeo3GenerateImagesItemParam as AiVeo3GenerateImagesItemParam
from ..models._params import AiWan26GenerateImageParam as AiWan26GenerateImageParam
from ..models._params import SocialPlatformVideosFilterParam as SocialPlatformVideosFilterParam
from ..models._params import SocialPublishUploadMediaItemParam as SocialPublishUploadMediaItemParam
from ..models._params import (
    SocialPublishUploadPublicationPlatformConfigParam as SocialPublishUploadPublicationPlatformConfigParam,
)
from ..models._params import (
    SocialPublishUploadPublicationParam as SocialPublishUploadPublicationParam,
)
from ..models._params import VideoCloneProductImageParam as VideoCloneProductImageParam
from ..models._params import VideoCloneReferenceVideoParam as VideoCloneReferenceVideoParam
from ..models._params import VideoCloneSora2ConfigParam as VideoCloneSora2ConfigParam

__all__ = [
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
    "AdsIntegratedReportFilteringItemParam",
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
    "AdsListFilteringParam",
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
    "AdsPagesListUpdateTimeRangeParam",
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
    "AiGrokGenerateImageParam",
    "AiGrokGenerateResponse",
    "AiImageGenerateBody",
    "AiImageGenerateBodyFunctionType",
    "AiImageGenerateBodyModelType",
    "AiImageGenerateBodyRatio",
    "AiImageGenerateData",
    "AiImageGenerateDigitHumanImage",
    "AiImageGenerateDigitHumanImageParam",
    "AiImageGenerateProductImage",
    "AiImageGenerateProductImageParam",
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
    "AiSdProFastGenerateImageParam",
    "AiSdProFastGenerateReferenceAudio",
    "AiSdProFastGenerateReferenceAudioParam",
    "AiSdProFastGenerateReferenceVideo",
    "AiSdProFastGenerateReferenceVideoParam",
    "AiSdProFastGenerateResponse",
    "AiSdProGenerateBody",
    "AiSdProGenerateBodyAspectRatio",
    "AiSdProGenerateBodyResolution",
    "AiSdProGenerateBodyRoleMode",
    "AiSdProGenerateData",
    "AiSdProGenerateImage",
    "AiSdProGenerateImageParam",
    "AiSdProGenerateReferenceAudio",
    "AiSdProGenerateReferenceAudioParam",
    "AiSdProGenerateReferenceVideo",
    "AiSdProGenerateReferenceVideoParam",
    "AiSdProGenerateResponse",
    "AiSora2GenerateBody",
    "AiSora2GenerateBodyAspectRatio",
    "AiSora2GenerateData",
    "AiSora2GenerateImage",
    "AiSora2GenerateImageParam",
    "AiSora2GenerateResponse",
    "AiSora2ProGenerateBody",
    "AiSora2ProGenerateBodyAspectRatio",
    "AiSora2ProGenerateData",
    "AiSora2ProGenerateImage",
    "AiSora2ProGenerateImageParam",
    "AiSora2ProGenerateResponse",
    "AiVeo3GenerateBody",
    "AiVeo3GenerateBodyDuration",
    "AiVeo3GenerateData",
    "AiVeo3GenerateImage",
    "AiVeo3GenerateImageParam",
    "AiVeo3GenerateImagesItem",
    "AiVeo3GenerateImagesItemParam",
    "AiVeo3GenerateResponse",
    "AiWan26GenerateBody",
    "AiWan26GenerateBodyDuration",
    "AiWan26GenerateBodyResolution",
    "AiWan26GenerateData",
    "AiWan26GenerateImage",
    "AiWan26GenerateImageParam",
    "AiWan26GenerateResponse",
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
    "SocialPlatformVideosFilterParam",
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
    "SocialPublishUploadMediaItemParam",
    "SocialPublishUploadPublication",
    "SocialPublishUploadPublicationParam",
    "SocialPublishUploadPublicationPlatformConfigParam",
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
    "Unset",
    "UsageInfo",
    "VideoCloneBody",
    "VideoCloneData",
    "VideoCloneProductImage",
    "VideoCloneProductImageParam",
    "VideoCloneReferenceVideo",
    "VideoCloneReferenceVideoParam",
    "VideoCloneResponse",
    "VideoCloneSora2Config",
    "VideoCloneSora2ConfigAspectRatio",
    "VideoCloneSora2ConfigParam",
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
    "VideoSuperResolutionBody",
    "VideoSuperResolutionData",
    "VideoSuperResolutionResponse",
    "VideoTalkingPhotoBody",
    "VideoTalkingPhotoData",
    "VideoTalkingPhotoResponse",
    "VideoTranscriptionBody",
    "VideoTranscriptionData",
    "VideoTranscriptionResponse",
    "VideosDetailCountry",
    "VideosDetailData",
    "VideosDetailItem",
    "VideosDetailResponse",
    "VideosSearchCountry",
    "VideosSearchData",
    "VideosSearchItem",
    "VideosSearchResponse",
    "VideosSearchSort",
]
