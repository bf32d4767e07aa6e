"""The notifications API: a user's own notifications (list, unread count, mark read) and their
notification preferences. Nobody reads or changes another user's."""

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from core.errors import ValidationFailed
from core.pagination import Ordering, keyset_page
from core.parsing import ensure_empty_body, parse, refuse_query_parameters
from core.schema import problem_responses
from notifications.selectors import notification_get_for, notifications_of, preferences_of, unread_count
from notifications.serializers import (
    NotificationListQuerySerializer,
    NotificationPageSerializer,
    NotificationSerializer,
    PreferenceInputSerializer,
    PreferencePatchSerializer,
    PreferenceSerializer,
    ReadAllResultSerializer,
    ReadAllSerializer,
    UnreadCountSerializer,
)
from notifications.services.preferences import preferences_update
from notifications.services.reads import notification_mark_read, notifications_mark_all_read

NEWEST_FIRST = Ordering("id", descending=True)
OLDEST_FIRST = Ordering("id", descending=False)


class NotificationCollectionApi(APIView):
    @extend_schema(
        operation_id="notifications_list",
        summary="Your notifications: newest first, or oldest first after `after_id` (catch-up)",
        parameters=[NotificationListQuerySerializer],
        responses={200: NotificationPageSerializer, **problem_responses(400, 401)},
    )
    def get(self, request):
        query = parse(NotificationListQuerySerializer, request.query_params)
        size = query.get("page_size", settings.SAV_PAGE_SIZE)
        if size > settings.SAV_MAX_PAGE_SIZE:
            raise ValidationFailed.for_field(
                "page_size", f"page_size must be between 1 and {settings.SAV_MAX_PAGE_SIZE}."
            )
        unread = {"true": True, "false": False}.get(query.get("unread"))
        queryset = notifications_of(request.user, unread=unread)
        ordering = NEWEST_FIRST
        if "after_id" in query:
            queryset, ordering = queryset.filter(id__gt=query["after_id"]), OLDEST_FIRST
        page = keyset_page(queryset, ordering=ordering, cursor=query.get("cursor"), size=size)
        return Response(
            {"results": NotificationSerializer(page.items, many=True).data, "next_cursor": page.next_cursor}
        )


class NotificationUnreadCountApi(APIView):
    @extend_schema(
        operation_id="notifications_unread_count",
        summary="How many of your notifications are unread (the badge)",
        responses={200: UnreadCountSerializer, **problem_responses(400, 401)},
    )
    def get(self, request):
        refuse_query_parameters(request.query_params)
        return Response({"unread": unread_count(request.user)})


class NotificationReadApi(APIView):
    @extend_schema(
        operation_id="notifications_read",
        summary="Mark one of your notifications read (idempotent)",
        request=None,
        responses={200: NotificationSerializer, **problem_responses(400, 401, 404)},
    )
    def post(self, request, notification_id: int):
        notification = notification_get_for(request.user, notification_id)
        ensure_empty_body(request)
        notification = notification_mark_read(actor=request.user, notification=notification)
        return Response(NotificationSerializer(notification).data)


class NotificationReadAllApi(APIView):
    @extend_schema(
        operation_id="notifications_read_all",
        summary="Mark all your notifications read (up to `up_to_id` if given)",
        request=ReadAllSerializer,
        responses={200: ReadAllResultSerializer, **problem_responses(400, 401)},
    )
    def post(self, request):
        data = parse(ReadAllSerializer, request.data or {})
        marked = notifications_mark_all_read(actor=request.user, up_to_id=data.get("up_to_id"))
        return Response({"marked": marked, "unread": unread_count(request.user)})


def _parse_entries(serializer_class, data) -> list[dict]:
    if not isinstance(data, list):
        raise ValidationFailed.for_field(
            "non_field_errors", "Send a list of {type, in_app, email}.", code="not_a_list"
        )
    entries = []
    for index, item in enumerate(data):
        serializer = serializer_class(data=item)
        if not serializer.is_valid():
            raise ValidationFailed(
                "The request contains invalid fields",
                errors={
                    f"{index}.{field}": [{"code": error.code, "message": str(error)} for error in errors]
                    for field, errors in serializer.errors.items()
                },
            )
        entries.append(dict(serializer.validated_data))
    return entries


_PREFERENCES_DESCRIPTION = (
    "One entry per type you may receive (clients: message.created and ticket.status_changed). "
    "A type you never receive is 400 `type_not_available`."
)


class NotificationPreferencesApi(APIView):
    @extend_schema(
        operation_id="notification_preferences_get",
        summary="Your notification preferences, one entry per type you may receive",
        responses={200: PreferenceSerializer(many=True), **problem_responses(400, 401)},
    )
    def get(self, request):
        refuse_query_parameters(request.query_params)
        return Response(preferences_of(request.user))

    @extend_schema(
        operation_id="notification_preferences_replace",
        summary="Replace your preferences: types not listed return to their default",
        description=_PREFERENCES_DESCRIPTION,
        request=PreferenceInputSerializer(many=True),
        responses={200: PreferenceSerializer(many=True), **problem_responses(400, 401)},
    )
    def put(self, request):
        entries = _parse_entries(PreferenceInputSerializer, request.data)
        preferences_update(actor=request.user, entries=entries, replace=True)
        return Response(preferences_of(request.user))

    @extend_schema(
        operation_id="notification_preferences_update",
        summary="Change some preferences: only the types (and switches) given change",
        description=_PREFERENCES_DESCRIPTION,
        request=PreferencePatchSerializer(many=True),
        responses={200: PreferenceSerializer(many=True), **problem_responses(400, 401)},
    )
    def patch(self, request):
        entries = _parse_entries(PreferencePatchSerializer, request.data)
        preferences_update(actor=request.user, entries=entries, replace=False)
        return Response(preferences_of(request.user))


