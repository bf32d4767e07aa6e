from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.utils import get_md5_hash_password

from core.revocation import is_revoked


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
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError as exc:
            raise InvalidToken(_("Token contained no recognizable user identification")) from exc
        user = (
            self.user_model.objects.select_related("role", "customer")
            .filter(**{api_settings.USER_ID_FIELD: user_id})
            .first()
        )
        if user is None:
            raise AuthenticationFailed(_("User not found"), code="user_not_found")
        if not user.is_active:
            raise AuthenticationFailed(_("User is inactive"), code="user_inactive")
        if user.customer is not None and not user.customer.is_active:
            raise AuthenticationFailed(_("The user's customer is inactive"), code="customer_inactive")
        if validated_token.get(api_settings.REVOKE_TOKEN_CLAIM) != get_md5_hash_password(
            user.password
        ):
            raise AuthenticationFailed(_("The user's password has been changed."), code="password_changed")
        return user


class UserJWTAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "core.authentication.UserJWTAuthentication"
    name = "jwtAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
