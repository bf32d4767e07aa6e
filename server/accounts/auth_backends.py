from django.conf import settings


def axes_username(request, credentials) -> str | None:
    """django-axes keys lockouts on the normalised e-mail (with the IP address)."""
    raw = (credentials or {}).get("username") or (credentials or {}).get("email")
    if raw is None and request is not None:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        raw = data.get("email") if hasattr(data, "get") else None
    return raw.strip().lower() if isinstance(raw, str) else None


def client_ip(request) -> str | None:
    """The client's address as DRF's throttles see it with NUM_PROXIES = SAV_PROXY_COUNT:
    REMOTE_ADDR without a proxy; behind N trusted proxies, the N-th address from the right of
    X-Forwarded-For (the one the outermost trusted proxy saw). Client-written entries further left
    are never trusted. For django-axes (AXES_CLIENT_IP_CALLABLE), which ignores its proxy count
    unless django-ipware is installed."""
    remote = request.META.get("REMOTE_ADDR")
    proxies = settings.AXES_IPWARE_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    addresses = [address.strip() for address in forwarded.split(",") if address.strip()]
    if not proxies or not addresses:
        return remote
    return addresses[-min(proxies, len(addresses))]
