from django.urls import path, register_converter

from . import views


class DayConverter:
    regex = r"\d{4}-\d{2}-\d{2}"

    def to_python(self, value):
        from datetime import date

        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(value) from None  # an impossible date is a 404, not a 500

    def to_url(self, value):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)


register_converter(DayConverter, "day")

app_name = "editions"
urlpatterns = [
    path("", views.latest, name="latest"),
    path("archive/", views.archive, name="archive"),
    path("<day:day>/", views.edition, name="edition"),
    path("<day:day>/<int:number>/", views.edition, name="page"),
]
