"""Ticket categories: everyone reads them, administrators (categories.manage) edit them."""

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from core.access import require_permission
from core.parsing import parse, refuse_query_parameters
from core.schema import problem_responses
from shared_schemas.enums import Permission
from tickets.selectors.categories import categories_for, category_get
from tickets.serializers.categories import (
    CategoryCreateSerializer,
    CategorySerializer,
    CategoryUpdateSerializer,
)
from tickets.services.categories import category_create, category_update


class CategoryCollectionApi(APIView):
    @extend_schema(
        operation_id="categories_list",
        summary="Categories by position (clients: active ones only)",
        responses={200: CategorySerializer(many=True), **problem_responses(401)},
    )
    def get(self, request):
        refuse_query_parameters(request.query_params)
        return Response(CategorySerializer(categories_for(request.user), many=True).data)

    @extend_schema(
        operation_id="categories_create",
        summary="Add a category",
        request=CategoryCreateSerializer,
        responses={201: CategorySerializer, **problem_responses(400, 401, 403)},
    )
    def post(self, request):
        require_permission(request.user, Permission.CATEGORIES_MANAGE)
        data = parse(CategoryCreateSerializer, request.data)
        category = category_create(actor=request.user, **data)
        return Response(CategorySerializer(category).data, status=status.HTTP_201_CREATED)


class CategoryApi(APIView):
    @extend_schema(
        operation_id="categories_update",
        summary="Rename, describe, reorder or (de)activate a category",
        request=CategoryUpdateSerializer,
        responses={200: CategorySerializer, **problem_responses(400, 401, 403, 404)},
    )
    def patch(self, request, category_id: int):
        require_permission(request.user, Permission.CATEGORIES_MANAGE)
        data = parse(CategoryUpdateSerializer, request.data)
        category = category_update(actor=request.user, category=category_get(category_id), **data)
        return Response(CategorySerializer(category).data)
