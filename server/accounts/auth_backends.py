def axes_username(request, credentials) -> str | None:
    """django-axes keys lockouts on the normalised e-mail (with the IP address)."""
    raw = (credentials or {}).get("username") or (credentials or {}).get("email")
    if raw is None and request is not None:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        raw = data.get("email") if hasattr(data, "get") else None
    return raw.strip().lower() if isinstance(raw, str) else None
