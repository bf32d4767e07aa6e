"""Administration → CRM endpoints (crm.manage), one class per URL: access → parse → one service or
selector → output serializer."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.selectors import api_key_get, api_key_list
from accounts.services.api_keys import api_key_create, api_key_revoke
from core.access import require_permission
from core.parsing import ensure_empty_body, parse, refuse_query_parameters
from core.schema import problem_responses
from crm.selectors import page_size
from crm.serializers import PageQuery
from crm.sync.pull.connector import pull_request
from crm.sync_admin import selectors
from crm.sync_admin.serializers import (
    ApiKeyCreatedOut,
    ApiKeyCreateIn,
    ApiKeyOut,
    CrmStatusOut,
    SyncRunCreateIn,
    SyncRunDetailOut,
    SyncRunOut,
    SyncRunPageOut,
)
from shared_schemas.enums import Permission

TAGS = ["crm sync"]
RUN_ID = OpenApiParameter("run_id", int, OpenApiParameter.PATH)
API_KEY_ID = OpenApiParameter("api_key_id", int, OpenApiParameter.PATH)


class CrmStatusApi(APIView):
    @extend_schema(
        operation_id="crm_status",
        summary="Where the CRM link stands (crm.manage)",
        tags=TAGS,
        responses={200: CrmStatusOut, **problem_responses(400, 401, 403)},
    )
    def get(self, request: Request) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        refuse_query_parameters(request.query_params)
        return Response(CrmStatusOut(selectors.crm_status()).data)


class SyncRunsApi(APIView):
    @extend_schema(
        operation_id="crm_sync_runs_list",
        summary="Sync runs, newest first, pull and push (crm.manage)",
        tags=TAGS,
        parameters=[PageQuery],
        responses={200: SyncRunPageOut, **problem_responses(400, 401, 403)},
    )
    def get(self, request: Request) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        params = parse(PageQuery, request.query_params)
        page = selectors.sync_run_page(cursor=params.get("cursor"), size=page_size(params))
        return Response({"results": SyncRunOut(page.items, many=True).data, "next_cursor": page.next_cursor})

    @extend_schema(
        operation_id="crm_sync_runs_create",
        summary="Synchronise now: start a pull in the background (crm.manage)",
        description="Answers the run at once (status `running`); follow it in the runs. 409 "
        "`crm_not_configured` when no CRM database is configured, 409 `crm_sync_running` while one runs.",
        tags=TAGS,
        request=SyncRunCreateIn,
        responses={202: SyncRunOut, **problem_responses(400, 401, 403, 409)},
    )
    def post(self, request: Request) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        data = parse(SyncRunCreateIn, request.data)
        run = pull_request(full=data["full"], actor=request.user)
        return Response(SyncRunOut(run).data, status=status.HTTP_202_ACCEPTED)


class SyncRunApi(APIView):
    @extend_schema(
        operation_id="crm_sync_runs_retrieve",
        summary="One sync run, with the rows it refused (crm.manage)",
        tags=TAGS,
        parameters=[RUN_ID],
        responses={200: SyncRunDetailOut, **problem_responses(401, 403, 404)},
    )
    def get(self, request: Request, run_id: int) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        refuse_query_parameters(request.query_params)
        return Response(SyncRunDetailOut(selectors.sync_run_get(run_id=run_id)).data)


class ApiKeysApi(APIView):
    @extend_schema(
        operation_id="crm_api_keys_list",
        summary="The push API's keys, newest first, revoked ones too (crm.manage)",
        tags=TAGS,
        responses={200: ApiKeyOut(many=True), **problem_responses(400, 401, 403)},
    )
    def get(self, request: Request) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        refuse_query_parameters(request.query_params)
        return Response(ApiKeyOut(api_key_list(), many=True).data)

    @extend_schema(
        operation_id="crm_api_keys_create",
        summary="Create a key for the CRM's push (crm.manage)",
        description="The key comes with its own service account (role « Synchronisation CRM », crm.sync "
        "only, no password). The answer holds the whole key, this once: only its hash is kept.",
        tags=TAGS,
        request=ApiKeyCreateIn,
        responses={201: ApiKeyCreatedOut, **problem_responses(400, 401, 403)},
    )
    def post(self, request: Request) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        data = parse(ApiKeyCreateIn, request.data)
        created = api_key_create(actor=request.user, name=data["name"])
        return Response({**ApiKeyOut(created.api_key).data, "key": created.key}, status=status.HTTP_201_CREATED)


class ApiKeyRevokeApi(APIView):
    @extend_schema(
        operation_id="crm_api_keys_revoke",
        summary="Revoke a key, at once (crm.manage)",
        description="The very next call with it is refused (401), and its service account is deactivated. "
        "Revoking a revoked key changes nothing.",
        tags=TAGS,
        parameters=[API_KEY_ID],
        request=None,
        responses={200: ApiKeyOut, **problem_responses(400, 401, 403, 404)},
    )
    def post(self, request: Request, api_key_id: int) -> Response:
        require_permission(request.user, Permission.CRM_MANAGE)
        ensure_empty_body(request)
        api_key = api_key_revoke(actor=request.user, api_key=api_key_get(api_key_id=api_key_id))
        return Response(ApiKeyOut(api_key).data)
