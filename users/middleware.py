"""The Wagtail admin speaks each person's language.

Wagtail reads the language chosen in its account settings and, when none is
chosen, the language active for the request. Outside the ``/kk/``, ``/ru/``,
``/en/`` prefixes that is the cookie's or the browser's; for a signed-in
person it should be their own (``User.preferred_language``), the one they
named at sign-up and an administrator can change.
"""

from django.utils import translation

ADMIN_PREFIX = "/admin/"


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path_info.startswith(ADMIN_PREFIX) and user and user.is_authenticated:
            language = user.preferred_language
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
