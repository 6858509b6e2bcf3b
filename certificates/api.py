"""The verification API: ``GET /api/certificates/<code>/`` answers what the
verify page shows, as JSON, for HR offices, attestation commissions and other
platforms (docs/api/certificates.openapi.yaml).

Open to any origin for GET (CORS), without an account, rate-limited per client
address (``CERTIFICATE_API_RATE_LIMITS``, counted in the cache as the
academy's limits are); an unknown or malformed code answers 404 in JSON.
Never cached: a revocation shows at once.
"""

from django.http import HttpResponse, JsonResponse
from django.utils.http import content_disposition_header
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from academy.ratelimit import client_address, count, limits
from lms import replica

from . import credentials
from .lookup import by_code
from .pdf import verification_url

DEFAULT_LIMITS = {"ip": "60/m,5000/d"}
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
}


def _json(data, status=200, **headers):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    for name, value in {**CORS, **headers}.items():
        response[name] = value
    return response


def _error(status, error, detail, **headers):
    return _json({"error": error, "detail": detail}, status=status, **headers)


def describe(certificate):
    """The public facts of a certificate, as the verify page shows them."""
    text = certificate.text()
    return {
        "status": certificate.status,
        "number": certificate.number,
        "version": certificate.version,
        "holder": {"name": certificate.holder_name},
        "course": text.get("course", ""),
        "language": certificate.language,
        "hours": float(certificate.hours),
        "period": {
            "start": certificate.started_on.isoformat() if certificate.started_on else None,
            "end": certificate.completed_on.isoformat() if certificate.completed_on else None,
        },
        "issued": certificate.issued_at.isoformat(),
        "revoked": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
        "revocation_reason": certificate.revoked_reason or None,
        "verification_url": verification_url(certificate),
    }


@never_cache
@replica.reads
def certificate(request, code):
    if request.method == "OPTIONS":  # a browser's preflight
        response = HttpResponse(status=204)
        for name, value in CORS.items():
            response[name] = value
        return response
    if request.method not in ("GET", "HEAD"):
        return _error(405, "method_not_allowed", "Only GET is offered.", Allow="GET, OPTIONS")
    found, refusal = _certificate(request, code)
    return refusal or _json(describe(found))


def not_found(request):
    """Any other address under ``/api/``: a 404 in JSON, not the HTML page."""
    return _error(404, "not_found", "Nothing is served at this address.")


def _signed(token, filename=None):
    response = HttpResponse(token, content_type=credentials.MEDIA_TYPE)
    for name, value in CORS.items():
        response[name] = value
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _certificate(request, code):
    """(the certificate, None), or (None, the answer refusing the request)."""
    refused = _limited(request)
    if refused:
        return None, refused
    found = by_code(code)
    if found is None:
        return None, _error(404, "not_found", "No certificate has this code.")
    return found, None


def _limited(request):
    configured = limits("CERTIFICATE_API_RATE_LIMITS", DEFAULT_LIMITS)
    wait = count("certificate-api", {"ip": client_address(request)}, configured)
    if wait:
        return _error(
            429,
            "rate_limited",
            f"Too many requests; try again in {wait} s.",
            **{"Retry-After": str(wait)},
        )
    return None


@never_cache
@require_GET
@replica.reads
def credential(request, code):
    """The certificate as a signed Open Badges 3.0 credential (VC-JWT);
    ``?download=1`` as a file named after its number."""
    found, refusal = _certificate(request, code)
    if refusal:
        return refusal
    token = credentials.signed_credential(found)
    if token is None:
        return _error(503, "not_configured", "The issuer has no credential key yet.")
    name = f"{found.number}-v{found.version}.jwt" if request.GET.get("download") else None
    return _signed(token, name)


@require_GET
def issuer(request):
    return _json(credentials.issuer_profile())


@require_GET
def jwks(request):
    jwk = credentials.public_jwk()
    return _json({"keys": [jwk] if jwk else []})


@never_cache
@require_GET
@replica.reads
def status_list(request, number):
    if number < 1 or number > 100_000:
        return _error(404, "not_found", "No such status list.")
    token = credentials.sign(credentials.status_list(number))
    if token is None:
        return _error(503, "not_configured", "The issuer has no credential key yet.")
    return _signed(token)
