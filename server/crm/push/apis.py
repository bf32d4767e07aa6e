"""The push API, one pair of URLs per entity (`ENTITIES`), so that each documents its own rows:

    POST   /api/v1/crm/push/<entity>                 {"rows": [row, …]}  → 200 PushReport
    PUT    /api/v1/crm/push/<entity>/<external_id>   row                 → 200 PushReport
    DELETE /api/v1/crm/push/<entity>/<external_id>                       → 200 PushReport (deactivated)

Only an API key authenticates here (`accounts.authentication.ApiKeyAuthentication`), and only a
service account holding `crm.sync` is let through. An entity the API does not know has no route (404)."""

from collections.abc import Mapping

from django.urls import URLPattern, path, re_path
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.authentication import ApiKeyAuthentication
from core.access import require_permission
from core.errors import ValidationFailed
from core.parsing import ensure_empty_body, parse
from core.schema import problem_responses
from crm.push.parsers import PushJSONParser
from crm.push.schema import batch_schema, row_schema
from crm.push.serializers import PushBatchIn, PushReportOut, push_report
from crm.push.services import push_deactivate, push_row, push_rows
from crm.sync.entities import ENTITIES, URL_NAMES, Entity
from shared_schemas.crm_sync import MAX_BATCH_ROWS
from shared_schemas.enums import Permission

TAGS = ["crm push"]
KEY_IN_URL = r"[^\x00-\x1f\x7f]{1,64}"
EXTERNAL_ID = OpenApiParameter(
    "external_id", str, OpenApiParameter.PATH, pattern=f"^{KEY_IN_URL}$",
    description="The CRM's key of the record (a slash may be sent as is or as %2F).",
)
_REPORT = (
    "Answers what was created, updated, left unchanged or deactivated, and each refused row with its "
    "reason (`invalid`, `unknown_parent`: send parents first, `duplicate_value`, `conflict`); the other rows "
    "are written. Sending the same rows again changes nothing (all `unchanged`)."
)


class _PushApi(APIView):
    authentication_classes = [ApiKeyAuthentication]
    parser_classes = [PushJSONParser]
    entity: Entity

    def check_access(self, request: Request) -> None:
        require_permission(request.user, Permission.CRM_SYNC)


class PushBatchApi(_PushApi):
    def post(self, request: Request) -> Response:
        self.check_access(request)
        data = parse(PushBatchIn, request.data)
        return Response(push_report(push_rows(actor=request.user, entity=self.entity, rows=data["rows"])))


class PushRowApi(_PushApi):
    def put(self, request: Request, external_id: str) -> Response:
        self.check_access(request)
        # The row is read strictly by its contract (shared_schemas.crm_sync: extra keys forbidden), in the
        # writer, which reports a bad row instead of failing the call; here only its shape.
        if not isinstance(request.data, Mapping):
            raise ValidationFailed("The body is one row: a JSON object.")
        result = push_row(actor=request.user, entity=self.entity, external_id=external_id, row=request.data)
        return Response(push_report(result))

    def delete(self, request: Request, external_id: str) -> Response:
        self.check_access(request)
        ensure_empty_body(request)
        return Response(push_report(push_deactivate(actor=request.user, entity=self.entity, external_id=external_id)))


def _apis(url_name: str, entity: Entity) -> tuple[type[APIView], type[APIView]]:
    """The two views of one entity, each with its own operations in the schema."""
    title = url_name.replace("-", " ")
    class_name = "".join(part.title() for part in url_name.split("-"))
    batch = type(f"Push{class_name}Api", (PushBatchApi,), {"entity": entity})
    row = type(f"Push{class_name}RowApi", (PushRowApi,), {"entity": entity})
    extend_schema_view(post=extend_schema(
        operation_id=f"crm_push_{entity.name}_batch",
        summary=f"Upsert {title} by external id (CRM service account, crm.sync)",
        description=f"At most {MAX_BATCH_ROWS} rows per call (400 `too_many_rows`, nothing written). " + _REPORT,
        tags=TAGS,
        request={"application/json": batch_schema(entity.row)},
        responses={200: PushReportOut, **problem_responses(400, 401, 403, 413)},
    ))(batch)
    extend_schema_view(
        put=extend_schema(
            operation_id=f"crm_push_{entity.name}_upsert",
            summary=f"Upsert one of the {title} (CRM service account, crm.sync)",
            description="The row may leave out its `external_id`; if it gives one, it is the URL's "
            "(400 `external_id_mismatch`). " + _REPORT,
            tags=TAGS,
            parameters=[EXTERNAL_ID],
            request={"application/json": row_schema(entity.row)},
            responses={200: PushReportOut, **problem_responses(400, 401, 403, 413)},
        ),
        delete=extend_schema(
            operation_id=f"crm_push_{entity.name}_deactivate",
            summary=f"Deactivate one of the {title} (CRM service account, crm.sync)",
            description="Never deleted: the record is deactivated, as by a row with `is_active: false`. "
            "404 when no record has this external id.",
            tags=TAGS,
            parameters=[EXTERNAL_ID],
            request=None,
            responses={200: PushReportOut, **problem_responses(400, 401, 403, 404)},
        ),
    )(row)
    return batch, row


def push_urlpatterns() -> list[URLPattern]:
    patterns = []
    for url_name, name in URL_NAMES.items():
        batch, row = _apis(url_name, ENTITIES[name])
        patterns += [
            path(f"crm/push/{url_name}", batch.as_view(), name=f"crm-push-{url_name}"),
            # A CRM key may hold a slash (CLI/2024/001); one that breaks the row contract's length or
            # holds a control character matches no route, like an id past the database's range.
            re_path(rf"^crm/push/{url_name}/(?P<external_id>{KEY_IN_URL})$", row.as_view(),
                    name=f"crm-push-{url_name}-row"),
        ]
    return patterns
