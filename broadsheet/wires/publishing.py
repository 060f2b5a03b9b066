"""Publish agency articles as Wagtail's publish action does, in a handful of queries.

Wagtail's own path (`add_child`, `save_revision`, `revision.publish()`) saves a new article three
times, validating it in full each time and reading its revision back; a batch of agency copy
publishes hundreds. Here each publish saves the article once, leaving what Wagtail's action
leaves: its place in the page tree and its URL path, live, its new revision as the latest and
the live one, the publication times, and the log entries the history screen shows. What follows
a publish (Wagtail's `page_published`: purges, search entries, webhooks, the change record) runs
in `after_publish()`, the one place for it. Only a publish that goes live at once comes here: a
draft or a scheduled (embargoed) publish takes Wagtail's path.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_serializable_data_for_fields,
)
from wagtail.log_actions import get_active_log_context
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageLogEntry, Revision
from wagtail.signals import page_published, published

from broadsheet.articles.changes import FIRST_PUBLICATION
from broadsheet.paper.lookups import remembered

# What a new page's first revision says of it: Wagtail keeps the page as it was saved before
# its first publish (a draft, not yet live).
BEFORE_FIRST_PUBLISH = {
    "live": False,
    "has_unpublished_changes": False,
    "first_published_at": None,
    "last_published_at": None,
    "latest_revision_created_at": None,
    "latest_revision": None,
    "live_revision": None,
}
# The page's place in the tree, which a publish never changes.
TREE_FIELDS = {"path", "depth", "numchild", "url_path", "slug", "translation_key", "locale"}


def add_to_section(article, section):
    """Give the unsaved `article` the path of the section's new last child, as treebeard does.

    In a batch the section is locked once and its last child's path remembered.
    """
    last_paths = remembered("last child paths")
    if last_paths is not None and section.pk in last_paths:
        last = last_paths[section.pk]
    else:
        # Lock the section, as treebeard's add_child does, so that two writers never pick one path.
        Page.objects.select_for_update().filter(pk=section.pk).values_list("pk").first()
        last = (
            Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
    article.depth = section.depth + 1
    if last is None:
        article.path = Page._get_path(section.path, article.depth, 1)
    else:
        article.path = Page(path=last)._inc_path()
    if last_paths is not None:
        last_paths[section.pk] = article.path
    Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + 1)
    section.numchild += 1
    article._cached_parent_obj = section
    article.locale_id = section.locale_id
    article.draft_title = article.title


def new_revision(article, content, created_at):
    return Revision.objects.create(
        content_object=article,
        base_content_type=article.get_base_content_type(),
        created_at=created_at,
        content=content,
        object_str=str(article),
    )


def publish_new(article, section):
    """Add the unsaved `article` under `section`, live at once; return its revision."""
    add_to_section(article, section)
    now = timezone.now()
    article.live = True
    article.has_unpublished_changes = False
    article.first_published_at = article.last_published_at = now
    article.latest_revision_created_at = now
    children = child_rows(article)
    # Page.save sets the URL path from the section, writes the child rows (bylines, tags) and
    # logs the creation; the article was built from agency copy already cut to its fields.
    article.save(clean=False, log_action=None)
    content = {**serializable_data(article, children), **BEFORE_FIRST_PUBLISH}
    revision = new_revision(article, content, now)
    Page.objects.filter(pk=article.pk).update(latest_revision=revision, live_revision=revision)
    article.latest_revision = article.live_revision = revision
    setattr(article, FIRST_PUBLICATION, True)  # so nothing looks for earlier ones
    try:
        after_publish(article, revision)
    finally:
        delattr(article, FIRST_PUBLICATION)
    write_log(
        article,
        [("wagtail.create", None, None, True), ("wagtail.publish", revision, None, True)],
        timestamp=now,
    )
    return revision


def publish_update(article, *, title_before):
    """Publish the changes made in memory to the live `article` at once; return the revision."""
    now = timezone.now()
    revision = new_revision(article, serializable_data(article, child_rows(article)), now)
    article.revisions.update(approved_go_live_at=None)
    article.draft_title = article.title
    article.latest_revision = article.live_revision = revision
    article.latest_revision_created_at = now
    article.live, article.has_unpublished_changes, article.expired = True, False, False
    article.last_published_at = now
    if article.first_published_at is None:
        article.first_published_at = now
    article.save(clean=False, update_fields=update_fields(article))
    # Then as Wagtail's action: comments keep their place, the signals, the workflow, aliases.
    for comment in getattr(article, COMMENTS_RELATION_NAME).all().only("position"):
        comment.save(update_fields=["position"])
    after_publish(article, revision)
    if workflow_state := article.current_workflow_state:
        workflow_state.cancel(user=None)
    article.update_aliases(revision=revision, _content=revision.content)
    data = None
    entries = []
    if article.title != title_before:
        data = {"title": {"old": title_before, "new": article.title}}
        entries.append(("wagtail.rename", revision, data, False))
    write_log(article, [*entries, ("wagtail.publish", revision, data, True)], timestamp=now)
    return revision


def update_fields(article):
    """Every field and child relation of the page but its place in the tree (never published)."""
    fields = [
        field.name
        for field in article._meta.concrete_fields
        if not field.primary_key and field.name not in TREE_FIELDS
    ]
    relations = [rel.get_accessor_name() for rel in get_all_child_relations(article)]
    m2m = [field.name for field in get_all_child_m2m_relations(article)]
    return [*fields, *relations, *m2m]


def after_publish(article, revision):
    """Do what follows a publish of `article` (Wagtail's signals and what listens to them)."""
    page_published.send(sender=type(article), instance=article, revision=revision)
    published.send(sender=type(article), instance=article, revision=revision)


def child_rows(article):
    """The article's child rows by relation (bylines, tags, related links, comments)."""
    return {
        rel.get_accessor_name(): list(getattr(article, rel.get_accessor_name()).all())
        for rel in get_all_child_relations(article)
    }


def serializable_data(article, children):
    """What `article.serializable_data()` gives, from child rows already in hand."""
    data = get_serializable_data_for_fields(article)
    for name, rows in children.items():
        data[name] = [
            row.serializable_data()
            if hasattr(row, "serializable_data")
            else get_serializable_data_for_fields(row)
            for row in rows
        ]
    for field in get_all_child_m2m_relations(article):
        if field.serialize:
            data[field.name] = [child.pk for child in getattr(article, field.name).all()]
    return data


def write_log(article, entries, *, timestamp):
    """Write the history's entries (action, revision, data, content changed) as `log()` does.

    In one insert, without the three lookups each entry's own save makes to validate its keys.
    """
    context = get_active_log_context()
    PageLogEntry.objects.bulk_create(
        PageLogEntry(
            content_type=ContentType.objects.get_for_model(article, for_concrete_model=False),
            label=article.get_admin_display_title(),
            action=action,
            timestamp=timestamp,
            data=data or {},
            user=context.user,
            uuid=context.uuid,
            revision=revision,
            content_changed=changed,
            page=article,
        )
        for action, revision, data, changed in entries
    )
