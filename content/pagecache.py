"""Values derived from the published page tree, cached until the tree changes.

Every page's header links to the help page and to the page's translations,
and a lesson's body renders the same for every learner: all are read or
rendered once per version of the tree, kept in the shared cache and in the
memory of each process. Any change to a page, site, locale, image or document
starts a new version (receivers connected in ``content.apps``); each request
reads the version once.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "content:pages-version"
CACHE_SECONDS = 3600
_LOCAL = {}
_LOCAL_MAX = 512


def _new_version():
    # A random token, not a counter: a flushed cache must not bring back an
    # old version that processes still hold values for.
    return uuid.uuid4().hex


def pages_changed(**kwargs):
    """Start a new version: at once (for the rest of this transaction) and
    again on commit, so that a request that read the old tree meanwhile
    cannot leave it in the cache under the new version."""
    cache.set(VERSION_KEY, _new_version(), None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, _new_version(), None))


def version(request=None):
    """The current version, read from the cache once per request."""
    current = getattr(request, "_pagecache_version", None)
    if current is None:
        current = cache.get_or_set(VERSION_KEY, _new_version, None)
        if request is not None:
            request._pagecache_version = current
    return current


def cached(request, name, compute):
    """``compute()``, remembered under ``name`` until the page tree changes.

    ``name`` must say everything the value depends on besides the tree
    (language, host, page...). The value must not be None and must pickle.
    """
    key = f"content:{name}:{version(request)}"
    value = _LOCAL.get(key)
    if value is None:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, CACHE_SECONDS)
        if len(_LOCAL) >= _LOCAL_MAX:
            _LOCAL.clear()
        _LOCAL[key] = value
    return value


def live_page_url(request, model, language):
    """The URL of the first live ``model`` page in ``language``, or "", read
    once per version of the tree (relative on the request's own site)."""
    host = request.get_host() if request is not None else ""

    def read():
        page = (
            model.objects.live()
            .filter(locale__language_code=language)
            .defer_streamfields()
            .order_by("path")
            .first()
        )
        return (page.get_url(request) or "") if page else ""

    return cached(request, f"url:{model._meta.label_lower}:{language}:{host}", read)
