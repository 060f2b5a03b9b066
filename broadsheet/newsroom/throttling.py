"""Sign-in throttling for the newsroom: lockouts (django-axes) and a limit on password resets.

django-axes records failed sign-ins of the Wagtail admin and Django admin login forms and locks
the user name, and separately the address, after `BROADSHEET_LOGIN_FAILURE_LIMIT` failures for
`BROADSHEET_LOGIN_LOCKOUT_MINUTES`. Password reset requests are counted here, in the cache.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.shortcuts import render
from wagtail.admin.views import account

RESETS_PER_EMAIL_PER_HOUR = 3
HOUR = 3600


def client_ip(request):
    """The caller's address: REMOTE_ADDR, which a proxy in front must set (as for sign-ups).

    None when there is no valid one (a Unix socket, a test client's forced login): django-axes
    stores the address in an IP address column, which PostgreSQL checks.
    """
    address = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def locked_out_message():
    minutes = settings.BROADSHEET_LOGIN_LOCKOUT_MINUTES
    return (
        f"Too many failed sign-in attempts: signing in with this user name or from your "
        f"connection is blocked for {minutes} minutes. Try again later, or ask an administrator "
        f"to unlock it now (manage.py axes_reset_username NAME)."
    )


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked sign-in: the Wagtail login page saying why, with a 429."""
    view = account.LoginView()
    view.setup(request)
    messages.error(request, locked_out_message())
    context = view.get_context_data(form=view.get_form_class()(request))
    return render(request, view.template_name, context, status=429)


def counted_over(key, limit):
    """Add one to an hourly counter in the cache; tell whether it went past `limit`."""
    cache.add(key, 0, timeout=HOUR)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=HOUR)
        count = 1
    return count > limit


def hashed(value):
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


TOO_MANY_RESETS = (
    "Too many password reset requests from your connection. Please try again in an hour."
)


class ThrottledPasswordResetView(account.PasswordResetView):
    """Wagtail's password reset, limited per address (429) and per email (silently, no mail).

    The per-email limit answers like a sent mail, so the answer never tells whether an
    account exists or was asked for recently.
    """

    def post(self, request, *args, **kwargs):
        limit = settings.BROADSHEET_PASSWORD_RESETS_PER_HOUR
        address = client_ip(request) or "unknown"
        if counted_over(f"newsroom:reset-ip:{hashed(address)}", limit):
            form = self.get_form()
            form.is_valid()
            form.add_error(None, TOO_MANY_RESETS)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        if counted_over(f"newsroom:reset-email:{hashed(email)}", RESETS_PER_EMAIL_PER_HOUR):
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
