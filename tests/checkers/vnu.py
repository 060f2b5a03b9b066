"""The Nu HTML Checker (npm's vnu-jar), installed into var/tools on first use, run once per batch."""

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import skip_or_fail

VNU_VERSION = "26.9.27"
TOOLS_DIR = Path(__file__).resolve().parents[2] / "var" / "tools"
JAR = TOOLS_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_jar():
    """Return the checker's jar, installing it with npm when it is missing; skip without Java."""
    jar = Path(os.environ.get("BROADSHEET_VNU_JAR") or JAR)
    if not shutil.which("java"):
        skip_or_fail(
            "the Nu HTML Checker needs Java: install it with `apt-get install default-jre`"
        )
    if not jar.exists():
        if not shutil.which("npm"):
            skip_or_fail("the Nu HTML Checker is installed with npm: `apt-get install npm`")
        TOOLS_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(TOOLS_DIR),
                "--no-audit",
                "--no-fund",
                f"vnu-jar@{VNU_VERSION}",
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return jar


def check_html(folder):
    """Check every .html file in `folder` in one JVM; return {file name: [error messages]}."""
    result = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--format", "json", "--skip-non-html", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = {path.name: [] for path in Path(folder).glob("*.html")}
    for message in messages:
        if message["type"] in {"error", "non-document-error"}:
            name = Path(message.get("url", "").removeprefix("file:")).name
            where = f"line {message.get('lastLine', '?')}"
            extract = (message.get("extract") or "").strip()[:100]
            errors.setdefault(name, []).append(f"{where}: {message['message']} [{extract}]")
    return errors
