"""What tests that start their own servers and processes share: a free port, and a patient wait."""

import socket
import threading
import time


def free_port():
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition, timeout, what, every=0.2):
    """Poll until `condition()` returns something true; return it, or fail after `timeout` s."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not (result := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        pause.wait(every)
    return result
