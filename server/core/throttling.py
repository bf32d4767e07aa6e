"""Rate limits a view applies itself, at the point where it knows the request would create something: a
retry of a create that went through (same idempotency key) is answered whatever the rate, so a desktop
whose answer was lost always gets it back."""

from rest_framework.exceptions import Throttled
from rest_framework.throttling import SimpleRateThrottle


class _PerUser(SimpleRateThrottle):
    def __init__(self, scope: str) -> None:
        self.scope = scope
        super().__init__()

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}


def throttle_per_user(request, scope: str) -> None:
    """Count one `scope` action of the signed-in user against its rate (`DEFAULT_THROTTLE_RATES`, from
    SAV_THROTTLE_*); past it, 429 `rate_limited` with Retry-After."""
    throttle = _PerUser(scope)
    if not throttle.allow_request(request, None):
        raise Throttled(wait=throttle.wait())
