"""Refresh many search entries at once, away from the editor's request."""

from django.tasks import task

from .entries import refresh_entries, refresh_subtree


@task()
def refresh_entries_under(path):
    """After a view restriction changed: the articles under it become findable, or stop being."""
    refresh_subtree(path)


@task()
def refresh_entries_by(person_id):
    """After a byline's name changed: that person's articles are found under the new name."""
    from broadsheet.articles.models import ArticleAuthor

    ids = ArticleAuthor.objects.filter(person_id=person_id).values_list("article_id", flat=True)
    refresh_entries(list(ids))
