"""Import one story from a web page (an address or a saved file) as a draft or published."""

from django.core.management.base import BaseCommand, CommandError

from broadsheet.wires.webpage import PageRefused, import_page, read_source, section_for


class Command(BaseCommand):
    help = (
        "Import the story on a web page: headline, standfirst, byline, date, dateline and lead "
        "picture with its caption and credit, without the page's navigation, widgets, CSS or "
        "script. Lands as a draft unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="URL_OR_PATH", help="An http(s) address or a file.")
        parser.add_argument("--publish", action="store_true", help="Publish the story at once.")
        parser.add_argument(
            "--section", metavar="SLUG", default="", help="The section (default: the first)."
        )

    def handle(self, *args, source, publish, section, **options):
        try:
            target = section_for(section)
            article, result = import_page(read_source(source), section=target, publish=publish)
        except PageRefused as refusal:
            raise CommandError(f"{source}: {refusal}") from None
        story = result.story
        state = "published" if article.live else "draft"
        verb = "Updated" if result.updated else "Created"
        section = article.get_parent().title
        self.stdout.write(f"{verb} ({state}): {article.title} [{section}] id={article.pk}")
        for label, value in [
            ("Standfirst", story.standfirst),
            ("Byline", story.byline),
            ("Dateline", story.dateline),
            ("Date", result.published.isoformat() if result.published else ""),
            ("Picture", "yes" if article.lead_photo_id else "no"),
            ("Caption", article.lead_caption),
            ("Credit", article.lead_credit),
            ("Paragraphs", str(len(article.body))),
        ]:
            if value:
                self.stdout.write(f"  {label}: {value}")
        for note in result.notes:
            self.stdout.write(f"  Note: {note}")
