"""Bylines: who worked on a story and in what role, in one order wherever the story goes.

Every place that shows or sends a byline (the article page, teasers, search, JSON-LD, feeds, the
content API, webhooks, the digest, the e-paper) reads it through `Byline`, so the names, their
roles and their order are the same everywhere. The order is the roles' order (`ContributorRole`),
then the editor's order within a role.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db import models


class ContributorRole(models.TextChoices):
    REPORTING = "reporting", "Reporting"
    ADDITIONAL_REPORTING = "additional_reporting", "Additional reporting"
    PHOTOGRAPHY = "photography", "Photography"
    GRAPHICS = "graphics", "Graphics"
    EDITING = "editing", "Editing"


# The words that open each role's part of the byline: "By A and B. Photography by C."
CREDIT_WORDS = {
    ContributorRole.REPORTING: "By",
    ContributorRole.ADDITIONAL_REPORTING: "Additional reporting by",
    ContributorRole.PHOTOGRAPHY: "Photography by",
    ContributorRole.GRAPHICS: "Graphics by",
    ContributorRole.EDITING: "Edited by",
}
# The roles that make someone an author of the story (schema.org `author`, feeds' authors);
# everyone else is a contributor.
AUTHOR_ROLES = frozenset({ContributorRole.REPORTING})
ROLE_ORDER = {role.value: position for position, role in enumerate(ContributorRole)}


def join_names(names):
    """Join names the way a byline reads: 'A', 'A and B', 'A, B and C'."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True)
class Credit:
    """One person's part in a story: the person and their role."""

    person: object
    role: str

    @property
    def name(self):
        return self.person.name

    @property
    def slug(self):
        return self.person.slug

    @property
    def url(self):
        return self.person.get_absolute_url()

    @property
    def on_staff(self):
        return self.person.on_staff

    @property
    def role_label(self):
        return ContributorRole(self.role).label

    @property
    def is_author(self):
        return self.role in AUTHOR_ROLES

    def as_data(self, absolute=str):
        """Describe the credit as plain data; `absolute` turns a path into a full URL."""
        return {
            "name": self.name,
            "slug": self.slug,
            "url": absolute(self.url),
            "role": self.role,
            "role_label": self.role_label,
            "staff": self.on_staff,
        }


@dataclass(frozen=True)
class CreditGroup:
    """The people credited in one role, with the words that introduce them."""

    role: str
    credits: tuple

    @property
    def words(self):
        return CREDIT_WORDS[self.role]

    @property
    def names(self):
        return join_names(credit.name for credit in self.credits)

    @property
    def text(self):
        return f"{self.words} {self.names}"


class Byline:
    """A story's credits in byline order, and the agency when the story is agency copy."""

    def __init__(self, credits, agency=""):
        credits = list(credits)
        self.credits = sorted(credits, key=lambda credit: ROLE_ORDER.get(credit.role, 99))
        self.agency = agency

    @classmethod
    def of(cls, article):
        """Read the byline of `article`, from its prefetched links when it has them (no query)."""
        links = article.article_authors.all()
        if "article_authors" in getattr(article, "_prefetched_objects_cache", {}):
            pass  # the listing's prefetch, already in order
        elif "article_authors" in getattr(article, "_cluster_related_objects", {}):
            links = links.order_by("sort_order")  # a preview or a revision: links in memory
        else:
            links = links.select_related("person").order_by("sort_order", "pk")
        return cls([Credit(link.person, link.role) for link in links], article.agency)

    def __bool__(self):
        return bool(self.credits or self.agency)

    def __iter__(self):
        return iter(self.credits)

    def __len__(self):
        return len(self.credits)

    @cached_property
    def authors(self):
        """The credits that make an author: schema.org `author`, the feeds' authors."""
        return [credit for credit in self.credits if credit.is_author]

    @cached_property
    def contributors(self):
        """Everyone else credited: additional reporting, photography, graphics, editing."""
        return [credit for credit in self.credits if not credit.is_author]

    @cached_property
    def people(self):
        """Each person credited, once, in byline order."""
        seen, people = set(), []
        for credit in self.credits:
            if credit.person.pk not in seen:
                seen.add(credit.person.pk)
                people.append(credit.person)
        return people

    @cached_property
    def groups(self):
        """The credits by role, in byline order: one group per role that has anyone in it."""
        groups = []
        for credit in self.credits:
            if groups and groups[-1][0] == credit.role:
                groups[-1][1].append(credit)
            else:
                groups.append((credit.role, [credit]))
        return [CreditGroup(role, tuple(credits)) for role, credits in groups]

    @property
    def lead(self):
        """The first group when it is the authors, which the agency joins: 'By A with Wire'."""
        groups = self.groups
        return groups[0] if groups and groups[0].role in AUTHOR_ROLES else None

    @property
    def others(self):
        """The groups after the lead: 'Photography by C', 'Edited by D'."""
        return self.groups[1:] if self.lead else self.groups

    @property
    def short(self):
        """What a teaser shows: the authors' names, else the agency, else the first credits."""
        if self.authors:
            return join_names(credit.name for credit in self.authors)
        if self.agency:
            return self.agency
        return self.groups[0].names if self.groups else ""

    @property
    def text(self):
        """The whole byline as one line of text, for print, email and plain-text places."""
        parts = []
        lead = self.lead
        if lead is not None:
            parts.append(f"{lead.text} with {self.agency}" if self.agency else lead.text)
        elif self.agency:
            parts.append(self.agency)
        parts.extend(group.text for group in self.others)
        return ". ".join(parts)

    @property
    def names(self):
        """Every name credited, in order, for search."""
        return [person.name for person in self.people]

    def as_data(self, absolute=str):
        """Every credit as plain data, in byline order (the content API, webhooks, feeds)."""
        return [credit.as_data(absolute) for credit in self.credits]
