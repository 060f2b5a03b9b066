from django.apps import AppConfig


class LiveBlogsConfig(AppConfig):
    name = "broadsheet.liveblogs"
    label = "liveblogs"
    verbose_name = "Live blogs"

    def ready(self):
        from broadsheet.articles.models import SectionPage

        # A section takes live blogs beside its stories; articles stays unaware of this app.
        if "liveblogs.LiveBlogPage" not in SectionPage.subpage_types:
            SectionPage.subpage_types = [*SectionPage.subpage_types, "liveblogs.LiveBlogPage"]
            SectionPage._clean_subpage_models = None
