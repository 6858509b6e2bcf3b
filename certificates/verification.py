"""Checking a file a visitor uploads on the public verify page: a certificate's
PDF (its PAdES signature) or its Open Badges credential (its VC-JWT proof);
then, where the signature holds, the certificate's current status in the
register.

Bytes in, a ``Check`` out; nothing is stored. The file may be anything (empty,
random, truncated, hostile), so every parser is fenced: whatever it raises
becomes a verdict, never an error page.

- A PDF holds when pyHanko validates a signature whose signer certificate is
  the one in ``CERTIFICATE_SIGNING_KEY`` (trusted as the only root), intact,
  cryptographically valid, and covering the entire file, or its whole
  revision with nothing but long-term-validation updates after it. The
  certificate is then found by the first part of the signed revision's
  ``/ID``: both renderers write the verification code there, inside what the
  signature covers.
- A credential holds when its compact JWS verifies with the issuer's
  Ed25519 key (EdDSA), names our issuer, and its dates (``validFrom``,
  ``validUntil``, ``nbf``, ``exp``) include now. The certificate is found by
  the code in its ``id`` (the verification URL); its status is the register's,
  which is also what its status list bit says (``credentials.status_list``).
"""

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

import jwt
from django.utils import timezone

from . import credentials, signing
from .lookup import by_code

logger = logging.getLogger(__name__)

PDF_LIMIT = 2 * 1024 * 1024
CREDENTIAL_LIMIT = 64 * 1024

PDF = "pdf"
CREDENTIAL = "credential"

# Verdicts.
VALID = "valid"  # the signature or proof holds
CHANGED = "changed"  # PDF: altered after it was signed
INVALID = "invalid"  # the signature or proof does not hold
NOT_OURS = "not_ours"  # signed, but not by the platform
UNSIGNED = "unsigned"  # no signature or proof to check
DAMAGED = "damaged"  # PDF: cannot be read
EXPIRED = "expired"  # credential: the proof holds, its validity ended
NOT_YET_VALID = "not_yet_valid"  # credential: the proof holds, its validity has not begun
UNAVAILABLE = "unavailable"  # the platform has no key to check with

ENVELOPE = "data:application/vc+jwt,"  # VC 2.0's EnvelopedVerifiableCredential id
_JWS = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_VERIFY_PATH = re.compile(r"/verify/([A-Za-z0-9_-]{1,40})/?$")
_TOKEN_KEYS = ("id", "credential", "verifiableCredential", "vc", "jwt", "token")


@dataclass(frozen=True)
class Check:
    kind: str  # PDF or CREDENTIAL
    verdict: str
    certificate: object = None  # the register's Certificate, where the signature holds

    @property
    def holds(self):
        """The file is the platform's, unchanged (a credential may be out of date)."""
        return self.verdict in (VALID, EXPIRED, NOT_YET_VALID)


def kind(data):
    """PDF, CREDENTIAL, or None for bytes that are neither."""
    if b"%PDF-" in data[:1024]:  # a PDF's header may follow up to 1 KB of junk
        return PDF
    return CREDENTIAL if credential_token(data) is not None else None


def check(data):
    """The ``Check`` of uploaded bytes (``kind(data)`` must be one)."""
    return check_pdf(data) if kind(data) == PDF else check_credential(data)


# --- PDF ----------------------------------------------------------------------


def check_pdf(data):
    from pyhanko.pdf_utils.reader import PdfFileReader

    ours = signing.signer()
    if ours is None:
        return Check(PDF, UNAVAILABLE)
    try:
        reader = PdfFileReader(BytesIO(data))
        signatures = reader.embedded_signatures
    except Exception:  # a hostile or broken file may make the parser raise anything
        logger.info("An uploaded PDF could not be read", exc_info=True)
        return Check(PDF, DAMAGED)
    if not signatures:
        return Check(PDF, UNSIGNED)
    embedded = next((s for s in signatures if _signed_by(s, ours.signing_cert)), None)
    if embedded is None:
        return Check(PDF, NOT_OURS)
    verdict = _judge(embedded, ours.signing_cert)
    if verdict != VALID:
        return Check(PDF, verdict)
    return Check(PDF, VALID, _certificate_of(reader, embedded))


