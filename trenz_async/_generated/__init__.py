# generated from openapi.json by codegen; do not edit
"""A client library for accessing Trenz Open Platform API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
