"""Sign-in, session restore, sign-out and passwords: one async function per user action.

They call the API, keep the refresh token in the keyring (updated at every rotation, since a
rotated token is single-use) and update the SessionStore; they never touch a widget."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from desktop.api.client import ApiClient, Tokens, normalise_server_url
from desktop.api.errors import ApiError, OfflineError, SessionExpired
from desktop.auth.token_store import SecureStorageUnavailable
from shared_schemas.accounts import LoginResult, Me, TokenPair

if TYPE_CHECKING:
    from desktop.context import AppContext


class SignInOutcome:
    """What the sign-in screen needs to tell the user beyond success."""

    def __init__(self, user: Me, *, keyring_unavailable: bool = False) -> None:
        self.user = user
        self.keyring_unavailable = keyring_unavailable


def _remember_rotations(ctx: AppContext, api: ApiClient, email: str, remember: bool) -> None:
    async def store(tokens: Tokens) -> None:
        if remember and ctx.token_store.is_available():
            ctx.token_store.save(api.server_url, email, tokens.refresh)

    api.on_tokens_changed(store)


async def sign_in(
    ctx: AppContext, *, server_url: str, email: str, password: str, stay_signed_in: bool
) -> SignInOutcome:
    email = email.strip().lower()
    api = ApiClient(server_url)
    try:
        body = await api.request("POST", "auth/login", json={"email": email, "password": password}, authenticated=False)
    except BaseException:
        await api.close()
        raise
    result = LoginResult.model_validate(body)
    keyring_unavailable = False
    remember = stay_signed_in
    if stay_signed_in:
        try:
            ctx.token_store.save(api.server_url, email, result.refresh)
        except SecureStorageUnavailable:
            keyring_unavailable, remember = True, False
    else:
        ctx.token_store.clear(api.server_url, email)
    await _open_session(ctx, api, email=email, remember=remember, tokens=result, user=result.user)
    return SignInOutcome(result.user, keyring_unavailable=keyring_unavailable)


async def restore_session(ctx: AppContext) -> Me | None:
    """Signs in again from the keyring at start-up; None when there is nothing to restore."""
    settings = ctx.settings
    if not settings.stay_signed_in or not settings.last_email:
        return None
    try:
        server_url = normalise_server_url(settings.server_url)
    except ApiError:
        return None
    refresh = ctx.token_store.load(server_url, settings.last_email)
    if not refresh:
        return None
    api = ApiClient(server_url)
    try:
        body = await api.request("POST", "auth/refresh", json={"refresh": refresh}, authenticated=False)
        pair = TokenPair.model_validate(body)
        await api.set_tokens(pair.access, pair.refresh)
        ctx.token_store.save(server_url, settings.last_email, pair.refresh)
        user = Me.model_validate(await api.get("me"))
    except OfflineError:
        await api.close()
        raise
    except ApiError:
        await api.close()
        ctx.token_store.clear(server_url, settings.last_email)
        return None
    await _open_session(ctx, api, email=settings.last_email, remember=True, tokens=pair, user=user)
    return user


async def _open_session(
    ctx: AppContext, api: ApiClient, *, email: str, remember: bool, tokens: TokenPair, user: Me
) -> None:
    if ctx.has_api:
        await ctx.detach_api()
    await api.set_tokens(tokens.access, tokens.refresh)
    _remember_rotations(ctx, api, email, remember)
    ctx.settings.server_url = api.server_url
    ctx.settings.last_email = email
    ctx.settings.stay_signed_in = remember
    ctx.settings.sync()
    ctx.attach_api(api)
    ctx.session.set_signed_in(user, api.server_url)


async def sign_out(ctx: AppContext, *, reason: str = "") -> None:
    """Ends the session on the server (best effort when offline) and forgets the token."""
    if ctx.has_api:
        api = ctx.api
        if api.tokens.refresh and reason != "session_expired":
            # Offline or already revoked: the local session ends all the same.
            with contextlib.suppress(ApiError):
                await api.post("auth/logout", {"refresh": api.tokens.refresh})
        ctx.token_store.clear(api.server_url, ctx.settings.last_email)
        api.clear_tokens()
        await ctx.detach_api()
    ctx.settings.stay_signed_in = False
    ctx.settings.sync()
    ctx.session.set_signed_out(reason)


async def session_expired(ctx: AppContext) -> None:
    await sign_out(ctx, reason="session_expired")


async def change_password(ctx: AppContext, *, current_password: str, new_password: str) -> None:
    """The server ends every earlier token of the user, this session's too, and answers with a new
    pair for this session: the API client takes it (and the keyring with it) before any refresh,
    so the push channel it closed reconnects with the new pair."""
    await ctx.api.renew_tokens(
        "auth/password/change", {"current_password": current_password, "new_password": new_password}
    )


async def request_password_reset(*, server_url: str, email: str) -> None:
    api = ApiClient(server_url)
    try:
        await api.request("POST", "auth/password/reset", json={"email": email.strip().lower()}, authenticated=False)
    finally:
        await api.close()


async def confirm_password_reset(*, server_url: str, email: str, code: str, new_password: str) -> None:
    api = ApiClient(server_url)
    try:
        await api.request(
            "POST",
            "auth/password/reset/confirm",
            json={"email": email.strip().lower(), "code": code.strip(), "new_password": new_password},
            authenticated=False,
        )
    finally:
        await api.close()


async def reload_me(ctx: AppContext) -> Me:
    user = Me.model_validate(await ctx.api.get("me"))
    ctx.session.set_user(user)
    return user


__all__ = [
    "SessionExpired",
    "SignInOutcome",
    "change_password",
    "confirm_password_reset",
    "reload_me",
    "request_password_reset",
    "restore_session",
    "session_expired",
    "sign_in",
    "sign_out",
]
