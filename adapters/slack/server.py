"""HTTP mode: a small threaded server translating HTTP to bolt and back (bolt-python's adapter shape)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_bolt import App, BoltRequest, BoltResponse

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack payloads are far smaller; refuse anything huge unread


def to_bolt_request(handler: BaseHTTPRequestHandler, body: str) -> BoltRequest:
    """Translate one incoming HTTP request into a bolt request."""
    headers: dict[str, str | Sequence[str]] = {}
    for key, value in handler.headers.items():
        previous = headers.get(key.lower())
        headers[key.lower()] = [*previous, value] if isinstance(previous, list) else [value]
    _, _, query = handler.path.partition("?")
    return BoltRequest(body=body, query=query, headers=headers)


def write_response(handler: BaseHTTPRequestHandler, response: BoltResponse) -> None:
    """Write a bolt response back over HTTP."""
    payload = response.body.encode("utf-8")
    handler.send_response(response.status)
    for key, values in response.headers.items():
        if key.lower() != "content-length":
            for value in values:
                handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)


def make_server(app: App, *, host: str, port: int, path: str = EVENTS_PATH) -> ThreadingHTTPServer:
    """Return a threaded HTTP server that dispatches POSTs on ``path`` to the bolt app."""

    class SlackEventsHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if self.path.partition("?")[0] != path or length > MAX_BODY_BYTES:
                self._plain(404 if length <= MAX_BODY_BYTES else 413, "not here")
                return
            body = self.rfile.read(length).decode("utf-8")
            write_response(self, app.dispatch(to_bolt_request(self, body)))

        def do_GET(self) -> None:
            # A health check for platforms that probe the web process.
            self._plain(200 if self.path == "/healthz" else 404, "ok")

        def _plain(self, status: int, text: str) -> None:
            write_response(self, BoltResponse(status=status, body=text))

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s " + format, self.address_string(), *args)

    server = ThreadingHTTPServer((host, port), SlackEventsHandler)
    server.daemon_threads = True
    return server
