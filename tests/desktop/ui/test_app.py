import os
import subprocess
import sys
from pathlib import Path

from desktop.app import chosen_server, parse_args

REPO = Path(__file__).resolve().parents[3]


def test_an_explicit_server_wins_then_the_last_used_one_then_the_environment(monkeypatch):
    monkeypatch.setenv("SAV_SERVER_URL", "https://sav.example.org")
    assert chosen_server("https://other.example.org", has_last_used=True) == "https://other.example.org"
    assert chosen_server(None, has_last_used=True) is None  # the sign-in page offers the last used one
    assert chosen_server(None, has_last_used=False) == "https://sav.example.org"
    monkeypatch.delenv("SAV_SERVER_URL")
    assert chosen_server(None, has_last_used=False) is None
    assert parse_args(["--server", "https://sav.origyne.fr"]).server == "https://sav.origyne.fr"


def test_python_m_desktop_opens_the_sign_in_window_and_quits_cleanly(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "SAV_DESKTOP_STARTUP_PROBE": "1",
        "SAV_DESKTOP_STARTUP_PROBE_QUIT": "sign_in_shown",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--server", "https://sav.example.org"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "SAV_STARTUP_PROBE sign_in_shown" in done.stdout
    assert "Traceback" not in done.stderr
    settings = (tmp_path / "Origyne" / "SAV.conf").read_text()
    assert "main_window" in settings, "the window's geometry is kept for the next start"
