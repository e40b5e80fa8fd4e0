"""The transport: every request the SDK sends passes here, on one `httpx.AsyncClient`.

One `httpx.AsyncBaseTransport` per concern, each wrapping the next (`http.layers`):
retries, the gate (rate limit, in-flight cap, 429 pauses), coin accounting, auth bound
to the base URL's origin, and the body (one bounded attempt, size cap, typed errors, the
decoded envelope).
"""

from .accounting import AccountingTransport as AccountingTransport
from .auth import RESERVED_HEADERS as RESERVED_HEADERS
from .auth import AuthTransport as AuthTransport
from .body import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES
from .body import BodyTransport as BodyTransport
from .call import BODY as BODY
from .call import CALL as CALL
from .call import ENVELOPE as ENVELOPE
from .call import JOB_ID as JOB_ID
from .call import Call as Call
from .gate import GateTransport as GateTransport
from .gate import RequestGate as RequestGate
from .http import build as build
from .http import layers as layers
from .http import most_in_flight as most_in_flight
from .limiter import RateLimit as RateLimit
from .limiter import RateLimiter as RateLimiter
from .limiter import RateLimiterStatistics as RateLimiterStatistics
from .responses import error_from_response as error_from_response
from .responses import malformed as malformed
from .retry import RetryPolicy as RetryPolicy
from .retry import RetryTransport as RetryTransport
