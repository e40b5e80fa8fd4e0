"""One call: validate, pay once, estimate, reserve, journal, send, parse, settle.

The generated facade (`resources/`) and `client.call()` enter here.
"""

from .cache import CacheStatistics as CacheStatistics
from .cache import ReadCache as ReadCache
from .invoke import invoke as invoke
from .invoke import invoke_prepared as invoke_prepared
from .options import RequestOptions as RequestOptions
from .pagination import DEFAULT as DEFAULT
from .pagination import AsyncPager as AsyncPager
from .pagination import operation_of as operation_of
from .pagination import pages as pages
from .pagination import paginate as paginate
from .polls import fetch_status as fetch_status
from .raw import RawResponse as RawResponse
from .raw import RawResponses as RawResponses
from .raw import async_to_raw_response_wrapper as async_to_raw_response_wrapper
from .resource import Resource as Resource
from .runtime import ClientCore as ClientCore
from .runtime import Runtime as Runtime
