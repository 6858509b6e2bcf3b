"""The endpoint Telegram posts updates to (set by ``manage.py telegram_webhook``).

Telegram does not sign updates; it sends back the secret given to
``setWebhook`` in ``X-Telegram-Bot-Api-Secret-Token``, compared here in
constant time. Anything else gets 403 and changes nothing. The body is
Telegram's JSON, so there is no CSRF token: the secret stands for it.
"""

import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..channels import telegram_offered
from ..telegram import updates

logger = logging.getLogger(__name__)


def _secret_matches(request):
    expected = settings.TELEGRAM_WEBHOOK_SECRET
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


@csrf_exempt
@require_POST
def telegram(request):
    if not telegram_offered() or not _secret_matches(request):
        return HttpResponseForbidden()
    try:
        update = json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        return HttpResponseBadRequest()
    if not isinstance(update, dict):
        return HttpResponseBadRequest()
    reply = updates.handle(request, update)
    if reply is None:
        return HttpResponse(status=200)
    return JsonResponse(reply)
