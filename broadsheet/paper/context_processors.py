from django.utils import timezone


def paper(request):
    """Give every template today's date in the paper's time zone."""
    return {"today": timezone.localdate()}
