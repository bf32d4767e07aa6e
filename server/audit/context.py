"""The client address of the request being served, for the audit rows its services write.

A `ContextVar`, set by `ClientAddressMiddleware` around each request, so services record it without
being handed the request (and jobs or commands, which serve no request, record none)."""

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from accounts.auth_backends import client_ip

_client_address: ContextVar[str | None] = ContextVar("audit_client_address", default=None)


def client_address() -> str | None:
    return _client_address.get()


@contextmanager
def client_address_set(address: str | None) -> Iterator[None]:
    """Within the block, audit rows carry `address` (None when it is not an IP address: a proxy may
    forward anything)."""
    try:
        address = str(ipaddress.ip_address(address)) if address else None
    except ValueError:
        address = None
    token = _client_address.set(address)
    try:
        yield
    finally:
        _client_address.reset(token)


class ClientAddressMiddleware:
    """The address as the throttles and django-axes see it: REMOTE_ADDR, or behind SAV_PROXY_COUNT
    trusted proxies the address the outermost of them saw (`accounts.auth_backends.client_ip`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with client_address_set(client_ip(request)):
            return self.get_response(request)
