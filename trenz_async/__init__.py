"""trenz_async: the async Python SDK for the Trenz Open Platform API.

```python
async with trenz_async.TrenzClient() as client:          # key from $TRENZ_API_KEY
    page = await client.products.search(country="us", keyword="lamp")
    task = await client.ai_analysis.video_content_analysis(video_id="7301")
    result = await task.wait()
```

Everything per-operation (the typed resources, `call()`, retry rules, coin estimates,
pagination) comes from `OPERATIONS`, the registry generated from openapi.json.
"""

import typing as _typing

from ._call.cache import CacheStatistics as CacheStatistics
from ._call.cache import ReadCache as ReadCache
from ._call.raw import RawResponse as RawResponse
from ._client import TrenzClient as TrenzClient
from ._errors import APIConnectionError as APIConnectionError
from ._errors import APIError as APIError
from ._errors import APITimeoutError as APITimeoutError
from ._errors import AuthenticationError as AuthenticationError
from ._errors import BackendError as BackendError
from ._errors import BackendTimeoutError as BackendTimeoutError
from ._errors import BackendUnavailableError as BackendUnavailableError
from ._errors import BadRequestError as BadRequestError
from ._errors import BudgetExceededError as BudgetExceededError
from ._errors import ClientClosedError as ClientClosedError
from ._errors import ConfigurationError as ConfigurationError
from ._errors import CoordinatorError as CoordinatorError
from ._errors import EventLoopMismatchError as EventLoopMismatchError
from ._errors import InsufficientBalanceError as InsufficientBalanceError
from ._errors import InternalServerError as InternalServerError
from ._errors import InvalidParameterError as InvalidParameterError
from ._errors import JournalError as JournalError
from ._errors import MalformedResponseError as MalformedResponseError
from ._errors import NotFoundError as NotFoundError
from ._errors import OutcomeUnknownError as OutcomeUnknownError
from ._errors import PaginationLimitError as PaginationLimitError
from ._errors import PermissionDeniedError as PermissionDeniedError
from ._errors import QuotaExceededError as QuotaExceededError
from ._errors import RateLimitError as RateLimitError
from ._errors import ResponseTooLargeError as ResponseTooLargeError
from ._errors import RouteNotFoundError as RouteNotFoundError
from ._errors import ServerError as ServerError
from ._errors import TaskFailedError as TaskFailedError
from ._errors import TaskNotFoundError as TaskNotFoundError
from ._errors import TaskTimeoutError as TaskTimeoutError
from ._errors import TrenzError as TrenzError
from ._fleet.coordinator import RedisCoordinator as RedisCoordinator
from ._jobs.journal import TaskJournal as TaskJournal
from ._jobs.manager import PollStatistics as PollStatistics
from ._jobs.manager import TaskManager as TaskManager
from ._jobs.polling import PollPolicy as PollPolicy
from ._jobs.progress import Progress as Progress
from ._jobs.progress import progress_bar as progress_bar
from ._jobs.records import SkippedRecord as SkippedRecord
from ._jobs.records import Submission as Submission
from ._jobs.task import Task as Task
from ._ledger.ledger import UsageLedger as UsageLedger
from ._ledger.snapshots import OperationUsage as OperationUsage
from ._ledger.snapshots import UncertainCharge as UncertainCharge
from ._ledger.snapshots import UsageScope as UsageScope
from ._ledger.snapshots import UsageSnapshot as UsageSnapshot
from ._registry.estimate import estimate as estimate
from ._registry.info import BillingMode as BillingMode
from ._registry.info import OperationInfo as OperationInfo
from ._registry.info import Pagination as Pagination
from ._registry.info import PaginationStyle as PaginationStyle
from ._registry.info import Param as Param
from ._registry.info import ParamLocation as ParamLocation
from ._registry.info import Pricing as Pricing
from ._support.telemetry import Telemetry as Telemetry
from ._transport.aio import AioHttpClient as AioHttpClient
from ._transport.limiter import RateLimit as RateLimit
from ._transport.limiter import RateLimiter as RateLimiter
from ._transport.limiter import RateLimiterStatistics as RateLimiterStatistics
from ._transport.retry import RetryPolicy as RetryPolicy
from ._version import __version__ as __version__

if _typing.TYPE_CHECKING:
    # A Mapping[str, OperationInfo], plus `.by_accessor` and `.aliases` (renamed operations).
    from ._registry.info import OperationTable as _OperationTable

    OPERATIONS: _OperationTable

__all__ = [
    "OPERATIONS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AioHttpClient",
    "AuthenticationError",
    "BackendError",
    "BackendTimeoutError",
    "BackendUnavailableError",
    "BadRequestError",
    "BillingMode",
    "BudgetExceededError",
    "CacheStatistics",
    "ClientClosedError",
    "ConfigurationError",
    "CoordinatorError",
    "EventLoopMismatchError",
    "InsufficientBalanceError",
    "InternalServerError",
    "InvalidParameterError",
    "JournalError",
    "MalformedResponseError",
    "NotFoundError",
    "OperationInfo",
    "OperationUsage",
    "OutcomeUnknownError",
    "Pagination",
    "PaginationLimitError",
    "PaginationStyle",
    "Param",
    "ParamLocation",
    "PermissionDeniedError",
    "PollPolicy",
    "PollStatistics",
    "Pricing",
    "Progress",
    "QuotaExceededError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterStatistics",
    "RawResponse",
    "ReadCache",
    "RedisCoordinator",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RouteNotFoundError",
    "ServerError",
    "SkippedRecord",
    "Submission",
    "Task",
    "TaskFailedError",
    "TaskJournal",
    "TaskManager",
    "TaskNotFoundError",
    "TaskTimeoutError",
    "Telemetry",
    "TrenzClient",
    "TrenzError",
    "UncertainCharge",
    "UsageLedger",
    "UsageScope",
    "UsageSnapshot",
    "__version__",
    "estimate",
    "progress_bar",
]


def __getattr__(name: str) -> _typing.Any:
    # The registry is generated data: load it when first asked for.
    if name == "OPERATIONS":
        from ._registry.index import operations

        return operations()
    if name == "models":  # `trenz_async.models.X` without importing the subpackage first
        import importlib

        return importlib.import_module(".models", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
