"""No input crashes the ingest: every file is stories or a quarantine with a reason."""

import json
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broadsheet.wires import parsers
from broadsheet.wires.ingest import Action, ingest_bytes
from broadsheet.wires.items import AgencyStory, PubStatus
from tests.factories import make_section

SAMPLES = Path(__file__).resolve().parent / "samples"
SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in {".json", ".xml"})

FAST = settings(max_examples=150, deadline=None)
WITH_DB = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
ninjs_keys = st.sampled_from(
    [
        "uri", "version", "versioncreated", "pubstatus", "embargoed", "headline", "headlines",
        "body_html", "body_text", "bodies", "description_text", "descriptions", "byline", "by",
        "located", "subject", "subjects", "associations", "renditions", "type", "standard",
        "copyrightholder", "language",
    ]
)  # fmt: skip
ninjs_like = st.dictionaries(ninjs_keys, json_values, max_size=10).map(
    lambda item: {"uri": "urn:fuzz:1", **item}
)


def assert_well_formed(result):
    """A parse gives a format name and stories with what the ingest needs."""
    name, stories = result
    assert name in parsers.registry
    for story in stories:
        assert isinstance(story, AgencyStory)
        assert isinstance(story.guid, str) and story.guid
        assert isinstance(story.version, int) and story.version >= 0
        assert story.pubstatus in PubStatus.values


def parse_or_refuse(data):
    try:
        assert_well_formed(parsers.parse(data))
    except parsers.Refused as refused:
        assert str(refused), "a refusal always says why"


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_a_reason(data):
    parse_or_refuse(data)


@FAST
@given(json_values)
def test_any_json_is_read_or_refused(value):
    parse_or_refuse(json.dumps(value).encode())


@FAST
@given(ninjs_like)
def test_ninjs_shaped_json_is_read_or_refused(item):
    parse_or_refuse(json.dumps(item).encode())


@FAST
@given(
    st.sampled_from(SAMPLE_FILES),
    st.integers(min_value=0, max_value=4000),
    st.binary(min_size=1, max_size=8),
)
def test_damaged_samples_are_read_or_refused(name, position, junk):
    data = (SAMPLES / name).read_bytes()
    position %= len(data)
    parse_or_refuse(data[:position] + junk + data[position + len(junk) :])


@FAST
@given(st.sampled_from(SAMPLE_FILES), st.integers(min_value=1, max_value=4000))
def test_truncated_samples_are_read_or_refused(name, length):
    data = (SAMPLES / name).read_bytes()
    parse_or_refuse(data[: length % len(data)])


texts = st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=60)


@FAST
@given(texts, texts, texts, texts)
def test_any_rss_item_text_is_read(guid, title, author, description):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item>'
        f"<guid>{escape(guid)}</guid><title>{escape(title)}</title>"
        f"<author>{escape(author)}</author><description>{escape(description)}</description>"
        "</item></channel></rss>"
    )
    parse_or_refuse(feed.encode())


@FAST
@given(texts, texts, st.integers(), texts)
def test_any_newsml_values_are_read_or_refused(guid, headline, version, status):
    item = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
        f'guid="{escape(guid, {chr(34): "&quot;"})}" version="{version}">'
        f'<itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="{escape(status, {chr(34): "&quot;"})}"/>'
        f"</itemMeta><contentMeta><headline>{escape(headline)}</headline></contentMeta></newsItem>"
    )
    parse_or_refuse(item.encode())


@pytest.mark.django_db
@WITH_DB
@given(
    st.one_of(
        st.binary(max_size=300),
        ninjs_like.map(lambda item: json.dumps(item).encode()),
        st.tuples(st.sampled_from(SAMPLE_FILES), st.integers(0, 3000), st.binary(max_size=6)).map(
            lambda t: (lambda d: d[: t[1] % len(d)] + t[2] + d[t[1] % len(d) :])(
                (SAMPLES / t[0]).read_bytes()
            )
        ),
    )
)
def test_no_input_crashes_the_ingest_and_every_failure_is_a_quarantine(data):
    make_section("World")
    outcomes = ingest_bytes(data, name="fuzz.bin", publish=True)
    assert outcomes
    for outcome in outcomes:
        assert outcome.action in {
            Action.CREATED, Action.UPDATED, Action.UNCHANGED, Action.IGNORED,
            Action.KILLED, Action.HELD, Action.QUARANTINED,
        }  # fmt: skip
        if outcome.action == Action.QUARANTINED:
            assert outcome.detail and outcome.quarantine.reason == outcome.detail
