"""Checking an uploaded file on the public verify page (issue #16): a signed
certificate PDF or an Open Badges credential, through Django's test client and
the real database. The signature holds or not (changed, not ours, none), then
the register says valid, revoked or superseded; any bytes get an answer, never
a 500; the checks are rate-limited per address; nothing is stored; the page
reads in Kazakh and Russian."""

import base64
import json
import random
from io import BytesIO

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from certificates import credentials, fastpdf, services, signing, tasks
from certificates import verification as v
from certificates.models import Certificate
from tests.i18n.test_languages import visible_english

pytestmark = pytest.mark.django_db


def noise(size, seed=16):
    """Random bytes, the same in every test process (xdist collects in each)."""
    return random.Random(seed).randbytes(size)


@pytest.fixture
def certificate(completed):
    """Issued, rendered, signed and stored as on completion."""
    tasks.issue_course_certificate(completed.pk)
    return Certificate.objects.get(source=f"course:{completed.pk}", status="valid")


@pytest.fixture
def signed_pdf(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


@pytest.fixture
def token(client, certificate):
    """The credential as "My learning" downloads it."""
    response = client.get(f"/api/certificates/{certificate.code}/credential/?download=1")
    assert response.status_code == 200
    return response.content


def upload(client, data, name="certificate.pdf", language="kk"):
    return client.post(
        f"/{language}/certificates/verify/", {"file": SimpleUploadedFile(name, data)}
    )


def checked(response):
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.context["result"]["check"]


def refused(response):
    """A 400 with the error tied to the file field."""
    assert response.status_code == 400
    errors = response.context["upload_form"].errors["file"]
    assert errors
    html = response.content.decode()
    assert 'aria-describedby="id_file_helptext id_file_error"' in html
    assert 'id="id_file_error"' in html
    return errors[0]


# --- PDF ----------------------------------------------------------------------


def test_a_signed_certificate_pdf_holds(client, certificate, signed_pdf):
    response = upload(client, signed_pdf)
    check = checked(response)
    assert (check.kind, check.verdict, check.certificate) == (v.PDF, v.VALID, certificate)
    html = response.content.decode()
    assert "verdict--valid" in html and certificate.holder_name in html
    assert f'href="/kk/certificates/verify/{certificate.code}/"' in html


def test_a_pdf_laid_out_by_weasyprint_is_found_too(client, certificate):
    """The full renderer (regeneration, full_render waves) writes the code in the /ID as well."""
    from certificates.pdf import render_pdf

    check = checked(upload(client, signing.sign(render_pdf(certificate))))
    assert (check.verdict, check.certificate) == (v.VALID, certificate)


def content_stream_offset(data):
    """Where the page's content stream's bytes begin."""
    page = PdfFileReader(BytesIO(data)).root["/Pages"]["/Kids"][0]
    contents = page.raw_get("/Contents")
    reference = contents.raw_get(0) if isinstance(contents, generic.ArrayObject) else contents
    at = data.index(b"\n%d 0 obj" % reference.idnum)
    return data.index(b"stream", at) + len(b"stream\n")


def test_one_byte_changed_in_the_content_stream(client, signed_pdf):
    data = bytearray(signed_pdf)
    data[content_stream_offset(signed_pdf) + 20] ^= 0x01
    check = checked(upload(client, bytes(data)))
    assert (check.verdict, check.certificate) == (v.CHANGED, None)


def test_an_incremental_update_after_signing(client, signed_pdf):
    writer = IncrementalPdfFileWriter(BytesIO(signed_pdf))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    response = upload(client, out.getvalue())
    check = checked(response)
    assert (check.verdict, check.certificate) == (v.CHANGED, None)
    assert "verdict--revoked" in response.content.decode()


def test_a_pdf_signed_with_another_key_is_not_ours(client, certificate, settings, tmp_path):
    # The same name on the certificate, another key: the name proves nothing.
    other = signing.demo_key(tmp_path / "other.p12")
    ours = settings.CERTIFICATE_SIGNING_KEY
    settings.CERTIFICATE_SIGNING_KEY = str(other)
    forged = signing.sign(fastpdf.render_pdf_fast(certificate))
    settings.CERTIFICATE_SIGNING_KEY = ours
    assert PdfFileReader(BytesIO(forged)).embedded_signatures
    check = checked(upload(client, forged))
    assert (check.verdict, check.certificate) == (v.NOT_OURS, None)


def test_an_unsigned_pdf(client, certificate):
    check = checked(upload(client, fastpdf.render_pdf_fast(certificate)))
    assert (check.verdict, check.certificate) == (v.UNSIGNED, None)


def test_a_revoked_certificates_pdf_holds_but_says_revoked(client, certificate, signed_pdf):
    services.revoke(certificate, "Қате берілген")
    response = upload(client, signed_pdf)
    check = checked(response)
    assert (check.verdict, check.certificate) == (v.VALID, certificate)
    assert check.certificate.status == Certificate.Status.REVOKED
    html = response.content.decode()
    assert "verdict--valid" in html  # the signature
    assert "verdict--revoked" in html and "Қате берілген" in html  # the register


def test_a_superseded_version(client, certificate, signed_pdf):
    services.reissue(certificate, "Құрманғали Әсем Өмірзаққызы")
    check = checked(upload(client, signed_pdf))
    assert check.verdict == v.VALID
    assert check.certificate.status == Certificate.Status.SUPERSEDED


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_pdf(client, signed_pdf, cut):
    check = checked(upload(client, signed_pdf[: int(len(signed_pdf) * cut)]))
    assert check.kind == v.PDF and not check.holds


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n", b"%PDF-1.7\n" + noise(5000), b"%PDF-1.7\ntrailer<</Root 1 0 R>>\n%%EOF"],
    ids=["header", "random", "trailer"],
)
def test_a_broken_pdf_is_damaged(client, data):
    check = checked(upload(client, data))
    assert check.verdict in (v.DAMAGED, v.UNSIGNED)


