"""What a real server process (uvicorn, as `make run` starts it) answers on the wire: the client
address is the peer's whatever X-Forwarded-For says, API answers are never cached, and the API docs
pages load everything from the server itself."""

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from tests.live_server import LiveServer

REPO = Path(__file__).resolve().parents[3]
PASSWORD = "SavDemo!2026"
LOCKED_OUT = "agent2@origyne.fr"  # locked by the forged-address test; the others sign in freely
FAILURE_LIMIT = 3


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = LiveServer(
        tmp_path_factory.mktemp("uvicorn"), tickets=0, extra_env={"SAV_AXES_FAILURE_LIMIT": str(FAILURE_LIMIT)}
    )
    server.prepare()
    server.start()
    yield server
    server.stop()


def sign_in(server, email: str, password: str = PASSWORD, **headers: str) -> httpx.Response:
    return httpx.post(f"{server.url}/api/v1/auth/login", json={"email": email, "password": password},
                      headers=headers, timeout=10)


def recorded_addresses(server, sql: str) -> set[str]:
    with sqlite3.connect(server.data_dir / "sav.sqlite3") as database:
        return {row[0] for row in database.execute(sql)}


def test_a_forged_forwarded_address_neither_dodges_the_lock_nor_is_recorded(server):
    answers = [
        sign_in(server, LOCKED_OUT, "Not-The-Password-1", **{"X-Forwarded-For": f"198.51.100.{n}"}).status_code
        for n in range(FAILURE_LIMIT)
    ]
    right_password = sign_in(server, LOCKED_OUT, **{"X-Forwarded-For": "203.0.113.77"})

    assert answers == [401] * (FAILURE_LIMIT - 1) + [429]
    assert right_password.status_code == 429
    assert right_password.json()["code"] == "account_locked"
    assert recorded_addresses(server, "SELECT ip_address FROM axes_accessattempt") == {"127.0.0.1"}
    assert recorded_addresses(
        server, "SELECT ip_address FROM audit_auditevent WHERE action = 'auth.sign_in_failed'"
    ) == {"127.0.0.1"}


def test_api_answers_are_never_stored_by_a_cache(server):
    signed_in = sign_in(server, "agent@origyne.fr")
    headers = {"Authorization": f"Bearer {signed_in.json()['access']}"}

    answers = [
        signed_in,
        httpx.get(f"{server.url}/api/v1/me", headers=headers, timeout=10),
        httpx.get(f"{server.url}/api/v1/tickets", headers=headers, timeout=10),
        httpx.get(f"{server.url}/api/v1/me", timeout=10),  # refused: still not to be kept
    ]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 401]
    assert {answer.headers.get("cache-control") for answer in answers} == {"no-store"}


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in {"src", "href"} and value]


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_the_api_docs_pages_load_their_assets_from_the_server_itself(server, page):
    response = httpx.get(f"{server.url}{page}", timeout=10)
    parser = _Assets()
    parser.feed(response.text)
    in_scripts = re.findall(r"""["'](/static/[^"']+)["']""", response.text)
    assets = [urljoin(response.url.path, url) for url in [*parser.urls, *in_scripts]]

    assert response.status_code == 200
    assert not re.search(r"(?:https?:)?//(?!127\.0\.0\.1)[\w.-]+\.\w+/", response.text), "an external host"
    assert any(asset.endswith(".js") for asset in assets)
    assert page != "/api/docs/" or '"validatorUrl": null' in response.text  # no call to swagger.io's validator
    for asset in assets:
        assert not urlsplit(asset).netloc, asset
        assert httpx.get(f"{server.url}{asset}", timeout=10).status_code == 200, asset


def test_every_command_that_starts_uvicorn_turns_its_proxy_headers_off():
    starters = ["Makefile", "scripts/run.py", "tests/live_server.py", "bench/api.py"]
    for name in starters:
        text = (REPO / name).read_text(encoding="utf-8")
        assert text.count("uvicorn") and text.count("--no-proxy-headers") == 1, name
    elsewhere = [
        path for path in REPO.rglob("*.py")
        if ".venv" not in path.parts and path != Path(__file__)
        and "config.asgi:application" in path.read_text(encoding="utf-8")
        and str(path.relative_to(REPO)) not in starters
    ]
    assert elsewhere == [], "a new place starts uvicorn: give it --no-proxy-headers and list it here"
