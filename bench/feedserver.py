"""The benchmark's feed server: N feeds on 127.0.0.1, in a process of its own.

    python -m bench.feedserver --feeds 10000 --ports 16

Prints one JSON line ``{"ports": [...], "control": port}`` when it listens,
then serves until stdin closes. Feed ``i`` is ``http://127.0.0.1:PORT/f/i``
with PORT = ports[i % len(ports)]: many ports stand in for many hosts, so the
fetcher's per-host limit applies as it does in the wild. Every feed has an
ETag and a Last-Modified and answers 304 to either; ``POST /churn`` on the
control port (a JSON list of feed numbers) gives those feeds a new version.

A hand-written HTTP/1.1 server on asyncio, not aiohttp.web: it has to answer
thousands of requests a second on one core without becoming what the
benchmark measures. It speaks just enough HTTP for a feed fetcher: GET,
keep-alive, conditional requests, Content-Length bodies.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from collections import Counter

from .corpus import changed_body, doc_for, etag, last_modified, load_corpus


class Feeds:
    def __init__(self, count: int):
        self.docs = load_corpus()
        self.count = count
        self.generation: dict[int, int] = {}
        self._bodies: dict[tuple[int, int], bytes] = {}
        self.stats: Counter[str] = Counter()

    def response(self, path: str, headers: dict[bytes, bytes]) -> bytes:
        if not path.startswith("/f/"):
            return _plain(404, b"not found")
        try:
            i = int(path[3:])
        except ValueError:
            return _plain(404, b"not found")
        if not 0 <= i < self.count:
            return _plain(404, b"not found")
        g = self.generation.get(i, 0)
        tag, modified = etag(i, g), last_modified(g)
        inm = headers.get(b"if-none-match")
        ims = headers.get(b"if-modified-since")
        common = f"ETag: {tag}\r\nLast-Modified: {modified}\r\n"
        if (inm is not None and inm.decode() == tag) or (inm is None and ims is not None and ims.decode() == modified):
            self.stats["304"] += 1
            return f"HTTP/1.1 304 Not Modified\r\n{common}\r\n".encode()
        doc = doc_for(self.docs, i)
        body = self._bodies.get((i, g))
        if body is None:
            body = doc.body if g == 0 else changed_body(doc, i, g)
            if g:
                self._bodies[(i, g)] = body
        self.stats["200"] += 1
        head = f"HTTP/1.1 200 OK\r\nContent-Type: {doc.content_type}\r\nContent-Length: {len(body)}\r\n{common}\r\n"
        return head.encode() + body


def _plain(status: int, text: bytes) -> bytes:
    reason = {404: "Not Found", 400: "Bad Request"}.get(status, "OK")
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {len(text)}\r\n\r\n".encode() + text
    )


class _Http(asyncio.Protocol):
    def __init__(self, feeds: Feeds):
        self.feeds = feeds
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            lines = head.split(b"\r\n")
            parts = lines[0].split(b" ")
            if len(parts) != 3:
                self.transport.write(_plain(400, b"bad request"))
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            self.transport.write(self.feeds.response(parts[1].decode("latin-1"), headers))
            if headers.get(b"connection", b"").lower() == b"close":
                self.transport.close()
                return


class _Control(asyncio.Protocol):
    """POST /churn [i, ...] bumps those feeds' versions; GET /stats; POST /reset."""

    def __init__(self, feeds: Feeds):
        self.feeds = feeds
        self.buffer = b""

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self.buffer[:end].split(b"\r\n")
        length = 0
        for line in head[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = self.buffer[end + 4 :]
        if len(body) < length:
            return
        method, path = head[0].split(b" ")[:2]
        if path == b"/churn":
            for i in json.loads(body or b"[]"):
                self.feeds.generation[i] = self.feeds.generation.get(i, 0) + 1
            answer = b"{}"
        elif path == b"/reset":
            self.feeds.generation.clear()
            self.feeds.stats.clear()
            answer = b"{}"
        else:
            answer = json.dumps(dict(self.feeds.stats)).encode()
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(answer)}\r\n\r\n".encode()
            + answer
        )
        self.transport.close()


async def serve(count: int, ports: int) -> None:
    loop = asyncio.get_running_loop()
    feeds = Feeds(count)
    servers = [await loop.create_server(lambda: _Http(feeds), "127.0.0.1", 0, backlog=1024) for _ in range(ports)]
    control = await loop.create_server(lambda: _Control(feeds), "127.0.0.1", 0)
    print(json.dumps({
        "ports": [s.sockets[0].getsockname()[1] for s in servers],
        "control": control.sockets[0].getsockname()[1],
        "pid": os.getpid(),
    }), flush=True)  # fmt: skip
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--ports", type=int, default=16)
    args = parser.parse_args()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    asyncio.run(serve(args.feeds, args.ports))


if __name__ == "__main__":
    main()


# --- used by the benchmark: start the server, talk to its control port ---------------------


class FeedServerProcess:
    """``with FeedServerProcess(10_000) as server: server.url(i)``"""

    def __init__(self, feeds: int, ports: int = 16):
        self.feeds, self.nports = feeds, ports
        self.ports: list[int] = []
        self.control = 0
        self._proc = None

    def __enter__(self) -> FeedServerProcess:
        import subprocess

        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench.feedserver", "--feeds", str(self.feeds), "--ports", str(self.nports)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=_ROOT,
        )  # fmt: skip
        info = json.loads(self._proc.stdout.readline())
        self.ports, self.control, self.pid = info["ports"], info["control"], info["pid"]
        return self

    def __exit__(self, *exc) -> None:
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except Exception:
            self._proc.kill()
            self._proc.wait()

    @property
    def spec(self) -> dict:
        """What a benchmark subprocess needs to reach this server."""
        return {"ports": self.ports, "control": self.control, "feeds": self.feeds, "pid": self.pid}


class ServerClient:
    def __init__(self, spec: dict):
        self.ports, self.control, self.feeds = spec["ports"], spec["control"], spec["feeds"]
        self.pid = spec.get("pid")

    def url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.ports[i % len(self.ports)]}/f/{i}"

    def churn(self, feeds: list[int]) -> None:
        self._call("/churn", feeds)

    def reset(self) -> None:
        self._call("/reset", None)

    def stats(self) -> dict:
        return self._call("/stats", None)

    def _call(self, path: str, payload) -> dict:
        import urllib.request

        data = json.dumps(payload).encode() if payload is not None else b""
        request = urllib.request.Request(f"http://127.0.0.1:{self.control}{path}", data=data, method="POST")
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"{}")


_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
