"""Answers of the API are never kept by a cache, shared or private.

They hold one user's data (tickets, customers, files) or tokens (sign-in, refresh): a proxy or a disk
cache keeping them would hand them to the next person, or leave them behind on a shared computer.
One middleware sets `Cache-Control: no-store` on every answer under /api/v1/, whatever a view set."""

API_PREFIX = "/api/v1/"


class NoStoreApiAnswers:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(API_PREFIX):
            response["Cache-Control"] = "no-store"
        return response
