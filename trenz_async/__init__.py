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

from ._client import TrenzClient as TrenzClient
from ._coordination import SkippedRecord as SkippedRecord
from ._coordination import Submission as Submission
from ._coordinator import RedisCoordinator as RedisCoordinator
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
from ._journal import TaskJournal as TaskJournal
from ._operation_info import BillingMode as BillingMode
from ._operation_info import OperationInfo as OperationInfo
from ._operation_info import Pagination as Pagination
from ._operation_info import PaginationStyle as PaginationStyle
from ._operation_info import Param as Param
from ._operation_info import ParamLocation as ParamLocation
from ._operation_info import Pricing as Pricing
from ._polling import PollPolicy as PollPolicy
from ._progress import Progress as Progress
from ._progress import progress_bar as progress_bar
from ._ratelimit import RateLimit as RateLimit
from ._ratelimit import RateLimiter as RateLimiter
from ._ratelimit import RateLimiterStatistics as RateLimiterStatistics
from ._raw import RawResponse as RawResponse
from ._retry import RetryPolicy as RetryPolicy
from ._snapshots import OperationUsage as OperationUsage
from ._snapshots import UncertainCharge as UncertainCharge
from ._snapshots import UsageScope as UsageScope
from ._snapshots import UsageSnapshot as UsageSnapshot
from ._tasks import PollStatistics as PollStatistics
from ._tasks import Task as Task
from ._tasks import TaskManager as TaskManager
from ._usage import UsageLedger as UsageLedger
from ._version import __version__ as __version__

if _typing.TYPE_CHECKING:
    # A Mapping[str, OperationInfo], plus `.by_accessor` and `.aliases` (renamed operations).
    from ._operation_info import OperationTable as _OperationTable

    OPERATIONS: _OperationTable

__all__ = [
    "OPERATIONS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BackendError",
    "BackendTimeoutError",
    "BackendUnavailableError",
    "BadRequestError",
    "BillingMode",
    "BudgetExceededError",
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
    "TrenzClient",
    "TrenzError",
    "UncertainCharge",
    "UsageLedger",
    "UsageScope",
    "UsageSnapshot",
    "__version__",
    "progress_bar",
]


def __getattr__(name: str) -> _typing.Any:
    # The registry is generated data: load it when first asked for.
    if name == "OPERATIONS":
        from ._registry import operations

        return operations()
    if name == "models":  # `trenz_async.models.X` without importing the subpackage first
        import importlib

        return importlib.import_module(".models", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
