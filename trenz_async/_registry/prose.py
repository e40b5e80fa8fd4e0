# generated from openapi.json by codegen; do not edit
"""The spec's prose for every operation, generated from openapi.json.

`TEXTS` maps an operationId to (summary, description, python_name -> parameter
description). `OperationInfo.summary`, `.description` and `Param.description` read
it; nothing imports it until one of them is read.
"""

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["TEXTS"]

TEXTS: dict[str, tuple[str, str, Mapping[str, str]]] = {
    "task-status": (
        "Query async task status",
        "Query the status and result of an async task. Failed tasks are auto-refunded, status becomes refunded.",
        MappingProxyType({"task_id": "Async task ID (returned by async endpoints)"}),
    ),
    "trenz-ad-creative-detail": (
        "TikTok Ad Creative Detail",
        "Get TikTok ad creative details.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: calendar(Calendar data), core(Core metrics), products(Linked products), similar(Similar creatives), trend(Trend data))",
            }
        ),
    ),
    "trenz-ads-account-list": (
        "Ad Account List",
        "List ad accounts with platform filtering; returns account info and statistics.",
        MappingProxyType(
            {
                "page": "Page number",
                "page_size": "Page size, default 10, max 100",
                "platforms": 'Platform type list, default ["tiktok-advertiser"]',
            }
        ),
    ),
    "trenz-ads-account-update-remark": (
        "Update Ad Account Remark",
        "Update the remark of an ad account; an empty string clears the remark.",
        MappingProxyType(
            {
                "account_id": "Advertiser account ID (database primary key)",
                "remark": "Remark content, max 500 characters, empty string clears the remark",
            }
        ),
    ),
    "trenz-ads-detail": (
        "Ad Detail",
        "Get full details of a single TikTok ad, including targeting, budget/bid, and performance data.",
        MappingProxyType({"ad_id": "Ad ID"}),
    ),
    "trenz-ads-insight-data": (
        "Ad Insight Data",
        "Get TikTok ad performance data, including dashboard summary and daily breakdown.",
        MappingProxyType(
            {
                "ad_id": "Ad ID",
                "end_date": "Query end date, format YYYY-MM-DD, omit for all-time",
                "start_date": "Query start date, format YYYY-MM-DD, omit for all-time",
            }
        ),
    ),
    "trenz-ads-integrated-report": (
        "Ad Integrated Report",
        "Get a TikTok ad integrated report with multi-dimensional, multi-metric aggregation.",
        MappingProxyType(
            {
                "account_id": "Advertiser account ID",
                "advertiser_id": "Advertiser account ID (one of `advertiser_account_id`, `advertiser_ids`, or `bc_id` is required)",
                "advertiser_ids": "Advertiser ID list, max 5",
                "bc_id": "Business Center ID",
                "data_level": "Data level",
                "dimensions": "Aggregation dimension",
                "enable_total_metrics": "Whether to return aggregated metrics",
                "end_date": "End date, YYYY-MM-DD",
                "filtering": "Filter",
                "metrics": 'Metrics to query, default ["spend","impressions"]',
                "multi_adv_report_in_utc_time": "Whether to use UTC time",
                "order_field": "Sort field",
                "order_type": "Sort mode",
                "page": "Page number",
                "page_size": "Page size, default 10, max 1000",
                "query_lifetime": "Whether to query lifetime metrics",
                "report_type": "Report type",
                "service_type": "Service type",
                "start_date": "Start date, YYYY-MM-DD",
            }
        ),
    ),
    "trenz-ads-leads-list": (
        "Leads List",
        "List TikTok ad leads, filterable by advertiser account, platform, and time range.",
        MappingProxyType(
            {
                "advertiser_id": "Advertiser account ID",
                "end_time": "Lead creation time end (Unix seconds)",
                "lead_id": "Lead ID (exact match)",
                "page": "Page number",
                "page_size": "Page size, default 10, max 100",
                "platform": "Platform type, e.g. tiktok",
                "start_time": "Lead creation time start (Unix seconds)",
            }
        ),
    ),
    "trenz-ads-list": (
        "Ad List",
        "List TikTok ads with field selection, filter conditions, and metrics.",
        MappingProxyType(
            {
                "account_id": "Advertiser account ID",
                "advertiser_id": "Advertiser account ID",
                "exclude_field_types_in_response": "Excluded field types",
                "fields": "Fields to return",
                "filtering": "Filter (click to expand for details)",
                "force_refresh": "Whether to force refresh",
                "page": "Page number",
                "page_size": "Page size, default 20, max 100",
                "with_metrics": "Whether to include metric data",
            }
        ),
    ),
    "trenz-ads-page-fields": (
        "Landing Page Field Definitions",
        "List form field definitions for a TikTok landing page.",
        MappingProxyType(
            {
                "account_id": "Advertiser account ID",
                "advertiser_id": "Advertiser account ID",
                "page_id": "Page ID",
            }
        ),
    ),
    "trenz-ads-pages-list": (
        "Landing Page List",
        "List TikTok landing pages, filterable by status, title, type, and time range.",
        MappingProxyType(
            {
                "account_id": "Advertiser account ID",
                "advertiser_id": "Advertiser account ID (one of `advertiser_account_id` or `library_id` is required)",
                "business_type": "Page type, default LEAD_GEN",
                "business_types": "Page type array (takes precedence over `business_type`)",
                "library_id": "Form library ID (required when migrating the page to Business Center)",
                "page": "Page number",
                "page_size": "Page size, default 20, max 100",
                "status": "Page status filter",
                "title": "Page title fuzzy search",
                "update_time_range": "Updated time range (click to expand for details)",
            }
        ),
    ),
    "trenz-ads-search": (
        "Ad Search",
        "Search TikTok ad creatives with filters on delivery days, estimated GMV, engagement rate, etc.",
        MappingProxyType(
            {
                "ad_type": "Ad type: 1=TikTok Shop, 2=Independent Site, 3=App, 4=Game, 5=Brand, 6=Lead, 7=Engagement",
                "category": "Ad category ID",
                "exclude_spark_ads": "Exclude Spark Ads",
                "keyword": "Search keyword",
                "max_days": "Max delivery days",
                "max_gmv": "Max GMV (USD)",
                "max_views": "Max views",
                "min_days": "Min delivery days",
                "min_gmv": "Min GMV (USD)",
                "min_views": "Min views",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: cost, days, engagement, gmv, views. Default: gmv:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-ai-avatar-analyze": (
        "Avatar Photo Analysis",
        "Analyze whether a photo is suitable as avatar source material.",
        MappingProxyType(
            {"cdn_url": "Person photo URL (any publicly accessible image URL is supported)"}
        ),
    ),
    "trenz-ai-embedding": (
        "Text Embedding",
        "Convert text into a vector embedding.",
        MappingProxyType(
            {
                "text": "Text to embed (required when `type=text`)",
                "type_": "Data type, currently only `text` is supported",
            }
        ),
    ),
    "trenz-ai-grok-generate": (
        "Grok Video Generation",
        "Grok-model image-to-video generation, supporting multiple aspect ratios and durations.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "aspect_ratio": "Aspect ratio",
                "country_code": "Country code",
                "duration": "Video duration (seconds)",
                "image": "Image info (required, image-to-video, click to expand for details)",
                "language": "Language",
                "model": "Model name",
                "prompt": "Video generation prompt",
            }
        ),
    ),
    "trenz-ai-image-generate": (
        "AI Image Generation",
        "AI image generation across multiple scenarios (general editing / AI clothing / hero shot / avatar / handheld product).\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "country_code": "Country code",
                "digit_human_images": "Avatar image list (at least one of `avatar_images` or `product_images` is required)",
                "function_type": "Feature type",
                "image_size": "Image resolution",
                "model_type": "AI model type",
                "product_images": "Product image list (at least one of `product_images` or `avatar_images` is required)",
                "prompt": "Prompt describing the desired image (scene, style, composition, etc.)",
                "ratio": "Image ratio",
            }
        ),
    ),
    "trenz-ai-image-search": (
        "Aggregated Image Search",
        "Aggregated multi-source image search.",
        MappingProxyType(
            {
                "limit": "Result size limit, max 100",
                "offset": "Pagination offset",
                "query": "Search keyword",
            }
        ),
    ),
    "trenz-ai-material-search": (
        "Aggregated Material Search",
        "Aggregated multi-source creative search (video and image).",
        MappingProxyType(
            {
                "limit": "Result size limit, max 100",
                "offset": "Pagination offset",
                "query": "Search keyword",
            }
        ),
    ),
    "trenz-ai-product-description": (
        "AI Product Description",
        "AI-generated product description.",
        MappingProxyType(
            {
                "category": "Product category ID (at least one of `category`, `title`, or `url` is required)",
                "prompt": "Custom prompt",
                "title": "Product name (at least one of `name`, `category`, or `url` is required)",
                "url": "Product image URL (at least one of `product_image_url`, `title`, or `category` is required)",
            }
        ),
    ),
    "trenz-ai-product-title": (
        "AI Product Title",
        "AI-generated product title.",
        MappingProxyType(
            {
                "old_title": "Original product title (at least one of `original title` or `url` is required)",
                "prompt": "Custom prompt",
                "url": "Product image URL (at least one of `product_image_url` or `old_title` is required)",
            }
        ),
    ),
    "trenz-ai-sd-pro-fast-generate": (
        "SeeDance2.0 Pro Fast Video Generation",
        'SeeDance2.0 Fast AI video generation with multi-image, reference video/audio, frame mode and other advanced features; faster generation.\n\n> 💡 **Real-person reference images / videos**\n>\n> The upstream "Asset Library API" is used for compliance verification of real-person images / videos.\n>\n> **🎯 This endpoint already wraps that flow internally — callers do NOT need to invoke the Asset Library API separately.**\n>\n> Simply pass publicly accessible image / video URLs via the `images` or `reference_videos` fields.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.',
        MappingProxyType(
            {
                "images": "Multiple reference image list",
                "prompt": "Video generation prompt, 1-5000 characters",
                "reference_audios": "Reference audio list",
                "reference_videos": "Reference video list",
            }
        ),
    ),
    "trenz-ai-sd-pro-generate": (
        "SeeDance2.0 Video Generation",
        'SeeDance2.0 Pro AI video generation with multi-image, reference video/audio, frame mode and other advanced features.\n\n> 💡 **Real-person reference images / videos**\n>\n> The upstream "Asset Library API" is used for compliance verification of real-person images / videos.\n>\n> **🎯 This endpoint already wraps that flow internally — callers do NOT need to invoke the Asset Library API separately.**\n>\n> Simply pass publicly accessible image / video URLs via the `images` or `reference_videos` fields.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.',
        MappingProxyType(
            {
                "images": "Multiple reference image list",
                "prompt": "Video generation prompt, 1-5000 characters",
                "reference_audios": "Reference audio list",
                "reference_videos": "Reference video list",
            }
        ),
    ),
    "trenz-ai-sora2-generate": (
        "Sora2 Video Generation",
        "Sora2-model video generation, supporting text-to-video and image-to-video.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "country_code": "Country code",
                "aspect_ratio": "Video ratio",
                "image": "Image info (optional, click to expand for details)",
                "model": "Model name",
                "prompt": "Video generation prompt",
            }
        ),
    ),
    "trenz-ai-sora2pro-generate": (
        "Sora2 Pro Video Generation",
        "Sora2 Pro-model video generation with high-quality output.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "country_code": "Country code",
                "aspect_ratio": "Video ratio",
                "image": "Image info (optional, click to expand for details)",
                "model": "Model name",
                "prompt": "Video generation prompt",
            }
        ),
    ),
    "trenz-ai-veo3-generate": (
        "Veo3 Video Generation",
        "Veo 3.1-model video generation with multi-image input support.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "aspect_ratio": "Video ratio",
                "country_code": "Country code",
                "duration": "Video duration (seconds)",
                "image": "Single image (optional, legacy format, click to expand for details)",
                "images": "Image info array (optional, multi-image)",
                "language": "Language",
                "model": "Model name",
                "prompt": "Video generation prompt",
            }
        ),
    ),
    "trenz-ai-wan26-generate": (
        "Wan2.6 Video Generation",
        "Wan2.6-model image-to-video generation, supporting 720p / 1080p.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "country_code": "Country code",
                "duration": "Video duration (seconds)",
                "image": "Image info (required, image-to-video, click to expand for details)",
                "language": "Language",
                "model": "Model name",
                "prompt": "Video generation prompt",
                "resolution": "Video resolution",
            }
        ),
    ),
    "trenz-creative-detail": (
        "Creative Detail",
        "Get TikTok creative details with video metrics, creator info, linked products, and optional content analysis and embedding.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: analysis(Analytics data), embedding(Embedding data))",
            }
        ),
    ),
    "trenz-creatives-search": (
        "Creative Search",
        "Search TikTok ad creatives / video creatives, with filters and sort on category, region, AIGC flag and more.",
        MappingProxyType(
            {
                "category": "Creative category ID",
                "has_product": "Whether has linked products",
                "is_aigc": "Whether is AI-generated content",
                "is_sponsored": "Whether is sponsored content",
                "keyword": "Search keyword",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: engagement, gmv, gpm, likes, plays. Default: gmv:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-creators-detail": (
        "Creator Detail",
        "Get TikTok creator details with video list and shoppable products.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: products(Linked products), videos(Linked videos))",
            }
        ),
    ),
    "trenz-creators-search": (
        "Creator Search",
        "Search TikTok creators with multi-dimensional filters on followers, GMV, engagement rate, etc.",
        MappingProxyType(
            {
                "category": "Creator category ID",
                "has_contact": "Whether has contact info",
                "keyword": "Search keyword",
                "max_avg_views": "Max average views",
                "max_engagement": "Max engagement rate (0-1)",
                "max_followers": "Max followers",
                "max_gmv_30d": "30-day max GMV (USD)",
                "min_avg_views": "Min average views",
                "min_engagement": "Min engagement rate (0-1)",
                "min_followers": "Min followers",
                "min_gmv_30d": "30-day min GMV (USD)",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: avg_views, engagement, follower_growth_7d, followers, gmv_30d, video_gmv_30d. Default: gmv_30d:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-lives-detail": (
        "Live Detail",
        "Get TikTok live stream details, including basics, core metrics, trends, linked products, and similar lives.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: core(Core metrics), products(Linked products), similar(Similar lives), trend(Trend data))",
            }
        ),
    ),
    "trenz-lives-search": (
        "Live Search",
        "Search TikTok commerce live streams with filters on sales, GMV, audience count, etc.",
        MappingProxyType(
            {
                "category": "Streamer category ID",
                "is_commercial": "Whether is a commerce live",
                "is_living": "Whether currently live-streaming",
                "keyword": "Search keyword",
                "max_audience": "Max audience",
                "max_gmv": "Max GMV (USD)",
                "max_sold": "Max sales",
                "min_audience": "Min audience",
                "min_gmv": "Min GMV (USD)",
                "min_sold": "Min sales",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "product_category": "Product category ID",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: audience, gmv, peak_audience, sold, start_time. Default: gmv:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-material-inpainting": (
        "Video Subtitle Removal",
        "Inpaint (remove) subtitles or watermarks in a video, with region and time-range targeting.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "boxes": "Inpainting region coordinates",
                "end_time": "End time (seconds)",
                "start_time": "Start time (seconds)",
                "url": "Video URL",
            }
        ),
    ),
    "trenz-product-review-analysis": (
        "Product Review Analysis",
        "AI analysis of product user reviews.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "country_code": "Country code",
                "is_regenerate": "Whether to force re-analysis",
                "product_id": "Product ID",
            }
        ),
    ),
    "trenz-products-detail": (
        "Product Detail",
        "Get TikTok product details with linked videos, creators, and reviews.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: creators(Linked creators), reviews(Product reviews), videos(Linked videos))",
            }
        ),
    ),
    "trenz-products-search": (
        "Product Search",
        "Search TikTok products with multi-dimensional filters on keyword, category, price, sales, etc.",
        MappingProxyType(
            {
                "category": "Product category ID (numeric), can be obtained from the `l1_category` field in search results",
                "free_shipping": "Whether has free shipping",
                "keyword": "Search keyword",
                "max_price": "Max price (USD)",
                "max_rating": "Max rating (0-5)",
                "max_sold_30d": "30-day max sales",
                "max_sold_7d": "7-day max sales",
                "min_price": "Min price (USD)",
                "min_rating": "Min rating (0-5)",
                "min_sold_30d": "30-day min sales",
                "min_sold_7d": "7-day min sales",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "seller_type": "Seller type: 1=Overseas Non-brand, 2=Local, 3=Brand, 4=Non-brand",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: daily_sold, gmv_30d, gmv_7d, price, rating, sold_30d, sold_7d. Default: gmv_7d:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-sellers-detail": (
        "Seller Detail",
        "Get TikTok seller details with product list and linked creators.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: creators(Linked creators), products(Linked products))",
            }
        ),
    ),
    "trenz-sellers-search": (
        "Seller Search",
        "Search TikTok sellers with multi-dimensional filters on category, rating, sales, etc.",
        MappingProxyType(
            {
                "category": "Seller primary category ID",
                "keyword": "Search keyword",
                "max_gmv_7d": "7-day max sales amount (USD)",
                "max_rating": "Max seller rating",
                "max_sold_7d": "7-day max sales",
                "min_gmv_7d": "7-day min sales amount (USD)",
                "min_rating": "Min seller rating",
                "min_sold_7d": "7-day min sales",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "seller_type": "Seller type: 1=Overseas Non-brand, 2=Local, 3=Brand, 4=Non-brand",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: gmv_7d, product_count, rating, sold_7d, total_gmv, total_sold. Default: gmv_7d:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
    "trenz-social-accounts-list": (
        "Social Account List",
        "List social accounts (including followers, engagement metrics, etc.).",
        MappingProxyType(
            {
                "group_id": 'Group filter: numeric ID = specific group, "ungrouped" = ungrouped, empty = all'
            }
        ),
    ),
    "trenz-social-analytics-overview": (
        "Analytics Overview",
        "Get a social account analytics overview, including views, engagement, and commerce aggregates.",
        MappingProxyType(
            {
                "account_types": "Account type filter",
                "end_date": "End date YYYY-MM-DD",
                "platform_account_ids": "Account filter",
                "platforms": "Platform filter",
                "start_date": "Start date YYYY-MM-DD",
            }
        ),
    ),
    "trenz-social-analytics-shop-video-detail": (
        "Shoppable Video Detail",
        "Get daily commerce metrics and linked products for a shoppable video.",
        MappingProxyType(
            {"platform_account_id": "Shop account ID", "platform_video_id": "Platform video ID"}
        ),
    ),
    "trenz-social-analytics-shop-videos": (
        "Shoppable Video List",
        "List TikTok Shop shoppable videos with their commerce metrics.",
        MappingProxyType(
            {
                "account_types": "Account type list",
                "date_range": "Date range",
                "limit": "Page size",
                "offset": "Offset",
                "platform_account_ids": "Platform account ID list",
                "sort_by": "Sort: gmv/orders/items_sold/published_at",
                "sort_order": "Sort direction: desc/asc",
            }
        ),
    ),
    "trenz-social-analytics-top-accounts": (
        "Top Accounts Ranking",
        "Rank top accounts by metric.",
        MappingProxyType(
            {
                "account_types": "Account type list",
                "end_date": "End date YYYY-MM-DD",
                "limit": "Result size, default 10",
                "metric": "Sort metric: views/likes/comments/shares/gmv",
                "platforms": 'Platform list, e.g. ["tiktok"]',
                "start_date": "Start date YYYY-MM-DD",
            }
        ),
    ),
    "trenz-social-analytics-top-products": (
        "Top Products Ranking",
        "Rank top products by sales metric.",
        MappingProxyType(
            {
                "account_types": "Account type list",
                "end_date": "End date YYYY-MM-DD",
                "limit": "Result size, default 10",
                "metric": "Sort metric: gmv/orders/video_count",
                "platform_account_ids": "Account ID list",
                "start_date": "Start date YYYY-MM-DD",
            }
        ),
    ),
    "trenz-social-analytics-top-videos": (
        "Top Videos Ranking",
        "Rank top videos by metric.",
        MappingProxyType(
            {
                "account_types": "Account type list",
                "end_date": "End date YYYY-MM-DD",
                "limit": "Result size, default 10",
                "metric": "Sort metric: views/likes/comments/shares",
                "platform_account_ids": "Account ID list",
                "platforms": "Platform list",
                "start_date": "Start date YYYY-MM-DD",
            }
        ),
    ),
    "trenz-social-analytics-trend": (
        "Analytics Trend",
        "Get time-series trend data for a specified metric.",
        MappingProxyType(
            {
                "account_types": "Account type list",
                "end_date": "End date YYYY-MM-DD",
                "granularity": "Time granularity: day/week",
                "metric": "Metric: views/likes/comments/shares/followers",
                "platform_account_ids": "Account ID list",
                "platforms": "Platform list",
                "start_date": "Start date YYYY-MM-DD",
                "value_mode": "Numeric mode",
            }
        ),
    ),
    "trenz-social-comments-create": (
        "Create Comment",
        "Post a new comment under a video as the bound account.",
        MappingProxyType(
            {
                "platform_account_id": "Platform account ID",
                "platform_video_id": "Platform video ID",
                "text": "Comment content",
            }
        ),
    ),
    "trenz-social-comments-delete": (
        "Delete Comment",
        "Delete a comment on the platform and update local state.",
        MappingProxyType(
            {
                "platform_account_id": "Platform account ID",
                "platform_comment_id": "Comment ID",
                "platform_video_id": "Platform video ID",
            }
        ),
    ),
    "trenz-social-comments-like": (
        "Like Comment",
        "Like or unlike a comment on the platform.",
        MappingProxyType(
            {
                "action": "Action: like/unlike",
                "platform_account_id": "Platform account ID",
                "platform_comment_id": "Comment ID",
                "platform_video_id": "Platform video ID",
            }
        ),
    ),
    "trenz-social-comments-managed-list": (
        "Managed Comment List",
        "Query synced comments from the local database with multi-dimensional filters.",
        MappingProxyType(
            {
                "ai_intent": "AI intent filter: purchase/support/feedback/general",
                "ai_priority": "AI priority filter: high/medium/low",
                "engaged": "Whether interacted",
                "include_replies": "Whether to include replies",
                "is_deleted": "Whether deleted",
                "is_hidden": "Whether hidden",
                "is_read": "Whether read",
                "keyword": "Search keyword",
                "limit": "Page size",
                "max_replies": "Max replies returned per comment",
                "page": "Page number",
                "platform_account_ids": "Account ID list",
                "platform_video_id": "Video ID (filter comments for a specific video)",
                "platforms": "Platform list",
                "published_after": "Publish time start (Unix timestamp)",
                "published_before": "Publish time end (Unix timestamp)",
                "sort_by": "Sort field",
                "sort_order": "Sort direction asc/desc",
                "view_mode": "View mode",
            }
        ),
    ),
    "trenz-social-comments-managed-replies": (
        "Managed Reply List",
        "List synced replies for a comment.",
        MappingProxyType(
            {
                "is_deleted": "Whether deleted",
                "is_hidden": "Whether hidden",
                "limit": "Page size",
                "page": "Page number",
                "platform_account_id": "Platform account ID",
                "platform_comment_id": "Parent comment ID",
            }
        ),
    ),
    "trenz-social-comments-query": (
        "Real-time Comment Query",
        "Query a video's comments in real time.",
        MappingProxyType(
            {
                "cursor": "Pagination cursor",
                "limit": "Page size, max 50",
                "platform_account_id": "Platform account ID",
                "platform_video_id": "Platform video ID",
                "sort_by": "Sort: published_at/like_count",
                "sort_order": "Sort direction: asc/desc",
            }
        ),
    ),
    "trenz-social-comments-replies": (
        "Comment Replies",
        "List replies under a specific comment.",
        MappingProxyType(
            {
                "cursor": "Pagination cursor",
                "limit": "Page size",
                "page": "Page number",
                "platform": "Platform: tiktok/youtube/instagram",
                "platform_account_id": "Platform account ID",
                "platform_comment_id": "Parent comment ID",
            }
        ),
    ),
    "trenz-social-comments-reply": (
        "Reply to Comment",
        "Reply to a comment as the bound account.",
        MappingProxyType(
            {
                "platform_account_id": "Platform account ID",
                "platform_comment_id": "Comment ID",
                "platform_video_id": "Platform video ID",
                "text": "Reply content",
            }
        ),
    ),
    "trenz-social-comments-sync": (
        "Sync Comments",
        "Sync comments from the platform into the local database.",
        MappingProxyType(
            {
                "platform_account_id": "Platform account ID",
                "platform_video_id": "Optional: sync a specific video only",
            }
        ),
    ),
    "trenz-social-hashtag-suggestions": (
        "Hashtag Suggestions",
        "Get popular TikTok hashtag suggestions for a given keyword.",
        MappingProxyType(
            {"keyword": "Search keyword (word)", "language": "Language code, default en"}
        ),
    ),
    "trenz-social-music-recently-used": (
        "Recently Used Music",
        "List recently used music tracks.",
        MappingProxyType(
            {
                "keyword": "Search keyword",
                "limit": "Page size",
                "page": "Page number",
                "platform_account_id": "Filter account",
            }
        ),
    ),
    "trenz-social-music-search": (
        "Popular Music Search",
        "Search popular TikTok music with filters on keyword and type.",
        MappingProxyType(
            {
                "country_code": "Country code, default US",
                "date_range": "Time range: 1DAY/7DAY/30DAY",
                "genre": "Music type",
                "keyword": "Search keyword",
                "limit": "Page size, max 100",
                "page": "Page number",
            }
        ),
    ),
    "trenz-social-plans-precheck": (
        "Trigger Quality Precheck",
        "Trigger a TikTok Shop quality precheck for a publish plan.",
        MappingProxyType({"publication_id": "Plan ID"}),
    ),
    "trenz-social-plans-precheck-records": (
        "Precheck Record List",
        "Get the quality-precheck history for a publish plan.",
        MappingProxyType({"publication_id": "Publish plan ID"}),
    ),
    "trenz-social-platform-account-detail": (
        "Social Account Detail",
        "Get details for a single social platform account.",
        MappingProxyType({"account_id": "Platform account ID"}),
    ),
    "trenz-social-platform-account-disconnect": (
        "Disconnect Social Account",
        "Disconnect a social platform account.",
        MappingProxyType({"account_id": "ID of the account to disconnect"}),
    ),
    "trenz-social-platform-account-update-remark": (
        "Update Account Remark",
        "Update the user-defined remark on a social platform account.",
        MappingProxyType(
            {"account_id": "Platform account ID", "remark": "Remark content, max 500 characters"}
        ),
    ),
    "trenz-social-platform-token-refresh": (
        "Refresh Social Token",
        "Manually refresh the OAuth token of a social account.",
        MappingProxyType({"account_id": "ID of the social account to refresh"}),
    ),
    "trenz-social-platform-videos": (
        "Platform Video Metrics List",
        "List videos published to the platform along with their metrics.",
        MappingProxyType(
            {
                "filter_": "Filters (click to expand for details)",
                "include_presigned_urls": "Whether to include presigned URL",
                "limit": "Page size",
                "page": "Page number",
                "platform_account_id": "Platform account ID",
            }
        ),
    ),
    "trenz-social-publish-cancel": (
        "Cancel Individual Publish",
        "Cancel a specific publish task.",
        MappingProxyType({"publication_id": "Publish task ID"}),
    ),
    "trenz-social-publish-session": (
        "Publish Session Status",
        "Query the progress of a video publish session.",
        MappingProxyType({"session_token": "Publish session token"}),
    ),
    "trenz-social-publish-session-cancel": (
        "Cancel Publish Session",
        "Cancel an entire video publish session.",
        MappingProxyType({"session_token": "Publish session token"}),
    ),
    "trenz-social-publish-upload": (
        "Upload and Publish Video",
        "One-step upload-and-publish a video to multiple social platforms.",
        MappingProxyType(
            {
                "bucket_key": "Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category)",
                "bucket_name": "Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category)",
                "content_type": "Content type: video or image",
                "cover_bucket_key": "Cover image object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category, optional)",
                "cover_bucket_name": "Cover image bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category, optional)",
                "dry_run": "Dry-run publish (does not actually publish to the platform)",
                "duration": "Video duration (seconds, optional)",
                "file_size": "File size (bytes, optional)",
                "media_items": "Media item list (for carousel and other multi-file publishing scenarios. When `media_items` is set, `bucket_name`/`bucket_key` are not required)",
                "publications": "Publish target list (can publish to multiple accounts at once)",
                "source_id": "Source ID",
                "source_type": "Source type",
                "video_description": "Video description",
                "video_title": "Video title",
            }
        ),
    ),
    "trenz-social-tiktok-qrcode": (
        "TikTok QR Code Login",
        'Get a TikTok QR code for login. After scanning and authorizing, you must poll the "TikTok QR Code Status Check" endpoint every 2-3 seconds until it returns status=confirmed to complete binding.',
        MappingProxyType(
            {"connector": "Must be trenz", "state": "CSRF protection state parameter"}
        ),
    ),
    "trenz-social-tiktok-qrcode-check": (
        "TikTok QR Code Status Check",
        "Poll the TikTok QR code login status.",
        MappingProxyType(
            {"connector": "Must be trenz", "token": "Token obtained from 'TikTok QR Code Login'"}
        ),
    ),
    "trenz-social-tiktok-shop-products": (
        "TikTok Shop Product List",
        "Get the unified TikTok Shop product list, auto-routing between showcase and shop sources.",
        MappingProxyType(
            {
                "account_id": "Platform account ID",
                "data_source": "Data source: shop/showcase",
                "origin": "Source: LIVE/SHOWCASE",
                "page_size": "Page size, 1-20",
                "page_token": "Pagination token",
                "sort_field": "Sort field: PRODUCT_ID/PRICE/SALE",
                "sort_order": "Sort direction: DESC/ASC",
                "title_keyword": "Product title search",
            }
        ),
    ),
    "trenz-social-tiktok-shop-showcase-add": (
        "Add Product to Showcase",
        "Add a product to the TikTok Shop creator showcase.",
        MappingProxyType(
            {
                "account_id": "Platform account ID",
                "add_type": "Add mode: PRODUCT_ID/PRODUCT_LINK",
                "product_ids": "Product ID list, max 20",
                "product_link": "Product URL",
            }
        ),
    ),
    "trenz-social-upload-presigned-url": (
        "Generate Presigned Upload URL",
        "Generate an S3 presigned upload URL for direct client-side file upload.",
        MappingProxyType(
            {
                "content_type": "MIME type, e.g. image/jpeg",
                "expires_in": "Expiration time (seconds), default 3600",
                "file_name": "File name (with extension)",
                "region": "Storage region: tos or aws, default tos",
            }
        ),
    ),
    "trenz-social-video-check-info": (
        "Validate Video Info",
        "Validate a video against the rules of each target platform before publishing.",
        MappingProxyType(
            {
                "bucket_name": "Bucket name (the `s3_bucket` returned by 'Generate Presigned Upload URL' under the 'General' category)",
                "object_key": "Object key (the `object_key` returned by 'Generate Presigned Upload URL' under the 'General' category)",
            }
        ),
    ),
    "trenz-social-video-detail": (
        "Publishing Record Detail",
        "Get details for a single video and its publishing records.",
        MappingProxyType(
            {"include_presigned_url": "Whether to include presigned URL", "video_id": "Video ID"}
        ),
    ),
    "trenz-social-videos-list": (
        "Publishing Record List",
        "List a user's videos with pagination and status filtering.",
        MappingProxyType(
            {
                "content_type": "Content type: video/image",
                "include_details": "Whether to include publishing details",
                "include_presigned_urls": "Whether to include presigned URL",
                "limit": "Page size",
                "page": "Page number",
                "publish_time_after": "Publish time start (Unix timestamp)",
                "publish_time_before": "Publish time end (Unix timestamp)",
                "status": "Status filter",
            }
        ),
    ),
    "trenz-video-clone": (
        "Video Clone",
        "Video clone generation.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "product_description": "Product description (selling points, use cases)",
                "product_image": "Product image info (click to expand for details)",
                "reference_video": "Reference video (TikTok or uploaded, click to expand for details)",
                "sora2_config": "Sora2 config (click to expand for details)",
            }
        ),
    ),
    "trenz-video-content-analysis": (
        "Video Content Analysis",
        "AI content analysis of a video.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType({"video_id": "Video ID"}),
    ),
    "trenz-video-scripts-breakdown": (
        "Video Script Breakdown",
        "Structured breakdown of a video script.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {"language": "Language", "country_code": "Country code", "video_id": "Video ID"}
        ),
    ),
    "trenz-video-scripts-breakdown-v2": (
        "Video Script Breakdown V2",
        "Structured breakdown of a video script (V2, enhanced).\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "language": "Language",
                "country_code": "Country code",
                "is_regenerate": "Whether to force regeneration",
                "video_id": "Video ID",
            }
        ),
    ),
    "trenz-video-scripts-storyboard": (
        "Video Storyboard Breakdown",
        "Structured breakdown of video storyboard.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {"language": "Language", "country_code": "Country code", "video_id": "Video ID"}
        ),
    ),
    "trenz-video-super-resolution": (
        "Video Super Resolution",
        "Video super-resolution enhancement.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType({"country_code": "Country code", "url": "Video URL"}),
    ),
    "trenz-video-talking-photo": (
        "Talking Photo Video Generation",
        "Generate a talking-head video from a photo and a script (OmniHuman).\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType(
            {
                "language": "Language",
                "long_limit": "Long script character limit",
                "short_limit": "Short script character limit",
                "url": "Person photo URL (any publicly accessible image URL is supported)",
                "video_script_content": "Voiceover script content",
            }
        ),
    ),
    "trenz-video-transcription": (
        "Video Transcription",
        "Transcribe speech in a video to text.\n\nAsync endpoint, returns `task_id`. Use `GET /open/v1/tasks/{task_id}` to poll task status and result.",
        MappingProxyType({"country_code": "Country code", "video_id": "Video ID"}),
    ),
    "trenz-videos-detail": (
        "Video Detail",
        "Get TikTok video details with linked products.",
        MappingProxyType(
            {
                "country": "Routing parameter: routes to different backends by country value",
                "include": "Include related resources, comma-separated (values: products(Linked products))",
            }
        ),
    ),
    "trenz-videos-search": (
        "Video Search",
        "Search TikTok shoppable videos with multi-dimensional filters on views, GMV, engagement rate, etc.",
        MappingProxyType(
            {
                "category": "Video category ID",
                "is_commercial": "Whether is a commerce video",
                "keyword": "Search keyword",
                "max_engagement": "Max engagement rate (0-1)",
                "max_gmv_30d": "30-day max GMV (USD)",
                "max_likes": "Max likes",
                "max_views": "Max views",
                "min_engagement": "Min engagement rate (0-1)",
                "min_gmv_30d": "30-day min GMV (USD)",
                "min_likes": "Min likes",
                "min_views": "Min views",
                "page": "Page number, default 1",
                "page_size": "Page size, default 20, max 20",
                "sort": "Sort field, format: field:asc|desc. Allowed fields: engagement, gmv_30d, launch_time, likes, sold_30d, views. Default: views:desc",
                "country": "Routing parameter: routes to different backends by country value",
            }
        ),
    ),
}
