"""The admin's own Content Security Policy, in place of the public pages' nonce policy."""

from django.conf import settings
from django.urls import reverse
from django.utils.csp import CSP


class AdminContentSecurityPolicyMiddleware:
    """Give every response under the Wagtail admin's prefix `BROADSHEET_ADMIN_CSP`.

    Sits below Django's ContentSecurityPolicyMiddleware, which then writes this policy instead
    of SECURE_CSP; public responses are left alone. A preview renders the public page through
    the whole middleware stack again, which stamps the public policy on it; that is replaced
    too, or the preview could not be framed by the editor.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = None

    def __call__(self, request):
        response = self.get_response(request)
        if self.prefix is None:
            self.prefix = reverse("wagtailadmin_home")
        if request.path_info.startswith(self.prefix):
            response._csp_config = settings.BROADSHEET_ADMIN_CSP
            if CSP.HEADER_ENFORCE in response:
                del response[CSP.HEADER_ENFORCE]
        return response
