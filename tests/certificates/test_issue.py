"""Issuing: numbers, idempotence, retries after failure, frozen text."""

import re
from io import BytesIO
from unittest import mock

import pypdf
import pytest
from django.core import mail

from certificates import pdf, services, tasks
from certificates.models import Certificate, NumberCounter
from tests.certificates.conftest import complete
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_completion_queues_the_certificate_after_commit(
    graduate, course, template, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        enrolment = complete(graduate, course)
    # The certificate's task; then, from it, "certificate ready" for Telegram or SMS (none here).
    assert [c.args[0].name for c in callbacks] == [
        "certificates.tasks.issue_course_certificate",
        "messaging.tasks.queue_certificate_message",
    ]
    certificate = Certificate.objects.get()
    assert certificate.source == f"course:{enrolment.pk}"
    assert re.fullmatch(r"ПК-20\d\d-000001", certificate.number)
    assert certificate.pdf
    assert len(mail.outbox) == 1
    letter = mail.outbox[0]
    assert letter.to == ["graduate@example.kz"]
    assert certificate.number in letter.subject
    assert letter.attachments[0][2] == "application/pdf"


def test_issuing_twice_gives_one_certificate_and_one_letter(completed):
    tasks.issue_course_certificate.run(completed.pk)
    tasks.issue_course_certificate.run(completed.pk)
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert NumberCounter.objects.get().last == 1


def test_a_failure_after_rendering_is_retried_into_the_same_certificate(completed):
    with (
        mock.patch.object(tasks.EmailMessage, "send", side_effect=ConnectionError("smtp down")),
        pytest.raises(ConnectionError),
    ):
        tasks.issue_course_certificate.run(completed.pk)
    first = Certificate.objects.get()
    assert first.pdf and first.emailed_at is None  # rendered and stored, not sent
    tasks.issue_course_certificate.run(completed.pk)
    again = Certificate.objects.get()
    assert (again.pk, again.number, again.pdf.name) == (first.pk, first.number, first.pdf.name)
    assert again.emailed_at is not None and len(mail.outbox) == 1


def test_killed_before_rendering_then_retried(completed):
    certificate = services.issue_for_enrolment(completed.pk)  # the worker died here
    assert not certificate.pdf
    tasks.issue_course_certificate.run(completed.pk)
    assert Certificate.objects.get().pdf


def test_numbers_are_sequential_without_gaps(course, template):
    numbers = []
    for n in range(3):
        enrolment = complete(UserFactory(role="teacher", email=f"t{n}@example.kz"), course)
        numbers.append(services.issue_for_enrolment(enrolment.pk).number)
    assert [number[-6:] for number in numbers] == ["000001", "000002", "000003"]


def test_a_failed_issue_leaves_no_gap(course, template, graduate):
    enrolment = complete(graduate, course)
    with (
        mock.patch.object(Certificate.objects, "create", side_effect=RuntimeError("crash")),
        pytest.raises(RuntimeError),
    ):
        services.issue_for_enrolment(enrolment.pk)
    assert services.issue_for_enrolment(enrolment.pk).number.endswith("000001")


def test_an_incomplete_course_gets_no_certificate(graduate, course, template):
    from courses import services as learning

    enrolment = learning.enroll(graduate, course)
    with pytest.raises(services.CertificateError):
        services.issue_for_enrolment(enrolment.pk)


def test_the_text_is_frozen_at_issue(completed, course, template):
    certificate = services.issue_for_enrolment(completed.pk)
    course.title = "Changed later"
    course.save_revision().publish()
    template.text_kk = "Өзгертілді {name}"
    template.save()
    certificate.refresh_from_db()
    assert certificate.texts["kk"]["course"] == "Қысқа курс"
    assert "Құрманғалиева Әсем Өмірзаққызы" in certificate.texts["kk"]["body"]
    assert set(certificate.texts) >= {"kk", "ru", "en"}
    assert certificate.texts["ru"]["course"] == "Қысқа курс"  # no ru translation of the course


def pdf_of(certificate):
    return pypdf.PdfReader(BytesIO(pdf.render_pdf(certificate)))


def test_the_pdf_carries_the_name_hours_and_number_as_text(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    reader = pdf_of(certificate)
    text = reader.pages[0].extract_text()
    assert "Құрманғалиева Әсем Өмірзаққызы" in text
    for letter in "ҚұғӘөі":
        assert letter in text
    assert certificate.number in text
    assert "8 " in text or "8\n" in text  # hours of the tiny course


def test_the_pdf_embeds_its_fonts_and_is_pdf_a(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    reader = pdf_of(certificate)
    fonts = []
    for ref in reader.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        fonts.append(("/FontFile2" in descriptor, font["/BaseFont"]))
    assert fonts and all(embedded for embedded, _ in fonts)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>3</pdfaid:part>" in xmp or 'pdfaid:part="3"' in xmp
    assert "pdfaid:conformance" in xmp


def test_the_qr_code_decodes_to_the_verification_url(completed):
    import pypdfium2
    import zxingcpp

    certificate = services.issue_for_enrolment(completed.pk)
    document = pypdfium2.PdfDocument(pdf.render_pdf(certificate))
    image = document[0].render(scale=4).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [pdf.verification_url(certificate)]
    assert pdf.verification_url(certificate).endswith(f"/certificates/verify/{certificate.code}/")
