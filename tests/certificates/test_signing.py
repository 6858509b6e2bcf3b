"""Signed certificates (issue #16 point 1): every stored PDF carries the
organisation's PAdES signature, valid for pyHanko's validator and for
poppler's ``pdfsig``; B-T with a time stamp from a TSA over real HTTP;
revoking never touches the file; without a key the file is stored unsigned."""

import os
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from certificates import services, signing, tasks
from certificates.models import Certificate
from tests.certificates.tsa import TimeStampAuthority

pytestmark = pytest.mark.django_db


def issued(enrolment):
    """Issued and stored as on completion (the task renders, signs, stores)."""
    tasks.issue_course_certificate(enrolment.pk)
    return Certificate.objects.get(source=f"course:{enrolment.pk}", status="valid")


def trust(key_path):
    _key, certificate, _chain = pkcs12.load_key_and_certificates(Path(key_path).read_bytes(), None)
    der = certificate.public_bytes(serialization.Encoding.DER)
    return ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)])


def stored(certificate):
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def signature_status(data, key_path, **kwargs):
    (embedded,) = PdfFileReader(BytesIO(data)).embedded_signatures
    return embedded, validate(embedded, trust(key_path), **kwargs)


def validate(embedded, context, **kwargs):
    """pyHanko's validator, also where the test's thread runs an event loop
    (an xdist worker after a Playwright test)."""
    return signing.run_async(async_validate_pdf_signature(embedded, context, **kwargs))


def test_the_issued_pdf_is_signed_and_valid(completed, signing_key):
    certificate = issued(completed)
    data = stored(certificate)
    embedded, status = signature_status(data, signing_key)
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert status.timestamp_validity is None  # B-B: no time stamp without a TSA


@pytest.mark.skipif(
    not shutil.which("pdfsig") and not os.environ.get("CI"), reason="poppler-utils not installed"
)
def test_pdfsig_says_the_signature_is_valid(completed, tmp_path):
    certificate = issued(completed)
    path = tmp_path / "certificate.pdf"
    path.write_bytes(stored(certificate))
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=True)
    assert "Signature Validation: Signature is Valid." in report.stdout
    assert "ETSI.CAdES.detached" in report.stdout


def test_a_time_stamp_authority_makes_it_pades_b_t(completed, signing_key, settings):
    with TimeStampAuthority() as tsa:
        settings.CERTIFICATE_TSA_URL = tsa.url
        certificate = issued(completed)
        assert tsa.requests == 1
    data = stored(certificate)
    context = trust(signing_key)
    context_ts = ValidationContext(trust_roots=[tsa.certificate])
    (embedded,) = PdfFileReader(BytesIO(data)).embedded_signatures
    status = validate(embedded, context, ts_validation_context=context_ts)
    assert status.bottom_line
    assert status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid


def test_revoking_leaves_the_file_as_it_was(completed):
    certificate = issued(completed)
    before = stored(certificate)
    services.revoke(certificate, "Қате берілген")
    assert stored(certificate) == before


def test_tampering_breaks_the_signature(completed, signing_key):
    certificate = issued(completed)
    data = bytearray(stored(certificate))
    at = data.find(b"/Title")
    assert at > 0
    data[at + 8] ^= 0x01  # one bit of the document information
    _embedded, status = signature_status(bytes(data), signing_key)
    assert not status.intact


def test_without_a_key_the_certificate_is_stored_unsigned(completed, settings, tmp_path, caplog):
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "missing.p12")
    certificate = issued(completed)
    assert not PdfFileReader(BytesIO(stored(certificate))).embedded_signatures
    assert "stored unsigned" in caplog.text


def test_the_key_is_loaded_once_per_process(signing_key):
    assert signing.signer() is signing.signer()


def test_the_signed_pdf_keeps_the_pdf_a_structure(completed):
    from tests.certificates.pdfa import assert_pdfa_structure

    data = stored(issued(completed))
    assert PdfFileReader(BytesIO(data)).embedded_signatures
    assert_pdfa_structure(data)


