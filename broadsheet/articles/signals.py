"""Keep stored renders true: what changes marks the renders showing it stale and rebuilds them."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from broadsheet.paper.models import PaperSettings
from broadsheet.photos.models import Photo
from broadsheet.photos.tasks import make_photo_renditions

from .models import ArticleAuthor, ArticlePage, ArticleRender, SectionPage
from .rendering import renders_showing
from .tasks import build_renders, refresh_after_publish, refresh_renders

REBUILD_BATCH = 500


@receiver(page_published, sender=ArticlePage)
@receiver(page_unpublished, sender=ArticlePage)
def story_changed(sender, instance, **kwargs):
    """Published, updated, corrected, killed or expired: its own render and those listing it.

    A publish may also put the story in the related block of stories on its topics.
    """
    refresh_after_publish([instance])


@receiver(pre_delete, sender=ArticlePage)
def story_deleting(sender, instance, **kwargs):
    instance._renders_showing = renders_showing([instance.pk]) - {instance.pk}


@receiver(post_delete, sender=ArticlePage)
def story_deleted(sender, instance, **kwargs):
    refresh_renders(getattr(instance, "_renders_showing", ()))


@receiver(page_published, sender=SectionPage)
@receiver(post_page_move)
@receiver(page_slug_changed)
def branch_changed(sender, instance, **kwargs):
    """A section renamed, or a page moved or given a new slug: the stories under it change."""
    under = ArticleRender.objects.filter(article__path__startswith=instance.path)
    refresh_renders(under.values_list("pk", flat=True))


def byline_changed(sender, instance, created, **kwargs):
    """A journalist's name, role or portrait: their stories, and the stories listing them."""
    if instance.photo_id:
        make_photo_renditions.enqueue(instance.photo_id, "portrait")
    if created:
        return
    ids = list(ArticleAuthor.objects.filter(person=instance).values_list("article_id", flat=True))
    refresh_renders(renders_showing(ids))


@receiver(post_save, sender=Photo)
def photo_saved(sender, instance, created, **kwargs):
    """A caption, credit, alt text or crop changed: the stories leading with it."""
    if not created:
        refresh_renders(
            ArticleRender.objects.filter(article__lead_photo=instance).values_list("pk", flat=True)
        )


@receiver(post_save, sender=PaperSettings)
def paper_changed(sender, created, **kwargs):
    """The paper's name, language or logo is in every render's head tags: rebuild them all."""
    if not created:
        rebuild_all()


def rebuild_all():
    ids = list(ArticleRender.objects.order_by("pk").values_list("pk", flat=True))
    ArticleRender.objects.update(stale=True)
    for start in range(0, len(ids), REBUILD_BATCH):
        build_renders.enqueue(ids[start : start + REBUILD_BATCH])


def settings_changed(sender, created, **kwargs):
    if not created:
        rebuild_all()
