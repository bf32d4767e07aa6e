"""Sign-in, token refresh and sign-out."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from accounts.apis.fields import PasswordField
from accounts.apis.serializers import MeSerializer, TokenPairSerializer
from accounts.services.auth import auth_login
from accounts.services.sessions import session_refresh, session_sign_out
from core.parsing import StrictSerializer, parse
from core.schema import problem_responses


class LoginInputSerializer(StrictSerializer):
    email = serializers.CharField(max_length=254)
    password = PasswordField()


class LoginOutputSerializer(TokenPairSerializer):
    user = MeSerializer(read_only=True)


class RefreshInputSerializer(StrictSerializer):
    refresh = serializers.CharField()


class LogoutInputSerializer(StrictSerializer):
    refresh = serializers.CharField(required=False)
    all_sessions = serializers.BooleanField(default=False)

    def validate(self, attrs):
        if not attrs.get("refresh") and not attrs["all_sessions"]:
            raise serializers.ValidationError(
                {"refresh": ["Give the refresh token to end, or all_sessions=true."]}, code="required"
            )
        return attrs


class LoginApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "auth_login"

    @extend_schema(
        operation_id="auth_login",
        summary="Sign in with e-mail and password",
        description=(
            "Returns a JWT pair and the signed-in user. Wrong e-mail, wrong password and "
            "deactivated account all answer 401 `invalid_credentials`; the right password of a "
            "client whose customer is deactivated answers 403 `customer_inactive`. After too many "
            "failures for one e-mail from one address, 429 `account_locked` until the cool-off ends."
        ),
        request=LoginInputSerializer,
        responses={200: LoginOutputSerializer, **problem_responses(400, 401, 403, 429)},
    )
    def post(self, request):
        data = parse(LoginInputSerializer, request.data)
        user, tokens = auth_login(request=request._request, email=data["email"], password=data["password"])
        body = {"access": tokens.access, "refresh": tokens.refresh, "user": user}
        return Response(LoginOutputSerializer(body).data)


class RefreshApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "auth_refresh"

    @extend_schema(
        operation_id="auth_refresh",
        summary="Exchange a refresh token for a new pair",
        description=(
            "A refresh token is single-use: the answer holds a new refresh token and the old one "
            "is dead, even if two refreshes race. 401 `token_not_valid` when the token is "
            "invalid, expired, already used, revoked by a password change or a sign-out, its account "
            "or its customer deactivated, or its session older than SAV_SESSION_MAX_DAYS."
        ),
        request=RefreshInputSerializer,
        responses={200: TokenPairSerializer, **problem_responses(400, 401, 429)},
    )
    def post(self, request):
        data = parse(RefreshInputSerializer, request.data)
        tokens = session_refresh(refresh=data["refresh"])
        return Response(TokenPairSerializer(tokens).data)


class LogoutApi(APIView):
    @extend_schema(
        operation_id="auth_logout",
        summary="Sign out this session, or every session",
        description=(
            "Ends the session of `refresh`, or every session of the caller with "
            "`all_sessions: true`: their refresh and access tokens are refused from now on, and so "
            "is the access token of this request; their push channels close (4401). Always 204: a "
            "refresh token that is invalid, already ended or another user's is ignored."
        ),
        request=LogoutInputSerializer,
        responses={204: None, **problem_responses(400, 401)},
    )
    def post(self, request):
        data = parse(LogoutInputSerializer, request.data)
        session_sign_out(
            actor=request.user, access=request.auth, refresh=data.get("refresh"), all_sessions=data["all_sessions"]
        )
        return Response(status=status.HTTP_204_NO_CONTENT)
