"""`python -m desktop origyne-sav://…` as the system starts it for a clicked link: handed to the
running app (status 0 at once, no window), or opened by a first launch."""

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import parse_args
from desktop.links.parsing import NewTicketLink
from desktop.links.single_instance import default_name
from tests.desktop.links.test_single_instance import Received
from tests.desktop.ui.helpers import until

REPO = Path(__file__).resolve().parents[3]
LINK = "origyne-sav://tickets/new?customer=CRM-C01040&order=CMD-2025-00003"


def app_env(runtime_dir: Path, config_home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config_home),
        "XDG_RUNTIME_DIR": str(runtime_dir),
        "SAV_DESKTOP_STARTUP_PROBE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def launch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )


def test_the_link_is_the_one_positional_argument():
    args = parse_args(["--server", "https://sav.origyne.fr", LINK])
    assert args.link == LINK and args.server == "https://sav.origyne.fr"
    assert parse_args([]).link is None


@pytest.mark.asyncio
async def test_a_second_launch_hands_its_link_to_the_running_app_and_exits_at_once(
    instances, runtime_dir, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    config_home = tmp_path / "config"
    running = instances(default_name(str(config_home / "Origyne" / "SAV.conf")))
    received = Received(running)
    assert running.claim() is False

    done = await asyncio.to_thread(launch, app_env(runtime_dir, config_home), LINK)

    assert done.returncode == 0, done.stderr
    assert "SAV_STARTUP_PROBE" not in done.stdout, "the second launch shows no window"
    await until(lambda: received.links, what="the handed link")
    assert received.links == [NewTicketLink("CRM-C01040", order="CMD-2025-00003")]
    assert received.activations == 1


def test_a_first_launch_with_a_link_opens_its_window_and_leaves_no_socket_behind(runtime_dir, tmp_path):
    config_home = tmp_path / "config"
    env = {**app_env(runtime_dir, config_home), "SAV_DESKTOP_STARTUP_PROBE_QUIT": "sign_in_shown"}

    done = launch(env, "--server", "https://sav.example.org", LINK)

    assert done.returncode == 0, done.stderr
    assert "SAV_STARTUP_PROBE sign_in_shown" in done.stdout, "the link waits on the sign-in page"
    assert "Traceback" not in done.stderr
    assert [p for p in runtime_dir.iterdir() if p.suffix == ".sock"] == []


def test_a_refused_link_on_the_command_line_does_not_stop_the_app(runtime_dir, tmp_path):
    env = {**app_env(runtime_dir, tmp_path / "config"), "SAV_DESKTOP_STARTUP_PROBE_QUIT": "sign_in_shown"}

    done = launch(env, "--server", "https://sav.example.org", "javascript:alert(1)")

    assert done.returncode == 0, done.stderr
    assert "SAV_STARTUP_PROBE sign_in_shown" in done.stdout
    assert "Traceback" not in done.stderr
