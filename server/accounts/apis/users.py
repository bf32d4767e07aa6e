"""Users administration (permission users.manage)."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.apis.fields import PasswordField, phone_field
from accounts.apis.serializers import UserSerializer
from accounts.models import Role
from accounts.selectors import USER_ORDERINGS, UserFilters, user_get, user_list
from accounts.services.users import user_create, user_deactivate, user_reactivate, user_update
from core.access import require_permission
from core.choices import choices_of
from core.ids import id_field
from core.pagination import keyset_page, page_size_from
from core.parsing import StrictQuerySerializer, StrictSerializer, parse
from core.schema import problem_responses
from core.text import SingleLineField
from crm.models import Contact, Customer
from shared_schemas.enums import Language, Permission, RoleAudience


class UserListQuerySerializer(StrictQuerySerializer):
    role = serializers.SlugField(required=False, help_text="Role code.")
    audience = serializers.ChoiceField(choices=choices_of(RoleAudience), required=False)
    customer = id_field(required=False, help_text="Customer id.")
    is_active = serializers.BooleanField(required=False, allow_null=True, default=None)
    q = serializers.CharField(required=False, max_length=100, help_text="Part of the name or e-mail.")
    ordering = serializers.ChoiceField(choices=list(USER_ORDERINGS), default="full_name")
    cursor = serializers.CharField(required=False, allow_blank=True)
    page_size = serializers.CharField(required=False, allow_blank=True)


class UserCreateInputSerializer(StrictSerializer):
    email = serializers.EmailField(max_length=254)
    full_name = SingleLineField(max_length=150)
    role = serializers.SlugRelatedField(slug_field="code", queryset=Role.objects.all())
    customer = serializers.PrimaryKeyRelatedField(
        queryset=Customer.objects.all(), required=False, allow_null=True,
        help_text="Required for a client role, forbidden for a staff role.",
    )
    contact = serializers.PrimaryKeyRelatedField(
        queryset=Contact.objects.all(), required=False, allow_null=True,
        help_text="A contact of that customer, optional.",
    )
    phone = phone_field(required=False)
    language = serializers.ChoiceField(choices=choices_of(Language), required=False)
    password = PasswordField(
        required=False,
        help_text="Without it, the user receives an e-mail invitation with a code to choose one.",
    )


class UserUpdateInputSerializer(StrictSerializer):
    full_name = SingleLineField(max_length=150, required=False)
    phone = phone_field(required=False)
    language = serializers.ChoiceField(choices=choices_of(Language), required=False)
    role = serializers.SlugRelatedField(slug_field="code", queryset=Role.objects.all(), required=False)
    customer = serializers.PrimaryKeyRelatedField(
        queryset=Customer.objects.all(), required=False, allow_null=True
    )
    contact = serializers.PrimaryKeyRelatedField(
        queryset=Contact.objects.all(), required=False, allow_null=True
    )


UserPageSerializer = inline_serializer(
    "UserPage",
    {
        "results": UserSerializer(many=True, read_only=True),
        "next_cursor": serializers.CharField(allow_null=True, read_only=True),
    },
)

_LIST_PARAMETERS = [
    OpenApiParameter("role", str, description="Role code"),
    OpenApiParameter("audience", str, enum=[a.value for a in RoleAudience]),
    OpenApiParameter("customer", int, description="Customer id"),
    OpenApiParameter("is_active", bool),
    OpenApiParameter("q", str, description="Part of the name or e-mail (case-insensitive)"),
    OpenApiParameter("ordering", str, enum=list(USER_ORDERINGS), default="full_name"),
    OpenApiParameter("cursor", str, description="`next_cursor` of the previous page"),
    OpenApiParameter("page_size", int),
]


class UserCollectionApi(APIView):
    @extend_schema(
        operation_id="users_list",
        summary="List accounts",
        parameters=_LIST_PARAMETERS,
        responses={200: UserPageSerializer, **problem_responses(400, 401, 403)},
    )
    def get(self, request):
        require_permission(request.user, Permission.USERS_MANAGE)
        query = parse(UserListQuerySerializer, request.query_params)
        filters = UserFilters(
            role=query.get("role"), audience=query.get("audience"), customer=query.get("customer"),
            is_active=query.get("is_active"), q=query.get("q"),
        )
        page = keyset_page(
            user_list(filters=filters),
            ordering=USER_ORDERINGS[query["ordering"]],
            cursor=query.get("cursor"),
            size=page_size_from(query.get("page_size")),
        )
        return Response(
            {"results": UserSerializer(page.items, many=True).data, "next_cursor": page.next_cursor}
        )

    @extend_schema(
        operation_id="users_create",
        summary="Create an account",
        description=(
            "A client role needs `customer` (and optionally one of its `contact`s); a staff role "
            "takes neither and gets an agent profile. Without `password` an invitation e-mail "
            "carries a code to choose one (POST auth/password/reset/confirm)."
        ),
        request=UserCreateInputSerializer,
        responses={201: UserSerializer, **problem_responses(400, 401, 403)},
    )
    def post(self, request):
        require_permission(request.user, Permission.USERS_MANAGE)
        data = parse(UserCreateInputSerializer, request.data)
        user = user_create(actor=request.user, **data)
        return Response(UserSerializer(user).data, status=status.HTTP_201_CREATED)


class UserDetailApi(APIView):
    @extend_schema(
        operation_id="users_retrieve",
        summary="One account",
        responses={200: UserSerializer, **problem_responses(401, 403, 404)},
    )
    def get(self, request, user_id: int):
        require_permission(request.user, Permission.USERS_MANAGE)
        return Response(UserSerializer(user_get(user_id=user_id)).data)

    @extend_schema(
        operation_id="users_update",
        summary="Change an account",
        description=(
            "Moving to a staff role clears customer and contact; moving to a client role needs a "
            "customer. 409 `cannot_change_own_role` for one's own role."
        ),
        request=UserUpdateInputSerializer,
        responses={200: UserSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request, user_id: int):
        require_permission(request.user, Permission.USERS_MANAGE)
        data = parse(UserUpdateInputSerializer, request.data)
        user = user_update(actor=request.user, user=user_get(user_id=user_id), **data)
        return Response(UserSerializer(user).data)


class UserDeactivateApi(APIView):
    @extend_schema(
        operation_id="users_deactivate",
        summary="Deactivate an account",
        description=(
            "Its sessions end at once (refresh tokens blacklisted, access tokens refused). "
            "409 `cannot_deactivate_self`. Deactivating an inactive account changes nothing."
        ),
        request=None,
        responses={200: UserSerializer, **problem_responses(401, 403, 404, 409)},
    )
    def post(self, request, user_id: int):
        require_permission(request.user, Permission.USERS_MANAGE)
        user = user_deactivate(actor=request.user, user=user_get(user_id=user_id))
        return Response(UserSerializer(user).data)


class UserReactivateApi(APIView):
    @extend_schema(
        operation_id="users_reactivate",
        summary="Reactivate an account",
        request=None,
        responses={200: UserSerializer, **problem_responses(401, 403, 404)},
    )
    def post(self, request, user_id: int):
        require_permission(request.user, Permission.USERS_MANAGE)
        user = user_reactivate(actor=request.user, user=user_get(user_id=user_id))
        return Response(UserSerializer(user).data)
