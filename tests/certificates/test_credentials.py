"""Open Badges 3.0 credentials through HTTP (issue #16 point 2): the
credential validates against a JSON schema written from the specification's
required properties; its VC-JWT signature verifies with the public key the
issuer's profile publishes; the status list's bit flips on revocation; the
holder downloads it from My learning."""

import base64
import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import jwt
import pytest
from django.utils.http import content_disposition_header

from certificates import services, tasks
from certificates.models import Certificate

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((Path(__file__).with_name("ob3_credential.schema.json")).read_text())


@pytest.fixture
def certificate(completed):
    tasks.issue_course_certificate(completed.pk)
    return Certificate.objects.get(source=f"course:{completed.pk}", status="valid")


def public_key(client):
    profile = client.get("/api/issuer/").json()
    assert profile["type"] == ["Profile"]
    (method,) = profile["verificationMethod"]
    return method["id"], jwt.PyJWK(method["publicKeyJwk"], algorithm="EdDSA")


def verified(client, token):
    kid, key = public_key(client)
    header = jwt.get_unverified_header(token)
    assert (header["alg"], header["typ"], header["kid"]) == ("EdDSA", "vc+jwt", kid)
    return jwt.decode(token, key=key, algorithms=["EdDSA"], options={"verify_aud": False})


def credential_of(client, certificate):
    response = client.get(f"/api/certificates/{certificate.code}/credential/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert response["Access-Control-Allow-Origin"] == "*"
    return verified(client, response.content.decode())


def test_the_credential_is_an_open_badge_and_its_signature_verifies(client, certificate):
    data = credential_of(client, certificate)
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    subject = data["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == certificate.holder_name
    assert subject["achievement"]["name"] == certificate.text()["course"]
    assert subject["creditsEarned"] == float(certificate.hours)
    assert data["issuer"]["id"].endswith("/api/issuer/")
    assert data["id"].endswith(f"/certificates/verify/{certificate.code}/")
    # The e-mail is only there hashed.
    assert certificate.holder.email not in json.dumps(data)


def test_a_changed_credential_does_not_verify(client, certificate):
    token = client.get(f"/api/certificates/{certificate.code}/credential/").content.decode()
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["credentialSubject"]["creditsEarned"] = 800
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    with pytest.raises(jwt.InvalidSignatureError):
        verified(client, f"{header}.{forged}.{signature}")


def bit(client, entry):
    path = urlsplit(entry["statusListCredential"]).path
    response = client.get(path)
    assert response.status_code == 200
    status = verified(client, response.content.decode())
    assert "BitstringStatusListCredential" in status["type"]
    encoded = status["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")  # multibase base64url
    body = encoded[1:]
    raw = gzip.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert len(raw) * 8 >= 131_072
    index = int(entry["statusListIndex"])
    return (raw[index // 8] >> (7 - index % 8)) & 1


def test_revoking_flips_the_status_list_bit(client, certificate):
    entry = credential_of(client, certificate)["credentialStatus"]
    assert bit(client, entry) == 0
    services.revoke(certificate, "Қате берілген")
    assert bit(client, entry) == 1
    # The API and the page say so too.
    assert client.get(f"/api/certificates/{certificate.code}/").json()["status"] == "revoked"


def test_the_holder_downloads_it_from_my_learning(client, certificate):
    client.force_login(certificate.holder)
    page = client.get("/kk/me/").content.decode()
    link = f"/api/certificates/{certificate.code}/credential/?download=1"
    assert link in page
    response = client.get(link)
    assert response["Content-Disposition"] == content_disposition_header(
        True, f"{certificate.number}-v{certificate.version}.jwt"
    )
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("path", ["/api/certificates/nothere/credential/", "/api/status/0/"])
def test_unknown_credentials_and_lists_are_404_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_the_issuer_keys_are_published(client):
    keys = client.get("/api/issuer/jwks.json").json()["keys"]
    assert [(k["kty"], k["crv"], k["alg"]) for k in keys] == [("OKP", "Ed25519", "EdDSA")]
