import asyncio
import os
import socket
import stat
import subprocess
import sys

import pytest

from desktop.links import single_instance
from desktop.links.parsing import LinkRefused, NewTicketLink, Refusal, TicketLink
from desktop.links.single_instance import HEADER, MAX_MESSAGE_BYTES, default_name, frame
from tests.desktop.ui.helpers import until

LINK = "origyne-sav://tickets/new?customer=CRM-C01040&delivered_product=TP25010001"


class Received:
    def __init__(self, instance) -> None:
        self.links: list = []
        self.activations = 0
        instance.link_received.connect(self.links.append)
        instance.activated.connect(self._activated)

    def _activated(self) -> None:
        self.activations += 1


async def second_launch(name: str, link: str, *, claim: bool = False) -> bool:
    """True when a second launch, in its own process, handed `link` over."""
    command = [sys.executable, "-m", "tests.desktop.links.second_launch", name, link, *(["--claim"] if claim else [])]
    done = await asyncio.to_thread(subprocess.run, command, capture_output=True, timeout=30)
    return done.returncode == 0


def raw_send(name: str, data: bytes, *, wait: float = 1.0) -> bytes:
    """Sends raw bytes as another local program could, and returns what came back."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(wait)
        client.connect(name)
        client.sendall(data)
        try:
            return client.recv(16)
        except (TimeoutError, ConnectionResetError):
            return b""


@pytest.mark.asyncio
async def test_the_first_launch_listens_and_a_second_hands_its_link_over(instances, socket_name):
    first = instances()
    received = Received(first)
    assert first.claim("") is False
    assert first.is_listening

    assert await second_launch(socket_name, LINK, claim=True) is True

    await until(lambda: received.links, what="the link to arrive")
    assert received.links == [NewTicketLink("CRM-C01040", delivered_product="TP25010001")]
    assert received.activations == 1


@pytest.mark.asyncio
async def test_a_plain_second_start_only_brings_the_running_window_forward(instances, socket_name):
    first = instances()
    received = Received(first)
    first.claim()

    assert await second_launch(socket_name, "") is True
    await until(lambda: received.activations == 1, what="the activation")
    assert received.links == []


@pytest.mark.asyncio
async def test_the_running_instance_reads_a_handed_link_with_the_parser(instances, socket_name):
    first = instances()
    received = Received(first)
    first.claim()

    assert await second_launch(socket_name, "origyne-sav://tickets/sav-2026-000123") is True
    assert await second_launch(socket_name, "origyne-sav://tickets/new?customer=C1&customer=C2") is True
    await until(lambda: len(received.links) == 2, what="both links")

    assert received.links[0] == TicketLink("SAV-2026-000123")
    assert isinstance(received.links[1], LinkRefused)
    assert received.links[1].reason == Refusal.REPEATED_PARAMETER


@pytest.mark.asyncio
async def test_bytes_that_are_not_utf8_are_a_refused_link(instances, socket_name):
    first = instances()
    received = Received(first)
    first.claim()

    payload = b"origyne-sav://tickets/new?customer=\xff"
    answer = await asyncio.to_thread(raw_send, socket_name, HEADER.pack(len(payload)) + payload)

    assert answer == single_instance.ACK
    await until(lambda: received.links, what="the refusal")
    assert received.links[0].reason == Refusal.MALFORMED


@pytest.mark.asyncio
async def test_a_message_over_the_size_cap_is_dropped_unread(instances, socket_name):
    first = instances()
    received = Received(first)
    first.claim()

    oversized = HEADER.pack(MAX_MESSAGE_BYTES + 1) + b"x" * 64
    assert await asyncio.to_thread(raw_send, socket_name, oversized) == b""
    assert await second_launch(socket_name, LINK) is True, "the instance still listens"
    await until(lambda: received.links, what="the next link")
    assert received.links == [NewTicketLink("CRM-C01040", delivered_product="TP25010001")]
    assert received.activations == 1


@pytest.mark.asyncio
async def test_a_sender_that_stops_halfway_is_dropped_after_a_while(instances, socket_name, monkeypatch):
    monkeypatch.setattr(single_instance, "RECEIVE_TIMEOUT_MS", 200)
    first = instances()
    received = Received(first)
    first.claim()

    half = frame(LINK)[:20]
    assert await asyncio.to_thread(raw_send, socket_name, half, wait=3.0) == b""
    assert received.links == [] and received.activations == 0


@pytest.mark.asyncio
async def test_a_socket_left_by_a_crash_is_taken_over(instances, socket_name):
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(socket_name)
    crashed.close()  # the file stays, nobody listens on it
    assert os.path.exists(socket_name)

    taker = instances()
    received = Received(taker)
    assert taker.claim(LINK) is False
    assert taker.is_listening

    assert await second_launch(socket_name, LINK) is True
    await until(lambda: received.links, what="the link")


def test_nobody_listening_means_no_handover(instances):
    assert instances().hand_over(LINK) is False


def test_the_socket_is_private_to_the_user(instances, socket_name):
    instances().claim()

    mode = stat.S_IMODE(os.stat(socket_name).st_mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0


def test_the_default_name_is_per_user_in_the_runtime_directory(monkeypatch, runtime_dir):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    name = default_name("/home/alice/.config/Origyne/SAV.conf")

    assert os.path.dirname(name) == str(runtime_dir)
    assert os.path.basename(name).startswith("origyne-sav-") and name.endswith(".sock")
    assert default_name("/home/alice/.config/Origyne/SAV.conf") == name
    assert default_name("/tmp/test-profile/Origyne/SAV.conf") != name, "another profile, another instance"
    assert default_name("/home/alice/.config/Origyne/SAV.conf", app_name="sav-beta") != name
