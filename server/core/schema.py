"""OpenAPI pieces shared by every app: the problem-details body and common error responses."""

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class FieldErrorSerializer(serializers.Serializer):
    code = serializers.CharField()
    message = serializers.CharField()


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details, with a stable machine `code` and per-field `errors`."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    code = serializers.CharField()
    errors = serializers.DictField(child=FieldErrorSerializer(many=True), required=False)
    retry_after = serializers.IntegerField(required=False)
    permission = serializers.CharField(required=False)


_DESCRIPTIONS = {
    400: "Invalid input (code `validation_error` with field errors, or another stable code).",
    401: "Missing, expired or revoked credentials.",
    403: "The role does not allow this action.",
    404: "Not found, or not visible to this user.",
    409: "Not allowed in the current state (e.g. `transition_not_allowed`).",
    413: "The upload is larger than allowed (code `attachment_too_large`).",
    415: "The file's content is of a type not accepted (code `attachment_type_not_allowed`).",
    429: "Too many requests or sign-in attempts.",
}


def problem_responses(*statuses: int) -> dict[int, OpenApiResponse]:
    return {status: OpenApiResponse(ProblemSerializer, description=_DESCRIPTIONS[status]) for status in statuses}
