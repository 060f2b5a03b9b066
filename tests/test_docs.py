"""Every setting of Broadsheet's own is documented in docs/settings.md."""

import re
from pathlib import Path

from django.conf import settings

DOCS = Path(__file__).resolve().parent.parent / "docs" / "settings.md"
SETTINGS_SOURCE = Path(__file__).resolve().parent.parent / "broadsheet" / "settings" / "base.py"


def documented():
    return set(re.findall(r"^## (\w+)$", DOCS.read_text(), flags=re.MULTILINE))


def test_every_broadsheet_setting_is_documented():
    names = {name for name in dir(settings) if name.startswith("BROADSHEET_")}
    assert names, "settings define BROADSHEET_* names"
    assert names - documented() == set()


def test_every_broadsheet_environment_variable_is_documented():
    source = SETTINGS_SOURCE.read_text()
    variables = set(re.findall(r"""["'](BROADSHEET_\w+)["']""", source))
    assert variables - documented() == set()
