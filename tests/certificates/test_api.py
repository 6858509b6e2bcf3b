"""The verification API through HTTP: the answer for a valid, revoked and
superseded certificate matches the OpenAPI file's schema; unknown and hostile
codes answer 404 in JSON; CORS for GET; the rate limit; revoking flips it."""

from pathlib import Path

import jsonschema
import pytest
import yaml

from certificates import services
from certificates.models import Certificate

pytestmark = pytest.mark.django_db

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "docs/api/certificates.openapi.yaml").read_text()
)
SCHEMAS = SPEC["components"]["schemas"]


def url(code):
    return f"/api/certificates/{code}/"


def check(data, schema):
    jsonschema.validate(data, SCHEMAS[schema], format_checker=jsonschema.FormatChecker())


@pytest.fixture
def certificate(completed):
    return services.issue_for_enrolment(completed.pk)


def test_a_valid_certificate(client, certificate):
    response = client.get(url(certificate.code))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = response.json()
    check(data, "Certificate")
    assert data["status"] == "valid"
    assert data["number"] == certificate.number
    assert data["holder"]["name"] == certificate.holder_name
    assert data["hours"] == float(certificate.hours)
    assert data["period"] == {
        "start": certificate.started_on.isoformat(),
        "end": certificate.completed_on.isoformat(),
    }
    assert data["verification_url"].endswith(f"/certificates/verify/{certificate.code}/")
    assert data["revoked"] is None and data["revocation_reason"] is None


def test_revoking_flips_the_answer(client, certificate):
    services.revoke(certificate, "Қате берілген")
    data = client.get(url(certificate.code)).json()
    check(data, "Certificate")
    assert data["status"] == "revoked"
    assert data["revocation_reason"] == "Қате берілген"
    assert data["revoked"].startswith(str(certificate.revoked_at.year))


def test_a_superseded_version(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(status=Certificate.Status.SUPERSEDED)
    data = client.get(url(certificate.code)).json()
    check(data, "Certificate")
    assert data["status"] == "superseded"


@pytest.mark.parametrize(
    "code", ["nothere", "'", "%22%3E%3Cscript%3E", "a" * 300, "x%00y", "..%2F..%2Fetc"]
)
def test_unknown_and_hostile_codes_are_404_json(client, code):
    response = client.get(url(code))
    assert response.status_code == 404
    data = response.json()
    check(data, "Error")
    assert data["error"] == "not_found"
    assert response["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight_and_other_methods(client, certificate):
    preflight = client.options(
        url(certificate.code),
        HTTP_ORIGIN="https://hr.example.kz",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    refused = client.post(url(certificate.code))
    assert refused.status_code == 405
    check(refused.json(), "Error")


def test_the_rate_limit(client, certificate, settings):
    settings.CERTIFICATE_API_RATE_LIMITS = {"ip": "3/m"}
    for _ in range(3):
        assert client.get(url(certificate.code), REMOTE_ADDR="203.0.113.5").status_code == 200
    refused = client.get(url(certificate.code), REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    check(refused.json(), "Error")
    assert 0 < int(refused["Retry-After"]) <= 60
    # Another address is counted apart.
    assert client.get(url(certificate.code), REMOTE_ADDR="203.0.113.6").status_code == 200


def test_the_openapi_file_names_every_path_the_api_serves():
    from django.urls import get_resolver

    # Every route under api/ but the catch-all that answers 404 (a regular expression).
    routes = [str(p.pattern) for p in get_resolver().url_patterns]
    served = {
        "/" + route.replace("<str:code>", "{code}").replace("<int:number>", "{number}")
        for route in routes
        if route.startswith("api/")
    }
    assert set(SPEC["paths"]) == served
    assert SPEC["openapi"].startswith("3.1")
