"""One verifying TLS context per process, shared by every client built with the defaults.

Building a verifying `ssl.SSLContext` loads the whole CA bundle: about 50 ms of CPU,
which httpx pays for every transport it is not handed a context for. A process with a
client per tenant would pay it once per tenant (2.9 s for 50 clients, measured by
bench/tenants.py's profile). A context is safe to share between connections and clients;
it is built the way httpx builds its default (`httpx.create_ssl_context`), once per
certificate environment, so `SSL_CERT_FILE` / `SSL_CERT_DIR` still apply with
`trust_env=True`.
"""

from __future__ import annotations

import functools
import os
import ssl

import httpx


def default_context(*, trust_env: bool) -> ssl.SSLContext:
    """The shared context for `verify=True`, as httpx would build it for `trust_env`."""
    if not trust_env:
        return _context(False, None, None)
    return _context(True, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.lru_cache(maxsize=8)
def _context(trust_env: bool, cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # The variables are part of the key only: httpx reads them from the environment.
    del cert_file, cert_dir
    return httpx.create_ssl_context(trust_env=trust_env)
