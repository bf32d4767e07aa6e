import asyncio

import pytest

from desktop.connection.monitor import ConnectionMonitor
from tests.desktop.ui.helpers import until

pytestmark = pytest.mark.asyncio


class Server:
    """A stand-in for the health check: up or down, counting the probes."""

    def __init__(self) -> None:
        self.up = True
        self.probes = 0

    async def probe(self) -> bool:
        self.probes += 1
        return self.up


async def test_a_failed_call_marks_it_offline_and_the_backoff_probe_brings_it_back():
    server = Server()
    monitor = ConnectionMonitor(first_delay=0.01, max_delay=0.04, heartbeat=60)
    monitor.set_probe(server.probe)
    changes = []
    monitor.online_changed.connect(changes.append)
    server.up = False
    monitor.report_offline()
    await until(lambda: server.probes >= 4)
    assert changes == [False] and not monitor.online
    server.up = True
    await until(lambda: monitor.online)
    assert changes == [False, True]
    monitor.stop()


async def test_the_heartbeat_notices_a_lost_server_without_any_call():
    server = Server()
    monitor = ConnectionMonitor(first_delay=0.01, max_delay=0.02, heartbeat=0.02)
    monitor.set_probe(server.probe)
    monitor.start_heartbeat()
    await until(lambda: server.probes >= 2)
    assert monitor.online
    server.up = False
    await until(lambda: not monitor.online)
    server.up = True
    await until(lambda: monitor.online)
    monitor.stop()


async def test_retry_now_probes_at_once_instead_of_waiting_for_the_next_step():
    server = Server()
    monitor = ConnectionMonitor(first_delay=30, max_delay=30, heartbeat=60)
    monitor.set_probe(server.probe)
    server.up = False
    monitor.report_offline()
    await asyncio.sleep(0.05)
    assert server.probes == 0
    server.up = True
    monitor.retry_now()
    await until(lambda: monitor.online, timeout=2)
    monitor.stop()


async def test_without_a_probe_nothing_is_scheduled():
    monitor = ConnectionMonitor(first_delay=0.01)
    monitor.report_offline()
    monitor.retry_now()
    monitor.start_heartbeat()
    await asyncio.sleep(0.03)
    assert not monitor.online
    monitor.report_online()
    assert monitor.online
    monitor.stop()
