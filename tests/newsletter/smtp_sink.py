"""An SMTP server in its own process that a test can SIGKILL: it stores each message before its 250.

Run as `python smtp_sink.py FOLDER PORT`. Every accepted message is written to FOLDER as one
file (written under a temporary name, then renamed, so a kill never leaves half a message),
and only then does the server answer 250. It prints "ready" once it listens.
"""

import asyncio
import os
import sys
import uuid
from pathlib import Path

from aiosmtpd.smtp import SMTP


class StoreThenAccept:
    def __init__(self, folder):
        self.folder = Path(folder)

    async def handle_DATA(self, server, session, envelope):
        name = f"{uuid.uuid4().hex}.eml"
        partial = self.folder / f".{name}"
        recipients = ",".join(envelope.rcpt_tos)
        partial.write_bytes(f"X-Envelope-To: {recipients}\r\n".encode() + envelope.original_content)
        os.replace(partial, self.folder / name)
        return "250 Message accepted for delivery"


async def main(folder, port):
    loop = asyncio.get_running_loop()
    handler = StoreThenAccept(folder)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="crash-sink", decode_data=False),
        host="127.0.0.1",
        port=port,
        reuse_address=True,
    )
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
