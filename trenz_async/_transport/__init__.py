"""The transport: every request the SDK sends passes here, on one `httpx.AsyncClient`.

The rate limit and in-flight cap (the gate), the retry policy, auth bound to the base
URL's origin, the body's size cap, typed errors and the coins of every answer.
"""

from .gate import RequestGate as RequestGate
from .http import build as build
from .limiter import RateLimit as RateLimit
from .limiter import RateLimiter as RateLimiter
from .limiter import RateLimiterStatistics as RateLimiterStatistics
from .responses import error_from_response as error_from_response
from .responses import malformed as malformed
from .retry import RetryPolicy as RetryPolicy
from .transport import CALL as CALL
from .transport import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES
from .transport import ENVELOPE as ENVELOPE
from .transport import Call as Call
from .transport import TrenzTransport as TrenzTransport
