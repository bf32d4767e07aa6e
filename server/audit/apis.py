"""The journal (permission audit.view): a keyset-paged list and a CSV export, with the same filters.
Nothing here writes: no endpoint changes or deletes an audit event."""

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.response import Response
from rest_framework.views import APIView

from audit.export import csv_chunks, export_filename
from audit.selectors import NEWEST_FIRST, audit_event_list
from audit.serializers import (
    AuditEventFilterSerializer,
    AuditEventListQuerySerializer,
    AuditEventPageSerializer,
    AuditEventSerializer,
    filters_from,
)
from core.access import require_hidden_staff_permission
from core.pagination import keyset_page, page_size_from
from core.parsing import parse
from core.schema import problem_responses
from shared_schemas.enums import Permission

TAGS = ["audit"]
_ACCESS = " Clients get 404 (the journal is staff business); staff without `audit.view` get 403."


class AuditEventCollectionApi(APIView):
    @extend_schema(
        operation_id="audit_events_list",
        summary="The audit trail, newest first",
        description="Unknown parameters are 400 `unknown_parameter`, repeated ones `repeated_parameter`." + _ACCESS,
        tags=TAGS,
        parameters=[AuditEventListQuerySerializer],
        responses={200: AuditEventPageSerializer, **problem_responses(400, 401, 403, 404)},
    )
    def get(self, request):
        require_hidden_staff_permission(request.user, Permission.AUDIT_VIEW)
        query = parse(AuditEventListQuerySerializer, request.query_params)
        page = keyset_page(
            audit_event_list(filters=filters_from(query)),
            ordering=NEWEST_FIRST,
            cursor=query.get("cursor"),
            size=page_size_from(query.get("page_size")),
        )
        return Response(
            {"results": AuditEventSerializer(page.items, many=True).data, "next_cursor": page.next_cursor}
        )


class _WhateverTheClientAccepts(BaseContentNegotiation):
    """The export answers CSV, and its errors JSON problem details, even to `Accept: text/csv`
    (DRF would answer 406: its renderers are JSON only)."""

    def select_parser(self, request, parsers):
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class AuditEventExportApi(APIView):
    content_negotiation_class = _WhateverTheClientAccepts

    @extend_schema(
        operation_id="audit_events_export",
        summary="The audit trail as CSV (every matching row, newest first)",
        description=(
            "Same filters as the list, no paging. Columns: id, created_at, actor_email, action, target_type, "
            "target_id, target_label, before, after (compact JSON), ip_address. A cell starting with = + - @, "
            "a tab or a carriage return is prefixed with ' so that no spreadsheet runs it." + _ACCESS
        ),
        tags=TAGS,
        parameters=[AuditEventFilterSerializer],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="The CSV file, streamed."),
            **problem_responses(400, 401, 403, 404),
        },
    )
    def get(self, request):
        require_hidden_staff_permission(request.user, Permission.AUDIT_VIEW)
        query = parse(AuditEventFilterSerializer, request.query_params)
        response = StreamingHttpResponse(
            csv_chunks(request, filters_from(query)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{export_filename()}"'
        response["Cache-Control"] = "private, no-cache"
        return response
