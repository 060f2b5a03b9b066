from django.db import migrations

NEWSLETTERS = [
    {
        "slug": "daily-briefing",
        "name": "Daily briefing",
        "description": "The day's top stories every morning, chosen from the front page.",
        "kind": "daily",
        "automatic": True,
        "signup_default": True,
    },
    {
        "slug": "opinion-weekly",
        "name": "Opinion weekly",
        "description": "The week's columns and editorials, every Sunday.",
        "kind": "opinion",
        "automatic": False,
        "signup_default": False,
    },
]


def create_newsletters(apps, schema_editor):
    Newsletter = apps.get_model("newsletter", "Newsletter")
    for values in NEWSLETTERS:
        Newsletter.objects.get_or_create(slug=values["slug"], defaults=values)


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0001_initial")]

    operations = [migrations.RunPython(create_newsletters, migrations.RunPython.noop)]
