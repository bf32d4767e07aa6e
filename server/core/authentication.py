import time
from collections.abc import Sequence

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import Token
from rest_framework_simplejwt.utils import get_md5_hash_password

from core.revocation import is_revoked, revoked_among
from shared_schemas.enums import RoleAudience


class UserJWTAuthentication(JWTAuthentication):
    """simplejwt's checks (active user, token revoked by a password change), with the user's
    role and customer loaded in the same query, so a deactivated customer shuts its users out at
    no extra cost; and tokens revoked by a sign-out (`core.revocation`, one cache call)."""

    def get_validated_token(self, raw_token):
        token = super().get_validated_token(raw_token)
        if is_revoked(token):
            raise InvalidToken(_("Token has been revoked by a sign-out"))
        return token

    def get_user(self, validated_token):
        user = (
            self.user_model.objects.select_related("role", "customer")
            .filter(**{api_settings.USER_ID_FIELD: _user_id_of(validated_token)})
            .first()
        )
        check_user(user, validated_token)
        return user


def _user_id_of(validated_token: Token):
    try:
        return validated_token[api_settings.USER_ID_CLAIM]
    except KeyError as exc:
        raise InvalidToken(_("Token contained no recognizable user identification")) from exc


def check_user(user, validated_token: Token) -> None:
    """Refuses a token whose user is gone or inactive, whose customer is inactive, that a service account
    holds, or that was issued before the user's password changed."""
    if user is None:
        raise AuthenticationFailed(_("User not found"), code="user_not_found")
    if not user.is_active:
        raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
    if user.customer is not None and not user.customer.is_active:
        raise AuthenticationFailed(_("The user's customer is inactive"), code="customer_inactive")
    if user.role.audience == RoleAudience.SERVICE:
        # A service account calls the push API with its API key, never with a person's token.
        raise AuthenticationFailed(_("A service account signs in with its API key"), code="service_account")
    if validated_token.get(api_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(user.password):
        raise AuthenticationFailed(_("The user's password has been changed."), code="password_changed")


def sessions_over(tokens: Sequence[Token]) -> list[bool]:
    """For each validated access token, whether a request carrying it would now be refused (expired,
    revoked, or `check_user`): for many tokens at once in one query and one cache call (the push
    channels' periodic check)."""
    revoked = revoked_among(tokens)
    user_ids = [_as_pk(token.get(api_settings.USER_ID_CLAIM)) for token in tokens]
    users = get_user_model().objects.select_related("role", "customer").in_bulk(
        {pk for pk in user_ids if pk is not None}
    )
    now = time.time()
    over = []
    for token, user_id, is_revoked_ in zip(tokens, user_ids, revoked, strict=True):
        try:
            check_user(users.get(user_id), token)
        except AuthenticationFailed:
            over.append(True)
            continue
        over.append(is_revoked_ or float(token["exp"]) <= now)
    return over


def _as_pk(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class UserJWTAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "core.authentication.UserJWTAuthentication"
    name = "jwtAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
