"""Each certificate as an Open Badges 3.0 ``OpenBadgeCredential``: a W3C
Verifiable Credential (Data Model 2.0) with the OB 3.0 context, secured as
a VC-JWT (VC-JOSE-COSE: the credential is the JWT's payload, ``typ``
``vc+jwt``) signed by the issuer's Ed25519 key (``EdDSA``).

- The credential: ``GET /api/certificates/<code>/credential/``; its holder
  downloads it from "My learning".
- The issuer's profile, with its public key as a JSON Web Key, at a stable
  address: ``GET /api/issuer/`` (and ``/api/issuer/jwks.json``); the JWT's
  ``kid`` names the key in it.
- Revocation: each credential's ``credentialStatus`` is a
  ``BitstringStatusListEntry`` (W3C Bitstring Status List) pointing to
  ``GET /api/status/<list>/``, a signed ``BitstringStatusListCredential``
  whose bit for the certificate is 1 once it is revoked or superseded. The
  list is computed from the register on each request: no state to keep in step.

The Ed25519 key is a PEM file (``CERTIFICATE_CREDENTIAL_KEY``); ``seed_demo``
and the tests make one (``demo_key``).
"""

import base64
import gzip
import hashlib
from functools import lru_cache
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.urls import reverse

from .models import Certificate
from .pdf import verification_url

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
LIST_SIZE = 131_072  # bits of one status list: 16 KB, the minimum for herd privacy
MEDIA_TYPE = "application/vc+jwt"


def site(path):
    return settings.SITE_URL.rstrip("/") + path


def issuer_id():
    return site(reverse("api-issuer"))


def key_id():
    return f"{issuer_id()}#key-1"


def key_path():
    return Path(settings.CERTIFICATE_CREDENTIAL_KEY)


@lru_cache(maxsize=4)
def _key(path, modified):
    return serialization.load_pem_private_key(Path(path).read_bytes(), password=None)


def private_key():
    path = key_path()
    if not path.is_file():
        return None
    return _key(str(path), path.stat().st_mtime_ns)


def demo_key(path=None):
    """Write an Ed25519 key at ``path`` (the configured one by default) unless one is there."""
    path = Path(path or key_path())
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(
            Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        path.chmod(0o600)
    return path


def public_jwk():
    key = private_key()
    if key is None:
        return None
    jwk = jwt.algorithms.OKPAlgorithm.to_jwk(key.public_key(), as_dict=True)
    return {**jwk, "kid": key_id(), "alg": "EdDSA", "use": "sig"}


def issuer_profile():
    """The OB 3.0 ``Profile`` of the issuing organisation, with its key."""
    jwk = public_jwk()
    profile = {
        "@context": CONTEXT,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CERTIFICATE_ISSUER_NAME,
        "url": site("/"),
    }
    if jwk:
        profile["verificationMethod"] = [
            {
                "id": key_id(),
                "type": "JsonWebKey",
                "controller": issuer_id(),
                "publicKeyJwk": {k: v for k, v in jwk.items() if k not in {"kid", "use"}},
            }
        ]
    return profile


def _issuer():
    return {"id": issuer_id(), "type": ["Profile"], "name": settings.CERTIFICATE_ISSUER_NAME}


def status_list_url(number):
    return site(reverse("api-status-list", args=[number]))


def status_entry(certificate):
    number, index = divmod(certificate.pk, LIST_SIZE)
    url = status_list_url(number + 1)
    return {
        "id": f"{url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(index),
        "statusListCredential": url,
    }


def _email_hash(certificate):
    email = (certificate.holder.email if certificate.holder_id else "").strip().lower()
    if not email:
        return None
    salt = hashlib.sha256(f"{certificate.code}:salt".encode()).hexdigest()[:16]
    return salt, "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


def credential(certificate):
    """The unsigned ``OpenBadgeCredential`` of a certificate."""
    text = certificate.text()
    url = verification_url(certificate)
    identifiers = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": certificate.holder_name,
        }
    ]
    hashed = _email_hash(certificate)
    if hashed:
        salt, digest = hashed
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": digest,
                "salt": salt,
            }
        )
    course = text.get("course", "") or certificate.number
    achievement_id = f"urn:bilim:achievement:{certificate.template_id or certificate.source}"
    return {
        "@context": CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{course} — {certificate.number}",
        "issuer": _issuer(),
        "validFrom": certificate.issued_at.isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": identifiers,
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "name": course,
                "description": text.get("body", "") or course,
                "criteria": {"narrative": text.get("criteria", "") or course},
                "achievementType": "Certificate",
                "inLanguage": certificate.language,
            },
            "creditsEarned": float(certificate.hours),
            "activityStartDate": _date_time(certificate.started_on),
            "activityEndDate": _date_time(certificate.completed_on),
        },
        "credentialStatus": status_entry(certificate),
    }


def _date_time(day):
    return f"{day.isoformat()}T00:00:00Z" if day else None


def sign(payload):
    """``payload`` as a VC-JWT (compact JWS, EdDSA over Ed25519)."""
    key = private_key()
    if key is None:
        return None
    return jwt.encode(
        payload, key, algorithm="EdDSA", headers={"typ": "vc+jwt", "kid": key_id(), "cty": "vc"}
    )


def signed_credential(certificate):
    return sign(credential(certificate))


def decode(token):
    """The payload of a VC-JWT whose signature verifies with the issuer's key
    (EdDSA only), or a ``jwt.InvalidTokenError``; ``LookupError`` without a
    key. Dates are not judged here: ``verification`` reads ``validFrom``,
    ``validUntil``, ``nbf`` and ``exp`` and says which one fails."""
    key = private_key()
    if key is None:
        raise LookupError("no credential key")
    return jwt.decode(
        token,
        key.public_key(),
        algorithms=["EdDSA"],
        options={
            "verify_exp": False,
            "verify_nbf": False,
            "verify_iat": False,
            "verify_aud": False,
            "verify_iss": False,
        },
    )


def status_list(number):
    """The ``BitstringStatusListCredential`` of list ``number`` (from 1): a
    bit per certificate id in its range, 1 where it is no longer valid."""
    first = (number - 1) * LIST_SIZE
    bits = bytearray(LIST_SIZE // 8)
    ended = Certificate.objects.filter(pk__gte=first, pk__lt=first + LIST_SIZE).exclude(
        status=Certificate.Status.VALID
    )
    for pk in ended.values_list("pk", flat=True).iterator():
        index = pk - first
        bits[index // 8] |= 0x80 >> (index % 8)  # the first index is the left-most bit
    encoded = base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).rstrip(b"=")
    url = status_list_url(number)
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": "u" + encoded.decode(),
        },
    }
