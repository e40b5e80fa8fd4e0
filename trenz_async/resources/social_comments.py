# generated from openapi.json by codegen; do not edit
"""`client.social_comments`: the Social/4.Comment Management operations."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Literal, cast

from .._call import RawResponses, RequestOptions, Resource, async_to_raw_response_wrapper

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx

    from .._call import AsyncPager, Runtime
    from .._jobs import Task
    from .._generated.models.social_comments_create_response import SocialCommentsCreateResponse
    from .._generated.models.social_comments_delete_response import SocialCommentsDeleteResponse
    from .._generated.models.social_comments_like_response import SocialCommentsLikeResponse
    from .._generated.models.social_comments_managed_list_comment import (
        SocialCommentsManagedListComment,
    )
    from .._generated.models.social_comments_managed_list_response import (
        SocialCommentsManagedListResponse,
    )
    from .._generated.models.social_comments_managed_replies_reply import (
        SocialCommentsManagedRepliesReply,
    )
    from .._generated.models.social_comments_managed_replies_response import (
        SocialCommentsManagedRepliesResponse,
    )
    from .._generated.models.social_comments_query_comment import SocialCommentsQueryComment
    from .._generated.models.social_comments_query_response import SocialCommentsQueryResponse
    from .._generated.models.social_comments_replies_reply import SocialCommentsRepliesReply
    from .._generated.models.social_comments_replies_response import SocialCommentsRepliesResponse
    from .._generated.models.social_comments_reply_response import SocialCommentsReplyResponse
    from .._generated.models.social_comments_sync_response import SocialCommentsSyncResponse

__all__ = ["SocialCommentsResource", "SocialCommentsResourceWithRawResponse"]


class SocialCommentsResource(Resource):
    """Operations tagged Social/4.Comment Management."""

    @functools.cached_property
    def with_raw_response(self) -> SocialCommentsResourceWithRawResponse:
        """These methods, answering a `RawResponse` (status, headers, `parse()`)."""
        return SocialCommentsResourceWithRawResponse(self)

    async def create(
        self,
        *,
        platform_account_id: int,
        platform_video_id: str,
        text: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialCommentsCreateResponse:
        """Create Comment.

        `POST /open/v1/social/comments/create` (trenz-social-comments-create): 2 coins, charged per call.

        Post a new comment under a video as the bound account.

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_video_id: (body, required) Platform video ID
            text: (body, required) Comment content
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_video_id": platform_video_id,
            "text": text,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialCommentsCreateResponse",
            await self._call("trenz-social-comments-create", params, options),
        )

    async def delete(
        self,
        *,
        platform_account_id: int,
        platform_comment_id: str,
        platform_video_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialCommentsDeleteResponse:
        """Delete Comment.

        `POST /open/v1/social/comments/delete` (trenz-social-comments-delete): 2 coins, charged per call.

        Delete a comment on the platform and update local state.

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_comment_id: (body, required) Comment ID
            platform_video_id: (body, required) Platform video ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_comment_id": platform_comment_id,
            "platform_video_id": platform_video_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialCommentsDeleteResponse",
            await self._call("trenz-social-comments-delete", params, options),
        )

    async def like(
        self,
        *,
        action: str,
        platform_account_id: int,
        platform_comment_id: str,
        platform_video_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialCommentsLikeResponse:
        """Like Comment.

        `POST /open/v1/social/comments/like` (trenz-social-comments-like): 2 coins, charged per call.

        Like or unlike a comment on the platform.

        Args:
            action: (body, required) Action: like/unlike
            platform_account_id: (body, required) Platform account ID
            platform_comment_id: (body, required) Comment ID
            platform_video_id: (body, required) Platform video ID
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "action": action,
            "platform_account_id": platform_account_id,
            "platform_comment_id": platform_comment_id,
            "platform_video_id": platform_video_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialCommentsLikeResponse",
            await self._call("trenz-social-comments-like", params, options),
        )

    def managed_list(
        self,
        *,
        ai_intent: str | None = None,
        ai_priority: str | None = None,
        engaged: bool | None = None,
        include_replies: bool | None = None,
        is_deleted: bool | None = None,
        is_hidden: bool | None = None,
        is_read: bool | None = None,
        keyword: str | None = None,
        limit: int = 20,
        max_replies: int | None = None,
        page: int = 1,
        platform_account_ids: list[int] | None = None,
        platform_video_id: str | None = None,
        platforms: list[str] | None = None,
        published_after: int | None = None,
        published_before: int | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        view_mode: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialCommentsManagedListResponse, SocialCommentsManagedListComment]:
        """Managed Comment List.

        `POST /open/v1/social/comments/managed` (trenz-social-comments-managed-list): 1 coins, charged per call.

        Query synced comments from the local database with multi-dimensional filters.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialCommentsManagedListComment`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            ai_intent: (body) AI intent filter: purchase/support/feedback/general
            ai_priority: (body) AI priority filter: high/medium/low
            engaged: (body) Whether interacted
            include_replies: (body) Whether to include replies
            is_deleted: (body) Whether deleted
            is_hidden: (body) Whether hidden
            is_read: (body) Whether read
            keyword: (body) Search keyword
            limit: (body) Page size Default: 20.
            max_replies: (body) Max replies returned per comment
            page: (body) Page number Default: 1.
            platform_account_ids: (body) Account ID list
            platform_video_id: (body) Video ID (filter comments for a specific video)
            platforms: (body) Platform list
            published_after: (body) Publish time start (Unix timestamp)
            published_before: (body) Publish time end (Unix timestamp)
            sort_by: (body) Sort field
            sort_order: (body) Sort direction asc/desc
            view_mode: (body) View mode
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "ai_intent": ai_intent,
            "ai_priority": ai_priority,
            "engaged": engaged,
            "include_replies": include_replies,
            "is_deleted": is_deleted,
            "is_hidden": is_hidden,
            "is_read": is_read,
            "keyword": keyword,
            "limit": limit,
            "max_replies": max_replies,
            "page": page,
            "platform_account_ids": platform_account_ids,
            "platform_video_id": platform_video_id,
            "platforms": platforms,
            "published_after": published_after,
            "published_before": published_before,
            "sort_by": sort_by,
            "sort_order": sort_order,
            "view_mode": view_mode,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-comments-managed-list", params, options)

    def managed_replies(
        self,
        *,
        platform_account_id: int,
        platform_comment_id: str,
        is_deleted: bool | None = None,
        is_hidden: bool | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialCommentsManagedRepliesResponse, SocialCommentsManagedRepliesReply]:
        """Managed Reply List.

        `POST /open/v1/social/comments/managed/replies` (trenz-social-comments-managed-replies): 1 coins, charged per call.

        List synced replies for a comment.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialCommentsManagedRepliesReply`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_comment_id: (body, required) Parent comment ID
            is_deleted: (body) Whether deleted
            is_hidden: (body) Whether hidden
            limit: (body) Page size
            page: (body) Page number
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_comment_id": platform_comment_id,
            "is_deleted": is_deleted,
            "is_hidden": is_hidden,
            "limit": limit,
            "page": page,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-comments-managed-replies", params, options)

    def query(
        self,
        *,
        platform_account_id: int,
        platform_video_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialCommentsQueryResponse, SocialCommentsQueryComment]:
        """Real-time Comment Query.

        `POST /open/v1/social/comments/query` (trenz-social-comments-query): 1 coins, charged per call.

        Query a video's comments in real time.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialCommentsQueryComment`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_video_id: (body, required) Platform video ID
            cursor: (body) Pagination cursor
            limit: (body) Page size, max 50
            sort_by: (body) Sort: published_at/like_count
            sort_order: (body) Sort direction: asc/desc
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_video_id": platform_video_id,
            "cursor": cursor,
            "limit": limit,
            "sort_by": sort_by,
            "sort_order": sort_order,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-comments-query", params, options)

    def replies(
        self,
        *,
        platform: str,
        platform_account_id: int,
        platform_comment_id: str,
        cursor: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> AsyncPager[SocialCommentsRepliesResponse, SocialCommentsRepliesReply]:
        """Comment Replies.

        `POST /open/v1/social/comments/replies` (trenz-social-comments-replies): 1 coins, charged per call.

        List replies under a specific comment.

        Returns an `AsyncPager`: `await` it for the first page, `async for` over every `SocialCommentsRepliesReply`
        across pages, or `.pages()` for each page (every page is a paid call).

        Args:
            platform: (body, required) Platform: tiktok/youtube/instagram
            platform_account_id: (body, required) Platform account ID
            platform_comment_id: (body, required) Parent comment ID
            cursor: (body) Pagination cursor
            limit: (body) Page size
            page: (body) Page number
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform": platform,
            "platform_account_id": platform_account_id,
            "platform_comment_id": platform_comment_id,
            "cursor": cursor,
            "limit": limit,
            "page": page,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return self._pager("trenz-social-comments-replies", params, options)

    async def reply(
        self,
        *,
        platform_account_id: int,
        platform_comment_id: str,
        platform_video_id: str,
        text: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialCommentsReplyResponse:
        """Reply to Comment.

        `POST /open/v1/social/comments/reply` (trenz-social-comments-reply): 2 coins, charged per call.

        Reply to a comment as the bound account.

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_comment_id: (body, required) Comment ID
            platform_video_id: (body, required) Platform video ID
            text: (body, required) Reply content
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_comment_id": platform_comment_id,
            "platform_video_id": platform_video_id,
            "text": text,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialCommentsReplyResponse",
            await self._call("trenz-social-comments-reply", params, options),
        )

    async def sync(
        self,
        *,
        platform_account_id: int,
        platform_video_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        cache: bool | None = None,
    ) -> SocialCommentsSyncResponse:
        """Sync Comments.

        `POST /open/v1/social/comments/sync` (trenz-social-comments-sync): 2 coins, charged per call.

        Sync comments from the platform into the local database.

        Args:
            platform_account_id: (body, required) Platform account ID
            platform_video_id: (body) Optional: sync a specific video only
            timeout, max_retries, extra_headers, extra_query, extra_body: per-request options
                (openai-python's); see the README's "Per-request options".
            cache: False takes no answer from the read cache (see "Paying once").
        """
        params: dict[str, Any] = {
            "platform_account_id": platform_account_id,
            "platform_video_id": platform_video_id,
        }
        options = RequestOptions.of(
            timeout, max_retries, extra_headers, extra_query, extra_body, cache
        )
        return cast(
            "SocialCommentsSyncResponse",
            await self._call("trenz-social-comments-sync", params, options),
        )


class SocialCommentsResourceWithRawResponse(RawResponses):
    """`client.social_comments.with_raw_response`: each call's `RawResponse`.

    The methods of `SocialCommentsResource`, with the same parameters (validated, budgeted,
    retried, counted); `parse()` gives what the plain method returns (a list
    operation: its first page).
    """

    def __init__(self, resource: SocialCommentsResource) -> None:
        super().__init__(resource)
        raw = resource._answering_raw()
        self.create = async_to_raw_response_wrapper(raw.create)
        self.delete = async_to_raw_response_wrapper(raw.delete)
        self.like = async_to_raw_response_wrapper(raw.like)
        self.managed_list = async_to_raw_response_wrapper(raw.managed_list)
        self.managed_replies = async_to_raw_response_wrapper(raw.managed_replies)
        self.query = async_to_raw_response_wrapper(raw.query)
        self.replies = async_to_raw_response_wrapper(raw.replies)
        self.reply = async_to_raw_response_wrapper(raw.reply)
        self.sync = async_to_raw_response_wrapper(raw.sync)
