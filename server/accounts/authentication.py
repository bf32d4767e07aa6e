"""`Authorization: Api-Key sav_<prefix>_<secret>`: how the CRM's service accounts call the push API.

Only the views that name this class accept it (the push API, `crm/push/…`): an API key opens nothing
else, and people's tokens do not open the push API. Everything else about keys is in
`accounts.services.api_keys`."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header

from accounts.services.api_keys import ApiKeyRefused, api_key_check

KEYWORD = b"api-key"


class ApiKeyAuthentication(BaseAuthentication):
    def authenticate(self, request):
        parts = get_authorization_header(request).split()
        if not parts or parts[0].lower() != KEYWORD:
            return None  # another scheme, or none: not authenticated here (401)
        try:
            api_key = api_key_check(b" ".join(parts[1:]).decode("ascii", errors="replace"))
        except ApiKeyRefused as refused:
            # DRF's own exception, so that the answer carries WWW-Authenticate.
            raise exceptions.AuthenticationFailed({"detail": refused.detail, "code": refused.code}) from refused
        return api_key.user, api_key

    def authenticate_header(self, request) -> str:
        return 'Api-Key realm="api"'


class ApiKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.ApiKeyAuthentication"
    name = "apiKeyAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Api-Key sav_<prefix>_<secret>`: a key created in Administration → CRM (crm.manage).",
        }
