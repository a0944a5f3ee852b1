"""The address guard for URLs typed in chat (issue 7): an untrusted fetch may
only connect to public addresses, checked on the address actually connected to
-- by the resolver for names, by the socket factory for IP literals and every
redirect hop -- so a DNS name pointing at 127.0.0.1 or a redirect to
169.254.169.254 is refused. bot/fetch.py builds its guarded session from these.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from aiohttp.abc import AbstractResolver, ResolveResult

PRIVATE_REFUSAL = "refused: feed URLs from chat may not reach private network addresses"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public_address(address: str) -> bool:
    """Can an untrusted fetch connect here? Loopback, private, link-local (cloud
    metadata at 169.254.169.254), multicast, reserved, unspecified and shared
    addresses are not public; IPv4 addresses inside IPv6 are judged as IPv4."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return is_public_address(str(embedded))
        if ip.is_site_local:
            return False
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


class PrivateAddressError(OSError):
    """An untrusted fetch tried to connect to an address that is not public."""

    def __init__(self, address: str, host: str = ""):
        where = f"{host} is {address}" if host and host != address else address
        super().__init__(f"{PRIVATE_REFUSAL} ({where})")


class PublicOnlyResolver(AbstractResolver):
    """Resolves names like ``inner`` but keeps only public addresses: the
    connection can only be made to an address that was checked."""

    def __init__(
        self, inner: AbstractResolver, *, allowed: Callable[[str], bool] = is_public_address, owner: bool = False
    ):
        self._inner = inner
        self._allowed = allowed
        self._owner = owner  # close the inner resolver too (it was made for us)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        public = [r for r in found if self._allowed(r["host"])]
        if found and not public:
            raise PrivateAddressError(found[0]["host"], host)
        return public

    async def close(self) -> None:
        if self._owner:
            await self._inner.close()


def public_socket_factory(allowed: Callable[[str], bool] = is_public_address):
    """A socket factory for aiohttp's connector that refuses non-public peers.

    aiohttp never asks the resolver about an IP literal (``http://10.0.0.1/``):
    this is the check that sees every address just before it is connected to."""

    def factory(addr_info) -> socket.socket:
        family, type_, proto, _, sockaddr = addr_info
        if not allowed(sockaddr[0]):
            raise PrivateAddressError(sockaddr[0])
        return socket.socket(family=family, type=type_, proto=proto)

    return factory
