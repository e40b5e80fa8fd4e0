"""Support for every layer: keeping secrets out of text, and the SDK's logger."""

from .logs import configure_from_env as configure_from_env
from .redact import readable as readable
from .redact import redact as redact
from .redact import redact_secrets as redact_secrets
from .redact import redacted_response as redacted_response
from .redact import register_secret as register_secret
