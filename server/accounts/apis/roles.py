"""Roles administration: staff read them, roles.manage holders change them."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import Role
from accounts.selectors import role_get, role_list
from accounts.services.roles import role_check_manageable, role_create, role_delete, role_update
from core.access import require_permission, require_staff
from core.choices import choices_of
from core.parsing import StrictSerializer, parse, refuse_query_parameters
from core.schema import problem_responses
from core.text import SingleLineField
from shared_schemas.enums import Permission, RoleAudience


def _permission_list(**kwargs) -> serializers.ListField:
    return serializers.ListField(child=serializers.ChoiceField(choices=choices_of(Permission)), **kwargs)


class RoleSerializer(serializers.ModelSerializer):
    permissions = _permission_list(read_only=True)
    user_count = serializers.IntegerField(read_only=True, help_text="Accounts holding this role.")

    class Meta:
        model = Role
        fields = ["id", "code", "name", "audience", "permissions", "is_builtin", "user_count", "created_at"]
        read_only_fields = fields


class RoleCreateInputSerializer(StrictSerializer):
    code = serializers.SlugField(max_length=50)
    name = SingleLineField(max_length=100)
    audience = serializers.ChoiceField(choices=choices_of(RoleAudience))
    permissions = _permission_list(allow_empty=True)


class RoleUpdateInputSerializer(StrictSerializer):
    name = SingleLineField(max_length=100, required=False)
    permissions = _permission_list(allow_empty=True, required=False)


_RULES = (
    "A client role may hold only client permissions, a staff role never `crm.sync` (400 "
    "`permission_not_allowed`); a service role is never created here (400 `audience_not_allowed`: the "
    "built-in `crm_sync` comes with the API keys); code and audience never change. Nobody gives a role a "
    "permission they do not hold (403 `permission_not_held`)."
)
_WHO_CHANGES = (
    " Nobody changes the role they hold (403 `own_role_not_editable`) or a role holding permissions they "
    "do not have (403 `role_not_manageable`); only an administrator holding every permission changes a "
    "built-in role (403 `builtin_role_protected`)."
)


class RoleCollectionApi(APIView):
    @extend_schema(
        operation_id="roles_list",
        summary="All roles (staff only)",
        responses={200: RoleSerializer(many=True), **problem_responses(401, 403)},
    )
    def get(self, request):
        refuse_query_parameters(request.query_params)
        require_staff(request.user)
        return Response(RoleSerializer(role_list(), many=True).data)

    @extend_schema(
        operation_id="roles_create",
        summary="Create a role",
        description=_RULES,
        request=RoleCreateInputSerializer,
        responses={201: RoleSerializer, **problem_responses(400, 401, 403)},
    )
    def post(self, request):
        require_permission(request.user, Permission.ROLES_MANAGE)
        data = parse(RoleCreateInputSerializer, request.data)
        role = role_create(actor=request.user, **data)
        return Response(RoleSerializer(role_get(role_id=role.pk)).data, status=status.HTTP_201_CREATED)


class RoleDetailApi(APIView):
    @extend_schema(
        operation_id="roles_retrieve",
        summary="One role (staff only)",
        responses={200: RoleSerializer, **problem_responses(401, 403, 404)},
    )
    def get(self, request, role_id: int):
        require_staff(request.user)
        return Response(RoleSerializer(role_get(role_id=role_id)).data)

    @extend_schema(
        operation_id="roles_update",
        summary="Rename a role or change its permissions",
        description=_RULES + _WHO_CHANGES + " The built-in administrator role keeps users.manage and "
        "roles.manage (409 `administrator_permissions_required`).",
        request=RoleUpdateInputSerializer,
        responses={200: RoleSerializer, **problem_responses(400, 401, 403, 404, 409)},
    )
    def patch(self, request, role_id: int):
        require_permission(request.user, Permission.ROLES_MANAGE)
        role = role_get(role_id=role_id)
        role_check_manageable(actor=request.user, role=role)
        data = parse(RoleUpdateInputSerializer, request.data)
        role = role_update(actor=request.user, role=role, **data)
        return Response(RoleSerializer(role_get(role_id=role.pk)).data)

    @extend_schema(
        operation_id="roles_delete",
        summary="Delete a role",
        description="409 `builtin_role` for a built-in role, 409 `role_in_use` while accounts hold it."
        + _WHO_CHANGES,
        responses={204: None, **problem_responses(401, 403, 404, 409)},
    )
    def delete(self, request, role_id: int):
        require_permission(request.user, Permission.ROLES_MANAGE)
        role_delete(actor=request.user, role=role_get(role_id=role_id))
        return Response(status=status.HTTP_204_NO_CONTENT)
