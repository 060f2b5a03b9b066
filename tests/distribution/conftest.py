"""A small newsroom for distribution tests: live stories of each kind, and stories that must not show."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Site

from broadsheet.paper.models import PaperSettings
from tests.factories import make_article, make_home, make_person, make_photo, make_section


@dataclass
class Newsroom:
    home: object
    news: object
    opinion: object
    reporter: object
    columnist: object
    story: object
    column: object
    analysis: object
    draft: object
    scheduled: object
    unpublished: object

    @property
    def live(self):
        return [self.story, self.column, self.analysis]

    @property
    def hidden(self):
        return [self.draft, self.scheduled, self.unpublished]


def make_scheduled(section, title, **kwargs):
    """Create a story whose editor published it to go live tomorrow."""
    article = make_article(section, title, live=False, **kwargs)
    article.go_live_at = timezone.now() + timedelta(days=1)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    return article


def make_unpublished(section, title, **kwargs):
    """Create a story that was published, then taken down."""
    article = make_article(section, title, **kwargs)
    article.unpublish()
    article.refresh_from_db()
    assert not article.live
    return article


@pytest.fixture
def newsroom(db):
    home = make_home()
    site = Site.objects.get(is_default_site=True)
    paper = PaperSettings.for_site(site)
    paper.name = "The Test Gazette"
    paper.language = "en-GB"
    paper.x_handle = "testgazette"
    paper.logo = make_photo("Masthead logo", size=(600, 120))
    paper.save()
    news = make_section("News")
    opinion = make_section("Opinion")
    reporter = make_person("Ada Lane")
    reporter.x_handle = "adalane"
    reporter.save()
    columnist = make_person("Ben Ortiz", is_columnist=True)
    big_photo = make_photo("Harbour cranes", size=(2400, 1600))
    story = make_article(
        news,
        "Harbour talks resume after strike",
        standfirst="Dockers & owners meet <again> at dawn.",
        authors=[reporter],
        tags=["Port strike", "Northport"],
        dateline="NORTHPORT",
        photo=big_photo,
        corrections=["An earlier version misspelt the harbour master's name."],
        weight=5,
    )
    column = make_article(
        opinion,
        "Let the dockers have their say",
        authors=[columnist],
        kind="opinion",
        tags=["Port strike"],
    )
    analysis = make_article(
        news, "What the strike costs the town", authors=[reporter], kind="analysis"
    )
    draft = make_article(
        news, "Secret draft about the harbour", authors=[reporter], tags=["Draft only"], live=False
    )
    scheduled = make_scheduled(
        news, "Embargoed budget story", authors=[reporter], tags=["Port strike"]
    )
    unpublished = make_unpublished(
        news, "Withdrawn story about cranes", authors=[reporter], tags=["Port strike"]
    )
    return Newsroom(
        home,
        news,
        opinion,
        reporter,
        columnist,
        story,
        column,
        analysis,
        draft,
        scheduled,
        unpublished,
    )
