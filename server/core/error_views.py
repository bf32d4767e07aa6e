"""Problem details for what Django answers itself, outside any DRF view (config/urls.py's handler400,
handler403, handler404 and handler500): a URL that matches no route, an id too long for the database
included (core/ids.py); a request Django refuses (a Host not allowed, too many fields); a crash. With
DEBUG on, Django shows its own debugging pages instead."""

from django.http import JsonResponse

from core.exception_handler import PROBLEM_CONTENT_TYPE, problem_body


def problem_response(*, code: str, title: str, status: int, detail: str) -> JsonResponse:
    body = problem_body(code=code, title=title, status=status, detail=detail)
    return JsonResponse(body, status=status, content_type=PROBLEM_CONTENT_TYPE)


def bad_request(request, exception=None) -> JsonResponse:
    return problem_response(
        code="malformed_request", title="The request could not be understood", status=400,
        detail="The request could not be understood.",
    )


def permission_denied(request, exception=None) -> JsonResponse:
    return problem_response(
        code="permission_denied", title="You are not allowed to do this", status=403,
        detail="You are not allowed to do this.",
    )


def not_found(request, exception=None) -> JsonResponse:
    return problem_response(code="not_found", title="Not found", status=404, detail="Nothing is found at this URL.")


def server_error(request) -> JsonResponse:
    return problem_response(
        code="server_error", title="Internal server error", status=500,
        detail="The server failed to answer; the error is logged.",
    )