# --- Credentials ----------------------------------------------------------------


def test_the_downloaded_credential_holds(client, certificate, token):
    response = upload(client, token, name=f"{certificate.number}-v1.jwt")
    check = checked(response)
    assert (check.kind, check.verdict, check.certificate) == (v.CREDENTIAL, v.VALID, certificate)
    assert "verdict--valid" in response.content.decode()


def test_a_credential_in_json(client, certificate, token):
    enveloped = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": "EnvelopedVerifiableCredential",
        "id": "data:application/vc+jwt," + token.decode(),
    }
    for wrapped in (enveloped, {"credential": token.decode()}, token.decode()):
        check = checked(upload(client, json.dumps(wrapped).encode(), name="c.json"))
        assert (check.verdict, check.certificate) == (v.VALID, certificate)


def test_a_revoked_certificates_credential(client, certificate, token):
    services.revoke(certificate, "Қате берілген")
    response = upload(client, token, name="c.jwt")
    check = checked(response)
    assert check.verdict == v.VALID and check.certificate.status == Certificate.Status.REVOKED
    assert "Қате берілген" in response.content.decode()


def payload_of(token):
    _header, payload, _signature = token.decode().split(".")
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_a_tampered_credential(client, token):
    header, _payload, signature = token.decode().split(".")
    data = payload_of(token)
    data["credentialSubject"]["creditsEarned"] = 800
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    check = checked(upload(client, f"{header}.{forged}.{signature}".encode(), name="c.jwt"))
    assert (check.verdict, check.certificate) == (v.INVALID, None)


def test_a_credential_signed_with_another_key(client, token):
    forged = jwt.encode(
        payload_of(token),
        Ed25519PrivateKey.generate(),
        algorithm="EdDSA",
        headers={"typ": "vc+jwt", "kid": credentials.key_id()},
    )
    check = checked(upload(client, forged.encode(), name="c.jwt"))
    assert (check.verdict, check.certificate) == (v.INVALID, None)


def test_a_credential_with_none_algorithm(client, token):
    unsigned = jwt.encode(payload_of(token), None, algorithm="none")
    check = checked(upload(client, unsigned.encode() + b"x", name="c.jwt"))
    assert check.verdict == v.INVALID


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        ({"validUntil": "2020-01-01T00:00:00Z"}, v.EXPIRED),
        ({"exp": 1_600_000_000}, v.EXPIRED),
        ({"validFrom": "2999-01-01T00:00:00Z"}, v.NOT_YET_VALID),
        ({"validFrom": "someday"}, v.INVALID),
        ({"validUntil": 1e300}, v.INVALID),
        ({"nbf": True}, v.INVALID),
        ({"issuer": "https://elsewhere.example/"}, v.NOT_OURS),
        ({"issuer": ["odd"]}, v.NOT_OURS),
    ],
)
def test_a_credential_out_of_time_or_from_elsewhere(client, certificate, change, verdict):
    token = credentials.sign({**credentials.credential(certificate), **change})
    check = checked(upload(client, token.encode(), name="c.jwt"))
    assert check.verdict == verdict
    assert check.certificate == (certificate if check.holds else None)


def test_a_credential_without_proof(client, certificate):
    data = json.dumps(credentials.credential(certificate)).encode()
    check = checked(upload(client, data, name="c.json"))
    assert (check.verdict, check.certificate) == (v.UNSIGNED, None)


@pytest.mark.parametrize(
    "data",
    [
        b'{"id": "data:application/vc+jwt,a.b.c"}',
        b'"e30.e30.e30"',
        b"e30.W10.AAAA",  # a payload that is a list
        b"eyJhbGciOiJFZERTQSJ9.bm90IGpzb24.AAAA",
        b'{"vc": ["x", {"jwt": "a.b.c"}]}',
    ],
)
def test_odd_credentials_are_invalid(client, data):
    check = checked(upload(client, data, name="c.jwt"))
    assert (check.kind, check.verdict) == (v.CREDENTIAL, v.INVALID)


