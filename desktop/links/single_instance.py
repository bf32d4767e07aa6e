"""One running app per user: a second launch (`sav-desktop origyne-sav://…`, or a plain second
start) hands its link to the running instance over a local socket and exits; the running one
comes to the front and opens the link.

The socket is private to the user: on Linux and macOS a socket file in the user's runtime
directory (0700, e.g. /run/user/1000), on Windows a named pipe whose name carries the user and
whose access is the user's only (`UserAccessOption`). A socket file left by a crash answers
nobody: the next launch removes it and listens in its place. A lock file around "connect, else
listen" keeps two launches started together from both listening.

Wire: one message per connection, a 4-byte big-endian length then that many bytes of UTF-8 (the
link; empty for a plain second start); the receiver answers one ACK byte. It reads at most
`MAX_MESSAGE_BYTES`, drops a connection that says more or is too slow, and reads the link with
`parse_link` like one from the command line."""

import getpass
import hashlib
import logging
import os
import struct
import sys

from PySide6.QtCore import QDir, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.links.parsing import LinkRefused, Refusal, read_link

log = logging.getLogger(__name__)

ACK = b"\x06"
HEADER = struct.Struct(">I")
MAX_MESSAGE_BYTES = 8192  # a link is at most 2048 characters of up to 4 bytes each
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000
RECEIVE_TIMEOUT_MS = 3000
LOCK_TIMEOUT_MS = 3000
UNIX_SOCKET_PATH_LIMIT = 100  # sun_path is 104 bytes on macOS, 108 on Linux


def default_name(profile: str = "", app_name: str = "sav") -> str:
    """The name of the running instance's socket, per user and per profile (the settings file:
    an app started with another configuration directory, as the tests do, is another instance)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    tag = hashlib.sha256(f"{user}\0{app_name}\0{profile}".encode()).hexdigest()[:16]
    base = f"origyne-{app_name.lower()}-{tag}"
    if sys.platform == "win32":
        return base
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    for directory in (runtime, QDir.tempPath()):
        path = os.path.join(directory, f"{base}.sock")
        if directory and len(path.encode()) < UNIX_SOCKET_PATH_LIMIT:
            return path
    return base


def frame(link: str) -> bytes:
    payload = link.encode("utf-8", "surrogatepass")
    return HEADER.pack(len(payload)) + payload


class SingleInstance(QObject):
    activated = Signal()  # a second launch asked for this app: bring the window to the front
    link_received = Signal(object)  # the Link (or LinkRefused) it handed over

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or default_name()
        self.server: QLocalServer | None = None
        self._incoming: set[_Incoming] = set()

    @property
    def is_listening(self) -> bool:
        return self.server is not None and self.server.isListening()

    def claim(self, link: str = "") -> bool:
        """True when a running instance took `link` (this process should exit); else this
        process becomes the running instance and False is returned."""
        lock = QLockFile(self._lock_path())
        locked = lock.tryLock(LOCK_TIMEOUT_MS)
        try:
            connected, acknowledged = self._send(link)
            if acknowledged:
                return True
            if connected:
                log.warning("The running instance did not answer; this one runs on its own")
                return False
            self.listen()
            return False
        finally:
            if locked:
                lock.unlock()

    def hand_over(self, link: str = "") -> bool:
        """Sends `link` to the running instance; True once it acknowledged. It needs no event
        loop and blocks (bounded by timeouts) holding the interpreter: a second launch calls it
        before it has anything else to do."""
        return self._send(link)[1]

    def _send(self, link: str) -> tuple[bool, bool]:
        """(connected, acknowledged)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False, False
        socket.write(frame(link))
        socket.flush()
        answered = socket.waitForReadyRead(ANSWER_TIMEOUT_MS) and bytes(socket.read(1).data()) == ACK
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True, answered

    def listen(self) -> bool:
        """Listens on the socket, taking over one a crashed instance left behind."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(8)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a crash's leftover: nobody answered on it
            if not server.listen(self.name):
                log.warning("Cannot listen for links on %s: %s", self.name, server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.close()
            server.deleteLater()
        for incoming in list(self._incoming):
            incoming.abort()

    def _lock_path(self) -> str:
        if os.path.isabs(self.name):
            return f"{self.name}.lock"
        return os.path.join(QDir.tempPath(), f"{self.name}.lock")

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            incoming = _Incoming(socket, self)
            incoming.finished.connect(self._received)
            incoming.closed.connect(lambda done=incoming: self._incoming.discard(done))
            self._incoming.add(incoming)

    def _received(self, payload: bytes) -> None:
        self.activated.emit()
        if not payload:
            return
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            self.link_received.emit(LinkRefused(Refusal.MALFORMED, "not UTF-8"))
            return
        self.link_received.emit(read_link(text))


class _Incoming(QObject):
    """One connection: reads one bounded message, answers ACK, closes."""

    finished = Signal(bytes)
    closed = Signal()

    def __init__(self, socket: QLocalSocket, parent: QObject) -> None:
        super().__init__(parent)
        self.socket = socket
        self.buffer = bytearray()
        self.expected: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.abort)
        self.timer.start(RECEIVE_TIMEOUT_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._closed)
        self._read()

    def _read(self) -> None:
        if self.socket is None:
            return
        if self.expected is None:
            self.buffer += bytes(self.socket.read(HEADER.size - len(self.buffer)).data())
            if len(self.buffer) < HEADER.size:
                return
            (self.expected,) = HEADER.unpack(bytes(self.buffer))
            self.buffer.clear()
            if self.expected > MAX_MESSAGE_BYTES:
                log.warning("Dropped a %d-byte message on the link socket", self.expected)
                self.abort()
                return
        self.buffer += bytes(self.socket.read(self.expected - len(self.buffer)).data())
        if len(self.buffer) < self.expected:
            return
        self.timer.stop()
        socket = self.socket  # answering may close it (the sender hangs up on the ACK)
        socket.readyRead.disconnect(self._read)
        socket.write(ACK)
        socket.flush()
        self.finished.emit(bytes(self.buffer))
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.disconnectFromServer()

    def abort(self) -> None:
        self.timer.stop()
        self.socket.abort()
        self._closed()

    def _closed(self) -> None:
        if self.socket is None:
            return
        socket, self.socket = self.socket, None
        socket.deleteLater()
        self.closed.emit()
        self.deleteLater()
