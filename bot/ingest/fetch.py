"""Fetch a web page with the standard library: a timeout, a size cap, our user agent."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.config import Settings
from bot.errors import FetchError

CHUNK_BYTES = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched response body and what the server said it is."""

    body: bytes
    content_type: str  # "text/html"
    charset: str | None
    url: str  # after redirects


def is_url(source: str) -> bool:
    """Tell whether a source is an http(s) URL."""
    parts = urlsplit(source.strip())
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and " " not in source.strip()


def check_public(url: str) -> None:
    """Refuse a URL whose host resolves to a private, loopback or link-local address."""
    host = urlsplit(url.strip()).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        raise FetchError(f"{url}: cannot find the host {host!r}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise FetchError(
                f"{url}: points inside the network ({address}); chat ingest fetches public pages only",
                hint="an admin can allow it with NEWSROOM_FETCH_PRIVATE_ADDRESSES=true",
            )


class _PublicRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to a public address, so a page cannot bounce us inside."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_capped(
    response: http.client.HTTPResponse, *, url: str, cap: int, deadline: float
) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError(f"{url}: the page is larger than {cap:,} bytes")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK_BYTES):
        size += len(chunk)
        if size > cap:
            raise FetchError(f"{url}: the page is larger than {cap:,} bytes")
        # The socket timeout bounds each wait; this bounds a server that trickles bytes.
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, *, settings: Settings, public_only: bool = False) -> Fetched:
    """Download ``url``, refusing slow, huge or failing responses with a FetchError."""
    if not is_url(url):
        raise FetchError(f"{url}: not an http(s) URL")
    if public_only:
        check_public(url)
    opener = urllib.request.build_opener(*([_PublicRedirects()] if public_only else []))
    request = urllib.request.Request(
        url.strip(),
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        },
    )
    timeout = settings.fetch_timeout
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            body = _read_capped(response, url=url, cap=settings.max_fetch_bytes, deadline=deadline)
            return Fetched(
                body=body,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
                url=response.geturl(),
            )
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"{url}: timed out after {timeout:g}s") from None
        raise FetchError(f"{url}: cannot fetch it ({exc.reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g}s") from None
    except (http.client.HTTPException, OSError) as exc:
        raise FetchError(f"{url}: cannot fetch it ({exc})") from None
