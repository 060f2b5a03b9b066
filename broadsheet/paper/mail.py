"""Who the paper's mail comes from: the paper's name at the configured sender address."""

from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings

from .models import PaperSettings


def sender_address():
    """The bare address mail is sent from, as DEFAULT_FROM_EMAIL gives it."""
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or settings.DEFAULT_FROM_EMAIL


def sender():
    """The From of every mail: 'Paper name <address>', the name from the paper settings."""
    return str(
        Address(display_name=PaperSettings.for_default_site().name, addr_spec=sender_address())
    )
