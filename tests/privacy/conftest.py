"""A site whose home holds the privacy notice, in Kazakh and Russian."""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Locale, Page, Site

from academy.models import Attendance, Registration
from content.models import HomePage
from courses import services
from privacy.models import Consent, PrivacyNoticePage
from tests.course_fixtures import lessons
from tests.factories import (
    CertificateFactory,
    HomePageFactory,
    ProgrammePageFactory,
    SessionFactory,
    TopicPageFactory,
    UserFactory,
)

BODY = [{"type": "paragraph", "value": "<p>Біз сіздің атыңызды сақтаймыз.</p>"}]


@pytest.fixture
def notice(db):
    """The live notice (version 1) in kk and ru, under the site's home page."""
    kk = Locale.objects.get_or_create(language_code="kk")[0]
    ru = Locale.objects.get_or_create(language_code="ru")[0]
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Басты бет", slug="bilim-privacy", locale=kk))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    page = home.add_child(
        instance=PrivacyNoticePage(
            title="Дербес деректер туралы хабарлама", slug="qupiyalylyq", body=BODY
        )
    )
    page.save_revision().publish()
    Locale.objects.get_or_create(language_code="en")
    home.copy_for_translation(ru).save_revision().publish()
    translated = page.copy_for_translation(ru)
    translated.title = "Уведомление о персональных данных"
    translated.save_revision().publish()
    page.refresh_from_db()
    return page


def new_version(page, version):
    """The editor raises the version of the notice and publishes it."""
    page.version = version
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def person_data(teacher, course, session):
    """The teacher's data in every table, and another person's beside it."""
    enrolment = services.enroll(teacher, course)
    first = lessons(course)[0]
    services.open_lesson(enrolment, first)
    block = next(b for b in first.body if b.block_type == "reflection")
    services.save_reflection(enrolment, first, block.id, "Сыныпта бір жағдай болды.")
    seat = Registration.objects.create(
        session=session, name="Ахметова Айгүл", email=teacher.email, status="confirmed"
    )
    Attendance.objects.create(registration=seat, mark="present")
    Consent.objects.create(user=teacher, purpose="processing", version=1, language="kk")
    certificate = CertificateFactory(holder=teacher)
    certificate.pdf.save("c.pdf", ContentFile(b"%PDF-1.7 the teacher's certificate"))

    other = UserFactory(
        email="other@example.kz", role="teacher", first_name="Бөгде", last_name="Адам"
    )
    other_enrolment = services.enroll(other, course)
    services.save_reflection(other_enrolment, first, block.id, "Бөгде адамның жауабы.")
    Registration.objects.create(
        session=session, name="Бөгде Адам", email="other@example.kz", status="confirmed"
    )
    CertificateFactory(holder=other)
    return certificate


@pytest.fixture
def session():

    programme = ProgrammePageFactory(parent=HomePageFactory(slug="home-my-data"))
    return SessionFactory(topic=TopicPageFactory(parent=programme))


@pytest.fixture
def guest_token(session):
    """Olga registered as a guest (and agreed); another guest beside her.
    Returns the signed manage link's token from Olga's letters."""
    from academy import tokens

    Registration.objects.create(
        session=session, name="Ким Ольга", email="olga@example.kz", status="confirmed"
    )
    Consent.objects.create(email="olga@example.kz", purpose="processing", version=1, language="kk")
    Registration.objects.create(
        session=session, name="Бөгде Адам", email="other@example.kz", status="confirmed"
    )
    return tokens.manage_token("olga@example.kz")