def _signed_by(embedded, certificate):
    try:
        return embedded.signer_cert.dump() == certificate.dump()
    except Exception:  # no readable CMS or signer
        return False


def _judge(embedded, certificate):
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[certificate])
    try:
        status = signing.run_async(async_validate_pdf_signature(embedded, context))
    except Exception:
        logger.info("An uploaded PDF's signature could not be validated", exc_info=True)
        return INVALID
    if not status.intact:
        return CHANGED
    if not (status.valid and status.trusted):
        return INVALID
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return VALID
    level = status.modification_level
    if (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and level is not None
        and level <= ModificationLevel.LTA_UPDATES
    ):
        return VALID
    return CHANGED


def _certificate_of(reader, embedded):
    try:
        first, _second = reader.get_historical_resolver(embedded.signed_revision).document_id
        return by_code(first.decode("ascii"))
    except Exception:  # no /ID, or not our code
        return None


# --- Credentials ----------------------------------------------------------------


def credential_token(data):
    """The compact JWS in a credential file: the VC-JWT text as "My learning"
    serves it, or JSON holding it (a string, an ``EnvelopedVerifiableCredential``,
    or under a usual key); "" for a JSON credential without one; None for
    anything else."""
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return None
    if _JWS.fullmatch(text):
        return text
    if not text.startswith(("{", "[", '"')):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _token_in(value, depth=3)


def _token_in(value, depth):
    if isinstance(value, str):
        value = value.strip().removeprefix(ENVELOPE)
        return value if _JWS.fullmatch(value) else None
    if depth == 0:
        return None
    if isinstance(value, list):
        found = (_token_in(item, depth - 1) for item in value[:10])
        return next((token for token in found if token), None)
    if not isinstance(value, dict):
        return None
    for key in _TOKEN_KEYS:
        token = _token_in(value.get(key), depth - 1)
        if token:
            return token
    types = value.get("type")
    if "VerifiableCredential" in (types if isinstance(types, list) else [types]):
        return ""
    return None


def check_credential(data):
    token = credential_token(data)
    if not token:
        return Check(CREDENTIAL, UNSIGNED)
    try:
        payload = credentials.decode(token)
    except LookupError:
        return Check(CREDENTIAL, UNAVAILABLE)
    except jwt.InvalidTokenError:
        return Check(CREDENTIAL, INVALID)
    if _issuer(payload) != credentials.issuer_id():
        return Check(CREDENTIAL, NOT_OURS)
    verdict = _in_time(payload)
    if verdict == INVALID:
        return Check(CREDENTIAL, INVALID)
    return Check(CREDENTIAL, verdict, _certificate_named(payload.get("id")))


def _issuer(payload):
    issuer = payload.get("issuer")
    return issuer.get("id") if isinstance(issuer, dict) else issuer


def _in_time(payload):
    now = timezone.now()
    try:
        starts = [_moment(payload.get(key)) for key in ("validFrom", "nbf")]
        ends = [_moment(payload.get(key)) for key in ("validUntil", "exp")]
    except (TypeError, ValueError, OverflowError, OSError):
        return INVALID
    if any(start and start > now for start in starts):
        return NOT_YET_VALID
    if any(end and end <= now for end in ends):
        return EXPIRED
    return VALID


def _moment(value):
    """A VC date (ISO 8601 text) or a JWT date (seconds since 1970) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("a date, not a boolean")
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    if not isinstance(value, str):
        raise TypeError("a date is text or a number")
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _certificate_named(url):
    match = _VERIFY_PATH.search(url) if isinstance(url, str) else None
    return by_code(match.group(1)) if match else None
