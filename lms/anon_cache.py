"""Anonymous pages from a cache (issue #17, point 5).

A visitor who is not signed in gets the same page as every other such visitor,
so the whole response is kept in the cache (``CACHES["default"]``: Redis in
production) for ``ANON_CACHE_SECONDS`` and served from there to the next one,
skipping the sessions, CSRF, authentication, messages, consent and redirect
middleware, the view and its templates. What is never cached or served from it:

* anything but GET and HEAD, and any path outside a language prefix
  (``/kk/``, ``/ru/``, ``/en/``: the prefix names the page's language);
* a request with a cookie other than those in ``ANON_CACHE_IGNORED_COOKIES``
  (the CSRF cookie, the language cookie, the replica pin): a session cookie
  (signed in, or a guest's session), the messages cookie, a guest's link all
  mean the page may be someone's own; or with an ``Authorization`` header;
* a response that is not a 200, that sets a cookie, that carries a CSRF token
  (a template used ``{% csrf_token %}``: Django then asks for the CSRF cookie,
  ``CSRF_COOKIE_NEEDS_UPDATE``), that says ``private``, ``no-cache`` or
  ``no-store`` (``never_cache``), or that streams.

Why not Django's ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware``: they
honour ``Vary: Cookie``, which the session middleware adds to any page that
looked at the session, so a visitor holding only a CSRF or language cookie would
never get a hit; and they cache responses that carry a CSRF token. Here the
request side is decided by the cookies it has, and the key is built from what
the page can depend on: scheme, host, the full path with its query string, the
language, and whether the client takes gzip (the stored page is the compressed
one when it does; ``GZipMiddleware`` sits right after this one).

Invalidation: every key carries a generation number; publishing, unpublishing,
moving or deleting a page, or saving a snippet, a setting, an image, a document,
a redirect, an academy session or registration replaces it (on commit), so every
cached page is dropped at once (``lms/anon_cache_signals.py``).

The site runs without CSP nonces (``script-src 'self'``), so a stored page holds
nothing per request; the CSP, permissions-policy and security headers are added
by the middleware outside this one, on hits too.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers

GENERATION_KEY = "anon-cache:generation"
PREFIX = "anon-cache:page"
REFUSED_CACHE_CONTROL = {"private", "no-cache", "no-store"}
HEADER = "X-Anon-Cache"


def _new_generation():
    # A random token, not a counter: a flushed cache must not bring back pages
    # of an earlier generation (as in content.pagecache).
    return uuid.uuid4().hex


def generation():
    """The current generation (a new one if the cache lost it)."""
    return cache.get_or_set(GENERATION_KEY, _new_generation, None)


def bump(**kwargs):
    """Drop every cached anonymous page: at once, and again on commit, so that
    a request that read the old data meanwhile cannot store it under the new
    generation. The old pages stay in the cache, unreachable, until they expire."""
    cache.set(GENERATION_KEY, _new_generation(), None)
    transaction.on_commit(lambda: cache.set(GENERATION_KEY, _new_generation(), None))


def _invalidating_models():
    """What a public page shows: pages, sites, locales, images, documents,
    redirects, settings, snippets, and the academy's and directory's rows
    (sessions with their seats left, schools)."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, Site
    from wagtail.snippets.models import get_snippet_models

    bases = (
        Page,
        Site,
        Locale,
        get_image_model(),
        get_document_model(),
        BaseSiteSetting,
        BaseGenericSetting,
        *get_snippet_models(),
    )
    labels = set(settings.ANON_CACHE_INVALIDATING_MODELS)
    return bases, labels


def connect():
    """Connect the receivers that bump the generation (from ``content.apps``)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    watched = {}

    def saved_or_deleted(sender, instance, **kwargs):
        if not watched:
            watched["bases"], watched["labels"] = _invalidating_models()
        meta = sender._meta
        if (
            meta.app_label in watched["labels"]
            or meta.label in watched["labels"]
            or isinstance(instance, watched["bases"])
        ):
            bump()

    post_save.connect(saved_or_deleted, weak=False, dispatch_uid="lms.anon_cache.save")
    post_delete.connect(saved_or_deleted, weak=False, dispatch_uid="lms.anon_cache.delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump, weak=False, dispatch_uid=f"lms.anon_cache.{id(signal)}")


def _language_prefixes():
    return {f"/{code}/" for code, _name in settings.LANGUAGES}


def _cache_control(response):
    value = response.get("Cache-Control", "")
    return {part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(value) if part}


class AnonymousCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(_language_prefixes())

    def key(self, request):
        """The cache key of this request's page, or None if it is never cached."""
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path_info
        if not path.startswith(self.prefixes):
            return None
        if "HTTP_AUTHORIZATION" in request.META:
            return None
        ignored = settings.ANON_CACHE_IGNORED_COOKIES
        if any(name not in ignored for name in request.COOKIES):
            return None
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        language = path[1 : path.index("/", 1)]
        gzip = "gz" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else ""
        address = f"{request.scheme}://{host}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"{PREFIX}:{language}:{gzip}:{digest}"

    def __call__(self, request):
        seconds = settings.ANON_CACHE_SECONDS
        key = self.key(request) if seconds > 0 else None
        if key is None:
            return self.get_response(request)
        key = f"{key}:{generation()}"
        stored = cache.get(key)
        if stored is not None:
            return self.from_stored(request, stored)
        response = self.get_response(request)
        if request.method == "GET" and self.cacheable(request, response):
            self.shared_cache_control(response, seconds)
            headers = [(name, value) for name, value in response.items()]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response[HEADER] = "miss"
        else:
            self.private(response)
        return response

    @staticmethod
    def from_stored(request, stored):
        status, headers, content = stored
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "hit"
        return response

    @staticmethod
    def cacheable(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        meta = request.META
        if meta.get("CSRF_COOKIE_NEEDS_UPDATE") or meta.get("CSRF_COOKIE_USED"):
            return False
        if _cache_control(response) & REFUSED_CACHE_CONTROL:
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)

    @staticmethod
    def shared_cache_control(response, seconds):
        """With a CDN in front (``WAGTAILFRONTENDCACHE``, purged on publish), it
        may keep the page too, separately for each cookie header; without one,
        browsers and proxies revalidate."""
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            patch_vary_headers(response, ["Cookie"])

    @staticmethod
    def private(response):
        if "Cache-Control" not in response:
            patch_cache_control(response, private=True)
