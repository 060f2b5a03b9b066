"""Our admin templates carry no inline script, style or handler: static files only, for the CSP."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "broadsheet"
ADMIN_TEMPLATES = [
    *sorted((ROOT / "newsroom" / "templates").rglob("*.html")),
    *sorted((ROOT / "newsletter" / "templates" / "newsletter" / "admin").glob("*.html")),
    *sorted((ROOT / "editions" / "templates" / "editions" / "admin").glob("*.html")),
]
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "an inline <script>"),
    (re.compile(r"<style\b", re.I), "a <style> element"),
    (re.compile(r"\sstyle\s*=", re.I), "a style attribute"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "an inline event handler"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


def test_there_are_admin_templates_to_check():
    assert len(ADMIN_TEMPLATES) >= 5


@pytest.mark.parametrize("template", ADMIN_TEMPLATES, ids=lambda path: path.name)
def test_admin_template_has_nothing_inline(template):
    text = template.read_text()
    found = [what for pattern, what in INLINE if pattern.search(text)]
    assert found == [], f"{template.relative_to(ROOT)} has {', '.join(found)}"


def test_our_admin_scripts_neither_evaluate_strings_nor_write_styles():
    for script in (ROOT / "newsroom" / "static" / "newsroom").glob("*.js"):
        text = script.read_text()
        assert "eval(" not in text and "new Function" not in text, script.name
        assert ".style." not in text and "innerHTML" not in text, script.name
