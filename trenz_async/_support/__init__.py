"""Support for every layer: keeping secrets out of text, and the SDK's logger."""

from .logs import configure_from_env as configure_from_env
from .numbers import check_number as check_number
from .numbers import check_timeout as check_timeout
from .numbers import check_whole as check_whole
from .numbers import number as number
from .numbers import whole as whole
from .redact import readable as readable
from .redact import redact as redact
from .redact import redacted_response as redacted_response
from .redact import register_secret as register_secret
