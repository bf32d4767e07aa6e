"""The ASGI application: Django for HTTP, Channels for the desktops' WebSocket (`/ws/v1/…`)."""

import asyncio
import os
import sys
from pathlib import Path

_server_dir = Path(__file__).resolve().parent.parent
for _path in (str(_server_dir), str(_server_dir.parent)):
    if _path not in sys.path:
        sys.path.insert(0, _path)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from django.core.asgi import get_asgi_application  # noqa: E402

django_application = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402 — needs the apps loaded
from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # noqa: E402

from core.body_limit import BodySizeLimit  # noqa: E402
from jobs import runner as jobs_runner  # noqa: E402
from notifications import push, worker  # noqa: E402
from notifications.routing import websocket_urlpatterns  # noqa: E402

# The embedded mode serves its static files itself (the API docs pages' assets); in production a web
# server serves STATIC_ROOT (`manage.py collectstatic`).
http_application = ASGIStaticFilesHandler(django_application) if settings.DEBUG else django_application

# No origin check on the WebSocket: it authenticates with a bearer token in a header, which a web
# page cannot set, never with a cookie.
# Oversized bodies are refused before Django reads them (core/body_limit.py).
router = ProtocolTypeRouter({"http": BodySizeLimit(http_application), "websocket": URLRouter(websocket_urlpatterns)})


async def application(scope, receive, send):
    # Notifications committed in worker threads are pushed from this loop (notifications/push.py).
    push.register_server_loop(asyncio.get_running_loop())
    return await router(scope, receive, send)


# The embedded mode's background work runs in this process (never from AppConfig.ready(), which
# every management command and test also runs).
jobs_runner.start_embedded()
worker.start_embedded()
