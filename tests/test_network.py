"""The outbound address check: every IPv6 form of an inside address is unwrapped and refused."""

import pytest

from broadsheet.network import RefusedAddress, check_address, resolve_public


@pytest.mark.parametrize(
    "address",
    [
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:7f00:1",  # IPv4-mapped, hex spelling
        "::127.0.0.1",  # IPv4-compatible (deprecated, still routed by some stacks)
        "::10.0.0.1",
        "::169.254.169.254",
        "64:ff9b::127.0.0.1",  # NAT64 well-known prefix
        "64:ff9b::a9fe:a9fe",  # NAT64 to the metadata address
        "64:ff9b::10.1.2.3",
        "64:ff9b:1::a00:1",  # NAT64 local-use prefix
        "64:ff9b:1:ffff::5db8:d822",
        "2002:7f00:1::1",  # 6to4 around 127.0.0.1
        "2002:a00:1::",  # 6to4 around 10.0.0.1
        "2002:c0a8:101::1",  # 6to4 around 192.168.1.1
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo
        "2001:0:7f00:1:0:0:a2ff:fffe",  # Teredo, server 127.0.0.1
        "fe80::1%eth0",  # link-local with a zone
        "::",
        "::1",
    ],
)
def test_every_ipv6_form_of_an_inside_address_is_refused(address):
    with pytest.raises(RefusedAddress):
        check_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "93.184.216.34",
        "2606:2800:220:1:248:1893:25c8:1946",
        "::ffff:93.184.216.34",
        "64:ff9b::93.184.216.34",  # NAT64 towards a public server
        "2002:5db8:d822::1",  # 6to4 around a public address
    ],
)
def test_public_addresses_pass_in_any_form(address):
    check_address(address)


def test_allowed_networks_let_their_addresses_through_in_any_form():
    check_address("10.1.2.3", ["10.0.0.0/8"])
    check_address("::ffff:10.1.2.3", ["10.0.0.0/8"])
    check_address("64:ff9b::10.1.2.3", ["10.0.0.0/8"])
    with pytest.raises(RefusedAddress):
        check_address("::127.0.0.1", ["10.0.0.0/8"])


def test_resolving_a_name_checks_every_address_it_gives():
    with pytest.raises(RefusedAddress):
        resolve_public("localhost", 80)
    assert resolve_public("127.0.0.1", 80, ["127.0.0.0/8"]) == "127.0.0.1"