# --- Whatever comes ------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        noise(3000),
        b"hello",
        b"{}",
        b"[]",
        b"null",
        b'{"id": 5, "type": {"a": 1}, "credential": [1, null, {"vc": 2.5}]}',
        b"[" * 100_000,
        b"[" * 20_000 + b"]" * 20_000,
        '{"type": "Сертификат"}'.encode("utf-16"),
        b"\xff\xfe\x00",
    ],
    ids=lambda d: repr(d[:12]),
)
def test_other_bytes_are_refused_plainly(client, data):
    error = refused(upload(client, data, name="x.bin"))
    assert "PDF" in error


def test_an_empty_file(client):
    assert refused(upload(client, b"")) == "Файл бос."


def test_no_file(client):
    response = client.post("/kk/certificates/verify/", {})
    assert refused(response) == "Тексерілетін файлды таңдаңыз."


def test_an_oversized_pdf(client):
    data = b"%PDF-1.7\n" + bytes(v.PDF_LIMIT)
    error = refused(upload(client, data))
    assert "2" in error and "МБ" in error


def test_an_oversized_credential(client):
    data = b"e30." + b"A" * v.CREDENTIAL_LIMIT + b".AAAA"
    error = refused(upload(client, data, name="c.jwt"))
    assert "64" in error


def test_a_huge_body_is_refused_unread(client):
    data = b"%PDF-1.7\n" + bytes(3 * v.PDF_LIMIT)
    error = refused(upload(client, data))
    assert "2" in error and "МБ" in error


@pytest.mark.parametrize(
    ("content_type", "message"),
    [
        ("multipart/form-data; boundary=", "Файл келмеді; оны қайта таңдаңыз."),  # unparsable
        ("multipart/form-data; boundary=x", "Тексерілетін файлды таңдаңыз."),  # no parts
        ("text/plain", "Тексерілетін файлды таңдаңыз."),
    ],
)
def test_a_broken_request_body(client, content_type, message):
    response = client.generic(
        "POST", "/kk/certificates/verify/", b"--x\r\ngarbage" * 10, content_type=content_type
    )
    assert refused(response) == message


def test_nothing_is_written_to_disk(client, signed_pdf, settings, tmp_path):
    # Django's own handlers would write any file over one byte to this folder.
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    (tmp_path / "uploads").mkdir()
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert checked(upload(client, signed_pdf)).verdict == v.VALID
    assert {p for p in tmp_path.rglob("*") if p.is_file()} == before


def test_the_form_needs_its_csrf_token(signed_pdf):
    client = Client(enforce_csrf_checks=True)
    assert upload(client, signed_pdf).status_code == 403
    client.get("/kk/certificates/verify/")
    token = client.cookies["csrftoken"].value
    response = client.post(
        "/kk/certificates/verify/",
        {"file": SimpleUploadedFile("c.pdf", signed_pdf), "csrfmiddlewaretoken": token},
    )
    assert checked(response).verdict == v.VALID


def test_checks_are_rate_limited_per_address(client, signed_pdf, settings):
    settings.CERTIFICATE_UPLOAD_RATE_LIMITS = {"ip": "2/d"}  # a day: no window ends mid-test
    assert upload(client, signed_pdf).status_code == 200
    assert upload(client, b"").status_code == 400  # counted too
    response = upload(client, signed_pdf)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "result" not in response.context
    assert "тым көп" in response.content.decode().lower()
    # Another address is not held back.
    other = client.post(
        "/kk/certificates/verify/",
        {"file": SimpleUploadedFile("c.pdf", signed_pdf)},
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 200


# --- The page -------------------------------------------------------------------


def test_both_verify_pages_offer_the_form(client, certificate):
    for path in ("/kk/certificates/verify/", f"/kk/certificates/verify/{certificate.code}/"):
        html = client.get(path).content.decode()
        assert 'enctype="multipart/form-data"' in html
        assert 'action="/kk/certificates/verify/#file-check"' in html
        assert '<label for="id_file">' in html
        assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_page_reads_in_kazakh_and_russian(client, certificate, signed_pdf, token, language):
    pages = [
        client.get(f"/{language}/certificates/verify/"),
        upload(client, signed_pdf, language=language),
        upload(client, token, name="c.jwt", language=language),
        upload(client, b"\x00" * 100, language=language),
        upload(client, fastpdf.render_pdf_fast(certificate), language=language),
    ]
    for page in pages:
        assert visible_english(page.content.decode()) == []
    valid = pages[1].content.decode()
    assert {"kk": "Қолтаңба жарамды", "ru": "Подпись действительна"}[language] in valid