def test_a_wave_is_signed_too(completed, signing_key):
    from certificates import bulk

    (pk,) = bulk.issue_batch.run([completed.pk])
    _embedded, status = signature_status(stored(Certificate.objects.get(pk=pk)), signing_key)
    assert status.bottom_line


def test_signing_works_inside_a_running_event_loop(completed, signing_key):
    """An ASGI server or Playwright's sync API runs a loop in the thread."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from certificates.pdf import render_pdf

    pdf_bytes = render_pdf(issued(completed))  # as rendered, before signing

    async def inside():
        return signing.sign(pdf_bytes)

    # In a thread of its own: this test's thread may already run a loop (xdist after Playwright).
    with ThreadPoolExecutor(max_workers=1) as pool:
        data = pool.submit(asyncio.run, inside()).result()
    _embedded, status = signature_status(data, signing_key)
    assert status.bottom_line


def _fast(certificate):
    from certificates import fastpdf

    rendered = fastpdf.try_render_fast(certificate)
    assert rendered is not None and rendered.structure  # the fast path, not its fallback
    return rendered


def _plain(certificate):
    return bytes(_fast(certificate))  # no structure: pyHanko reads and signs the file


@pytest.mark.parametrize("render", [_fast, _plain], ids=["appended", "pyhanko"])
def test_both_ways_of_signing_give_a_valid_pades_signature(
    completed, signing_key, render, tmp_path
):
    from tests.certificates.pdfa import assert_pdfa_structure

    pdf_bytes = render(issued(completed))
    data = signing.sign(pdf_bytes)
    assert data.startswith(bytes(pdf_bytes))  # an incremental update: the original kept
    embedded, status = signature_status(data, signing_key)
    assert status.bottom_line and status.coverage.name == "ENTIRE_FILE"
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert embedded.sig_object["/Reason"] == "Certificate of completion"
    assert_pdfa_structure(data)
    if shutil.which("pdfsig"):
        path = tmp_path / "signed.pdf"
        path.write_bytes(data)
        report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=True)
        assert "Signature Validation: Signature is Valid." in report.stdout
        assert "Total document signed" in report.stdout


def test_the_appended_signature_is_made_anew_for_each_document(completed, signing_key):
    """One container per process, completed per document: the digest and the
    signature differ, the length does not; a signature moved to another
    document does not hold there."""
    from certificates import fastpdf

    certificate = issued(completed)
    first = signing.sign(_fast(certificate))
    certificate.holder_name = "Ахметова Айгерім"
    other = fastpdf.try_render_fast(certificate)
    second = signing.sign(other)
    first_sig = PdfFileReader(BytesIO(first)).embedded_signatures[0]
    second_sig = PdfFileReader(BytesIO(second)).embedded_signatures[0]
    assert first_sig.signed_data.dump() != second_sig.signed_data.dump()
    assert len(first_sig.signed_data.dump()) == len(second_sig.signed_data.dump())
    # The first document's container placed into the second one's room.
    hex_first = first_sig.sig_object["/Contents"].hex().encode()
    data = bytearray(second)
    at = data.find(b"/Contents <") + len(b"/Contents <")
    data[at : at + len(hex_first)] = hex_first
    _embedded, status = signature_status(bytes(data), signing_key)
    assert not status.intact


def test_changing_the_appended_update_breaks_the_signature(completed, signing_key):
    data = bytearray(signing.sign(_fast(issued(completed))))
    at = data.rfind(b"/SigFlags 3")
    data[at + len(b"/SigFlags ")] = ord("1")
    _embedded, status = signature_status(bytes(data), signing_key)
    assert not status.intact


def test_a_key_the_template_cannot_complete_signs_through_pyhanko(
    completed, settings, tmp_path, caplog
):
    """An elliptic-curve key gives signatures of varying length: every
    document then goes through pyHanko, still valid."""
    from cryptography.hazmat.primitives.asymmetric import ec

    path = signing.demo_key(tmp_path / "ec.p12", "EC test", ec.generate_private_key(ec.SECP256R1()))
    settings.CERTIFICATE_SIGNING_KEY = str(path)
    data = signing.sign(_fast(issued(completed)))
    _embedded, status = signature_status(data, path)
    assert status.bottom_line
    assert "through pyHanko for every certificate" in caplog.text
