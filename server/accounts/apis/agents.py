"""Agents: the staff a ticket can be assigned to, with availability, categories and cost."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.models import AgentCostRate, User
from accounts.selectors import agent_cost_rates, agent_get, agent_list, agent_profile_get
from accounts.services.agents import agent_update
from core.access import require_permission, require_staff
from core.choices import choices_of
from core.ids import id_field
from core.parsing import StrictQuerySerializer, StrictSerializer, parse, refuse_query_parameters
from core.schema import problem_responses
from shared_schemas.enums import Availability, Permission
from tickets.models import Category

_AVAILABILITIES = choices_of(Availability)


class CategorySummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "name"]
        read_only_fields = fields


class AgentSerializer(serializers.ModelSerializer):
    role_code = serializers.CharField(source="role.code", read_only=True)
    availability = serializers.ChoiceField(
        choices=_AVAILABILITIES, source="agent_profile.availability", read_only=True
    )
    categories = CategorySummarySerializer(source="agent_profile.categories", many=True, read_only=True)
    current_hourly_cost = serializers.DecimalField(
        # Not read-only, so that the schema does not list it as always present.
        max_digits=8, decimal_places=2, allow_null=True, required=False,
        help_text="Only for holders of users.manage (absent otherwise); null when no rate was ever set.",
    )

    class Meta:
        model = User
        fields = ["id", "full_name", "email", "role_code", "availability", "categories", "current_hourly_cost"]
        read_only_fields = fields

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if not self.context.get("show_cost"):
            data.pop("current_hourly_cost")
        return data


class UserRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "full_name"]
        read_only_fields = fields


class AgentCostRateSerializer(serializers.ModelSerializer):
    created_by = UserRefSerializer(allow_null=True, read_only=True)

    class Meta:
        model = AgentCostRate
        fields = ["id", "hourly_cost", "currency", "valid_from", "created_by"]
        read_only_fields = fields


class AgentListQuerySerializer(StrictQuerySerializer):
    category = id_field(required=False)
    availability = serializers.ChoiceField(choices=_AVAILABILITIES, required=False)


class AgentUpdateInputSerializer(StrictSerializer):
    availability = serializers.ChoiceField(choices=_AVAILABILITIES, required=False)
    hourly_cost = serializers.DecimalField(max_digits=8, decimal_places=2, min_value=0, required=False)
    categories = serializers.ListField(
        child=id_field(), allow_empty=True, max_length=200, required=False
    )


def _context(user: User) -> dict:
    return {"show_cost": user.has_permission(Permission.USERS_MANAGE)}


class AgentCollectionApi(APIView):
    @extend_schema(
        operation_id="agents_list",
        summary="Active agents (staff only), e.g. for the assignment list",
        parameters=[
            OpenApiParameter("category", int, description="Agents handling this category"),
            OpenApiParameter("availability", str, enum=[a.value for a in Availability]),
        ],
        responses={200: AgentSerializer(many=True), **problem_responses(400, 401, 403)},
    )
    def get(self, request):
        require_staff(request.user)
        query = parse(AgentListQuerySerializer, request.query_params)
        agents = agent_list(**query)
        return Response(AgentSerializer(agents, many=True, context=_context(request.user)).data)


class AgentDetailApi(APIView):
    @extend_schema(
        operation_id="agents_update",
        summary="Change an agent's availability, categories or hourly cost",
        description=(
            "An agent may change their own availability; anything else, or another agent, needs "
            "users.manage. A new hourly cost is a new rate valid from now: history is never rewritten."
        ),
        request=AgentUpdateInputSerializer,
        responses={200: AgentSerializer, **problem_responses(400, 401, 403, 404)},
    )
    def patch(self, request, user_id: int):
        require_staff(request.user)
        data = parse(AgentUpdateInputSerializer, request.data)
        agent_update(actor=request.user, profile=agent_profile_get(user_id=user_id), **data)
        return Response(AgentSerializer(agent_get(user_id=user_id), context=_context(request.user)).data)


class AgentCostRatesApi(APIView):
    @extend_schema(
        operation_id="agents_cost_rates_list",
        summary="Hourly cost history of an agent, newest first",
        responses={200: AgentCostRateSerializer(many=True), **problem_responses(401, 403, 404)},
    )
    def get(self, request, user_id: int):
        refuse_query_parameters(request.query_params)
        require_permission(request.user, Permission.USERS_MANAGE)
        rates = agent_cost_rates(profile=agent_profile_get(user_id=user_id))
        return Response(AgentCostRateSerializer(rates, many=True).data)
