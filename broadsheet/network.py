"""Which network addresses the site may open outbound connections to (webhooks, wire feeds).

An IPv6 address can carry an IPv4 one in several standard forms; each is unwrapped first, so
`[::127.0.0.1]` or `[64:ff9b::a00:1]` is judged as the IPv4 address it leads to.
"""

import ipaddress
import socket

IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class RefusedAddress(Exception):
    """The address is inside our own network (or otherwise not public) and not allowed."""


def embedded_ipv4(ip):
    """Return the IPv4 addresses an IPv6 address stands for (mapped, compatible, NAT64, 6to4, Teredo)."""
    if ip.ipv4_mapped:
        return [ip.ipv4_mapped]
    if ip in NAT64_WELL_KNOWN or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        return [ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)]
    if ip.sixtofour:
        return [ip.sixtofour]
    if ip.teredo:
        return list(ip.teredo)
    return []


def check_address(address, allowed_networks=()):
    """Refuse loopback, private, link-local, reserved and multicast addresses, in any form.

    `allowed_networks` (ip_network objects or strings) are let through, for example a
    partner inside a private network. Every IPv4 address an IPv6 one embeds must pass too.
    """
    allowed = [ipaddress.ip_network(network) for network in allowed_networks]
    ip = ipaddress.ip_address(str(address).split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    if isinstance(ip, ipaddress.IPv6Address):
        # In 64:ff9b:1::/48 the IPv4 part's place depends on a prefix length we can't know.
        candidates = [ip] if ip in NAT64_LOCAL else embedded_ipv4(ip) or [ip]
    else:
        candidates = [ip]
    for candidate in candidates:
        if any(candidate.version == net.version and candidate in net for net in allowed):
            continue
        if candidate in NAT64_LOCAL or not candidate.is_global or candidate.is_multicast:
            raise RefusedAddress(
                f"{address} is not a public address; connections may not go there."
            )


def resolve_public(host, port, allowed_networks=()):
    """Resolve `host` once and return one address to connect to; refuse if any is not public.

    Connect to the returned address (not the name) so the name cannot resolve elsewhere
    between the check and the connection.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise ConnectionError(f"cannot resolve {host}: {error}") from error
    addresses = [info[4][0] for info in infos]
    for address in addresses:
        check_address(address, allowed_networks)
    return addresses[0]
