import os
import sys
from pathlib import Path

_server_dir = Path(__file__).resolve().parent.parent
for _path in (str(_server_dir), str(_server_dir.parent)):
    if _path not in sys.path:
        sys.path.insert(0, _path)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()

from jobs.runner import start_embedded  # noqa: E402 — needs the apps loaded

start_embedded()
