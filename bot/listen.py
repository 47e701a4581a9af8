"""Where a server of the bot listens: `host:port`, read from a setting."""

from __future__ import annotations

import ipaddress
import re
from typing import NamedTuple

_HOST_NAME = re.compile(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
_MAX_PORT = 65535


class Listen(NamedTuple):
    """A host (name, IPv4 or IPv6 address) and a TCP port; port 0 picks a free one."""

    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_listen(raw: str) -> Listen | None:
    """`127.0.0.1:8080`, `0.0.0.0:80`, `[::1]:9090`, `localhost:9090`; None if malformed."""
    host, colon, port = raw.strip().rpartition(":")
    if not colon or not port.isdigit() or int(port) > _MAX_PORT:
        return None
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return None
    elif not _HOST_NAME.fullmatch(host):
        return None
    return Listen(host, int(port))
