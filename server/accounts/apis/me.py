"""The signed-in user's own account and password."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from accounts.apis.fields import PasswordField, phone_field
from accounts.apis.serializers import MeSerializer, TokenPairSerializer
from accounts.services.auth import password_change
from accounts.services.reset_codes import password_reset_confirm, password_reset_request
from accounts.services.sessions import SESSION_STARTED_CLAIM
from accounts.services.users import me_update
from core.choices import choices_of
from core.parsing import StrictSerializer, parse
from core.schema import problem_responses
from core.text import SingleLineField
from shared_schemas.enums import Language


class MeUpdateInputSerializer(StrictSerializer):
    full_name = SingleLineField(max_length=150, required=False)
    phone = phone_field(required=False)
    language = serializers.ChoiceField(choices=choices_of(Language), required=False)


class PasswordChangeInputSerializer(StrictSerializer):
    current_password = PasswordField()
    new_password = PasswordField()


class PasswordResetInputSerializer(StrictSerializer):
    email = serializers.CharField(max_length=254)


class PasswordResetAcceptedSerializer(serializers.Serializer):
    detail = serializers.CharField(read_only=True)


class PasswordResetConfirmInputSerializer(StrictSerializer):
    email = serializers.CharField(max_length=254)
    code = serializers.RegexField(r"^\d{8}$", error_messages={"invalid": "The code has 8 digits."})
    new_password = PasswordField()


class MeApi(APIView):
    @extend_schema(
        operation_id="me_retrieve",
        summary="The signed-in user, with role and permissions",
        responses={200: MeSerializer, **problem_responses(401)},
    )
    def get(self, request):
        return Response(MeSerializer(request.user).data)

    @extend_schema(
        operation_id="me_update",
        summary="Change one's name, phone or language",
        description="Only these fields; any other key (role, customer, e-mail…) is 400 `unknown_field`.",
        request=MeUpdateInputSerializer,
        responses={200: MeSerializer, **problem_responses(400, 401)},
    )
    def patch(self, request):
        data = parse(MeUpdateInputSerializer, request.data)
        user = me_update(actor=request.user, **data)
        return Response(MeSerializer(user).data)


class PasswordChangeApi(APIView):
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "password_change"

    @extend_schema(
        operation_id="password_change",
        summary="Change one's password",
        description=(
            "400 with a `wrong_password` error on `current_password`, or the password rules' errors "
            "on `new_password`. On success every other session ends (their tokens answer 401) "
            "and this answer carries a new pair for this session."
        ),
        request=PasswordChangeInputSerializer,
        responses={200: TokenPairSerializer, **problem_responses(400, 401, 429)},
    )
    def post(self, request):
        data = parse(PasswordChangeInputSerializer, request.data)
        started_at = request.auth.get(SESSION_STARTED_CLAIM) if request.auth is not None else None
        tokens = password_change(
            actor=request.user,
            current_password=data["current_password"],
            new_password=data["new_password"],
            session_started_at=started_at if isinstance(started_at, int) else None,
        )
        return Response(TokenPairSerializer(tokens).data)


class PasswordResetApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "password_reset"

    @extend_schema(
        operation_id="password_reset_request",
        summary="E-mail a password-reset code",
        description=(
            "Always 202 with the same body, whether or not an account uses the address. An active "
            "account receives an 8-digit code valid SAV_PASSWORD_RESET_MINUTES; earlier codes die."
        ),
        request=PasswordResetInputSerializer,
        responses={202: PasswordResetAcceptedSerializer, **problem_responses(400, 429)},
    )
    def post(self, request):
        data = parse(PasswordResetInputSerializer, request.data)
        password_reset_request(email=data["email"])
        body = {"detail": "If an account uses this address, a code has been sent to it."}
        return Response(PasswordResetAcceptedSerializer(body).data, status=status.HTTP_202_ACCEPTED)


class PasswordResetConfirmApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ScopedRateThrottle,)
    throttle_scope = "password_reset"

    @extend_schema(
        operation_id="password_reset_confirm",
        summary="Set a new password with an e-mailed code",
        description=(
            "Also how an invited user chooses a first password. 400 `reset_code_invalid` for a "
            "wrong, expired or used code or an unknown address (a code dies after 5 wrong tries); "
            "400 `validation_error` with errors on `new_password` when the password is too weak "
            "(the code is then still usable). On success every session of the account ends."
        ),
        request=PasswordResetConfirmInputSerializer,
        responses={204: None, **problem_responses(400, 429)},
    )
    def post(self, request):
        data = parse(PasswordResetConfirmInputSerializer, request.data)
        password_reset_confirm(email=data["email"], code=data["code"], new_password=data["new_password"])
        return Response(status=status.HTTP_204_NO_CONTENT)
