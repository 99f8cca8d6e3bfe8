"""The resolver Scrapy connects with: it refuses loopback, private, link-local and reserved
addresses, so the address checked is the address used (no DNS rebinding between a check and
the connection).

`GuardedResolver` is installed through TWISTED_DNS_RESOLVER (spiders.settings). It answers
Twisted's `IResolverSimple.getHostByName` (one IPv4 address, as Scrapy's default
CachingThreadedResolver): every address the upstream lookup gives is judged by
`address_refusal`, the refused ones are dropped, the first allowed one is returned; when none
is allowed the lookup fails with a `DNSLookupError` naming the host and the refused address.
The cache (DNSCACHE_ENABLED / DNSCACHE_SIZE) holds raw answers: the rule applies on every
lookup. AddressGuardMiddleware applies the same rule before a request is sent.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Self, cast

from scrapy.utils.datatypes import LocalCache
from twisted.internet import defer, threads
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# host -> addresses (text, in the resolver's order); blocking, run in the reactor's thread pool
Lookup = Callable[[str], Sequence[str]]

_REFUSED: LocalCache[str, str] = LocalCache(1000)  # host -> why its last lookup was refused


def address_refusal(ip: IPAddress, allow_loopback: bool) -> str | None:
    """Why `ip` is never fetched ("loopback", "private", "link-local", ...); None if allowed.
    Loopback is allowed only with `allow_loopback` (tests); IPv4-mapped IPv6 is judged as IPv4."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return None if allow_loopback else "loopback"
    for label in ("link_local", "private", "reserved", "multicast", "unspecified"):
        if getattr(ip, f"is_{label}"):
            return label.replace("_", "-")
    return None if ip.is_global else "not globally routable"


def system_lookup(host: str) -> list[str]:
    """Every address the system resolver gives for `host` (IPv4 and IPv6), once each."""
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


def lookup_addresses(host: str) -> list[str]:
    """`host`'s addresses through the current lookup (`system_lookup`; a test may rebind
    the module attribute to a scripted lookup): blocking, call it off the event loop."""
    return list(system_lookup(host))


def choose_address(host: str, addresses: Sequence[str], allow_loopback: bool) -> str:
    """The first allowed IPv4 address of `addresses`; raises DNSLookupError naming `host`
    and the first refused address when none is allowed."""
    refused: list[str] = []
    for text in addresses:
        ip = ipaddress.ip_address(text)
        reason = address_refusal(ip, allow_loopback)
        if reason is not None:
            refused.append(f"{ip} ({reason})")
        elif ip.version == 4:
            _REFUSED.pop(host, None)
            return str(ip)
    if refused:
        message = f"{host}: refused address {refused[0]}"
        _REFUSED[host] = message
        raise DNSLookupError(message)
    raise DNSLookupError(f"{host}: no IPv4 address")


def refusal_for(host: str) -> str | None:
    """The refusal of `host`'s last connect-time lookup, if it was refused (read once)."""
    return _REFUSED.pop(host, None)


@implementer(IResolverSimple)
class GuardedResolver:
    """IResolverSimple for Scrapy's reactor: upstream answers filtered by `address_refusal`."""

    def __init__(
        self,
        reactor: Any,
        *,
        allow_loopback: bool = False,
        timeout: float = 60.0,
        cache_size: int = 0,
        lookup: Lookup | None = None,
    ) -> None:
        self.reactor = reactor
        self.allow_loopback = allow_loopback
        self.timeout = timeout
        self.lookup: Lookup = lookup or lookup_addresses
        self.cache: LocalCache[str, Sequence[str]] = LocalCache(cache_size or None)
        self.cache_enabled = cache_size > 0

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> Self:
        """Built by Scrapy from the process settings (NEWSBRIEF_ALLOW_LOOPBACK, DNS_*)."""
        settings = crawler.settings
        enabled = settings.getbool("DNSCACHE_ENABLED")
        return cls(
            reactor,
            allow_loopback=settings.getbool("NEWSBRIEF_ALLOW_LOOPBACK"),
            timeout=settings.getfloat("DNS_TIMEOUT"),
            cache_size=settings.getint("DNSCACHE_SIZE") if enabled else 0,
        )

    def install_on_reactor(self) -> None:
        """Make this the reactor's resolver (HostnameEndpoint asks it on every connect)."""
        self.reactor.installResolver(cast(IResolverSimple, self))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:
        """One allowed IPv4 address of `name`, or a DNSLookupError (refused, or no answer)."""
        if name in self.cache:
            answer: defer.Deferred[Sequence[str]] = defer.succeed(self.cache[name])
        else:
            answer = self._resolve(name)
        return answer.addCallback(self._choose, name)

    def _resolve(self, name: str) -> defer.Deferred[Sequence[str]]:
        pool = self.reactor.getThreadPool()
        d: defer.Deferred[Sequence[str]] = threads.deferToThreadPool(
            self.reactor, pool, self.lookup, name
        )
        if self.timeout:
            d.addTimeout(self.timeout, self.reactor)
        return d.addCallbacks(self._store, self._failed, callbackArgs=(name,), errbackArgs=(name,))

    def _store(self, addresses: Sequence[str], name: str) -> Sequence[str]:
        if self.cache_enabled and addresses:
            self.cache[name] = tuple(addresses)
        return addresses

    @staticmethod
    def _failed(failure: Failure, name: str) -> Failure:
        if isinstance(failure.value, DNSLookupError):
            return failure
        raise DNSLookupError(f"{name}: {failure.getErrorMessage() or type(failure.value).__name__}")

    def _choose(self, addresses: Sequence[str], name: str) -> str:
        try:
            return choose_address(name, addresses, self.allow_loopback)
        except DNSLookupError as exc:
            logger.warning("connect-time DNS check: %s", exc)
            raise
