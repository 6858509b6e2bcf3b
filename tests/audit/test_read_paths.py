"""Each staff read path of personal data leaves exactly one audit record, with
who, role, scope, what, the row count, the subjects and the client address;
through HTTP (Django's test client), the real database and the real views."""

import pytest
from django.urls import reverse

from academy.models import Registration, Session
from audit.models import AccessRecord
from certificates.models import Certificate
from courses.models import Enrolment
from tests.audit.conftest import only_record, staff
from users import roles
from users.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("audit-country")]

What = AccessRecord.What
ADDRESS = {"REMOTE_ADDR": "203.0.113.9"}


def streamed(response):
    assert response.status_code == 200, response.status_code
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def school_learners(country, key="a"):
    return sorted(
        Enrolment.objects.filter(
            course_key=country["course"].translation_key, user__school=country["schools"][key]
        ).values_list("user_id", flat=True)
    )


@pytest.fixture
def coordinator(country, school_a):
    return staff(roles.SCHOOL_COORDINATORS, school=school_a)


def test_the_school_report_learner_list(client, country, coordinator, school_a):
    client.force_login(coordinator)
    response = client.get("/kk/reports/courses/", **ADDRESS)
    assert response.status_code == 200
    record = only_record()
    expected = school_learners(country)
    assert (record.what, record.rows, record.user_ids) == (
        What.REPORT_LEARNERS,
        len(expected),
        expected,
    )
    assert record.actor_id == coordinator.pk
    assert record.role == roles.SCHOOL_COORDINATORS
    assert record.scope == f"school:{school_a.pk}"
    assert record.address == "203.0.113.9"
    assert record.detail == "/kk/reports/courses/"


def test_a_report_above_school_level_names_nobody_and_leaves_no_record(client, country):
    """A region's page shows figures per district, not people."""
    client.force_login(staff(roles.REGIONAL_OFFICERS, region=country["regions"][0]))
    assert client.get("/kk/reports/courses/").status_code == 200
    assert not AccessRecord.objects.exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_learner_list_download_counts_the_rows_sent(client, country, coordinator, kind):
    client.force_login(coordinator)
    streamed(client.get(f"/kk/reports/courses/learners/?export={kind}", **ADDRESS))
    record = only_record()
    expected = school_learners(country)
    assert (record.what, record.rows, record.user_ids) == (
        What.REPORT_LEARNERS_EXPORT,
        len(expected),
        expected,
    )
    assert record.detail == f"/kk/reports/courses/learners/?export={kind}"
    assert record.address == "203.0.113.9"


def test_a_background_export_is_recorded_once_when_prepared(
    client, country, django_capture_on_commit_callbacks
):
    from exports.models import ExportJob

    district = country["districts"][0]
    officer = staff(roles.DISTRICT_OFFICERS, district=district, region=district.region)
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/kk/exports/start/reports-learners/", {"format": "csv"}, **ADDRESS)
    assert response.status_code == 302
    job = ExportJob.objects.get()
    assert job.status == ExportJob.Status.DONE
    record = only_record()
    expected = school_learners(country)  # district d1 holds school a only
    assert (record.what, record.rows, record.user_ids) == (
        What.BACKGROUND_EXPORT,
        len(expected),
        expected,
    )
    assert (record.actor_id, record.scope, record.address) == (
        officer.pk,
        f"district:{district.pk}",
        "203.0.113.9",
    )
    assert record.detail.startswith("reports-learners: ")
    # Downloading the prepared file, even twice, adds nothing: the record is the preparation.
    for _ in range(2):
        streamed(client.get(f"/kk/exports/{job.pk}/download/"))
    assert AccessRecord.objects.count() == 1


def _session(country):
    """School a's session of yesterday: registrations of every status."""
    return (
        Session.objects.filter(school=country["schools"]["a"], status="scheduled")
        .filter(registrations__status="waitlisted")
        .distinct()
        .get()
    )


def test_the_academy_register_page(client, country, coordinator):
    session = _session(country)
    client.force_login(coordinator)
    assert client.get(reverse("academy:manage_register", args=[session.pk])).status_code == 200
    record = only_record()
    shown = sorted(
        session.registrations.filter(
            status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED]
        ).values_list("pk", flat=True)
    )
    assert (record.what, record.rows, record.registration_ids) == (
        What.ACADEMY_REGISTER,
        len(shown),
        shown,
    )


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_academy_register_download(client, country, coordinator, kind):
    session = _session(country)
    client.force_login(coordinator)
    streamed(client.get(reverse(f"academy:manage_export_{kind}", args=[session.pk])))
    record = only_record()
    sent = sorted(
        session.registrations.filter(status__in=Registration.ACTIVE).values_list("pk", flat=True)
    )
    assert (record.what, record.rows, record.registration_ids) == (
        What.ACADEMY_REGISTER_EXPORT,
        len(sent),
        sent,
    )


@pytest.fixture
def regional(country):
    return staff(roles.REGIONAL_OFFICERS, region=country["regions"][0])


def _region_certificates(country):
    return Certificate.objects.filter(region=country["regions"][0])


def test_the_certificate_registry_page(client, country, regional):
    client.force_login(regional)
    assert client.get(reverse("certificate_registry:index")).status_code == 200
    record = only_record()
    holders = sorted(_region_certificates(country).values_list("holder_id", flat=True))
    assert (record.what, record.rows, record.user_ids) == (
        What.CERTIFICATE_REGISTRY,
        len(holders),
        holders,
    )
    assert record.scope == f"region:{country['regions'][0].pk}"


def test_the_certificate_registry_results_fragment_and_a_search(client, country, regional):
    """The list its filters fetch is a read too; the search words stay out of the trail."""
    client.force_login(regional)
    holder = _region_certificates(country).first()
    url = reverse("certificate_registry:index_results")
    assert client.get(url, {"q": holder.number}).status_code == 200
    record = only_record()
    assert (record.rows, record.user_ids) == (1, [holder.holder_id])
    assert holder.number not in record.detail
    assert record.detail.endswith("?q=%2A")


def test_one_certificate_in_the_registry(client, country, regional):
    certificate = _region_certificates(country).first()
    client.force_login(regional)
    url = reverse("certificate_registry:inspect", args=[certificate.pk])
    assert client.get(url).status_code == 200
    record = only_record()
    assert (record.what, record.rows, record.user_ids) == (
        What.CERTIFICATE,
        1,
        [certificate.holder_id],
    )


def test_a_certificates_pdf_opened_by_staff_but_not_by_its_holder(client, country, regional):
    from django.core.files.base import ContentFile

    certificate = _region_certificates(country).first()
    certificate.pdf.save("c.pdf", ContentFile(b"%PDF-1.7 test"))
    url = reverse("certificates:download", args=[certificate.code])
    client.force_login(certificate.holder)
    assert client.get(url).status_code == 200
    assert not AccessRecord.objects.exists()
    client.force_login(regional)
    assert client.get(url).status_code == 200
    record = only_record()
    assert (record.what, record.rows, record.user_ids) == (
        What.CERTIFICATE_PDF,
        1,
        [certificate.holder_id],
    )


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_certificate_registry_download(client, country, regional, kind):
    client.force_login(regional)
    streamed(client.get(reverse("certificate_registry:index"), {"export": kind}))
    record = only_record()
    holders = sorted(_region_certificates(country).values_list("holder_id", flat=True))
    assert (record.what, record.rows, record.user_ids) == (
        What.CERTIFICATE_REGISTRY_EXPORT,
        len(holders),
        holders,
    )


def test_the_admin_learners_list_and_one_learner(client, country, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("learners:index")).status_code == 200
    record = only_record()
    expected = school_learners(country)
    assert (record.what, record.rows, record.user_ids) == (
        What.ADMIN_LEARNERS,
        len(expected),
        expected,
    )
    enrolment = Enrolment.objects.filter(user_id=expected[0]).get()
    assert client.get(reverse("learners:inspect", args=[enrolment.pk])).status_code == 200
    latest = AccessRecord.objects.order_by("-pk").first()
    assert AccessRecord.objects.count() == 2
    assert (latest.what, latest.rows) == (What.ADMIN_LEARNER, 1)
    assert list(latest.subjects.values_list("user_id", flat=True)) == [expected[0]]


def test_the_admin_user_pages(client, country):
    admin = staff(is_superuser=True, is_staff=True)
    client.force_login(admin)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200
    record = only_record()
    assert record.what == What.ADMIN_USERS
    assert record.rows == min(User.objects.count(), 20) == len(record.user_ids)
    assert record.role == "superuser"
    assert record.scope == "national"
    teacher = User.objects.filter(role="teacher").first()
    assert client.get(reverse("wagtailusers_users:edit", args=[teacher.pk])).status_code == 200
    latest = AccessRecord.objects.order_by("-pk").first()
    assert (latest.what, latest.rows) == (What.ADMIN_USER, 1)
    assert list(latest.subjects.values_list("user_id", flat=True)) == [teacher.pk]


def test_the_unusual_evidence_and_practical_task_pages(client, country):
    analyst = staff(roles.NATIONAL_ANALYSTS)
    client.force_login(analyst)
    course = country["course"]
    response = client.get(reverse("courses_integrity"), {"course": str(course.translation_key)})
    assert response.status_code == 200
    record = only_record()
    assert record.what == What.INTEGRITY
    assert record.rows == len(record.user_ids) == len(response.context["rows"])

    methodologist = staff(roles.METHODOLOGISTS)
    client.force_login(methodologist)
    response = client.get(reverse("courses_practical_review"))
    assert response.status_code == 200
    latest = AccessRecord.objects.order_by("-pk").first()
    assert (latest.what, latest.rows, latest.actor_id) == (
        What.PRACTICAL_TASKS,
        len(response.context["rows"]),
        methodologist.pk,
    )
    assert latest.scope == ""  # a methodologist has no report scope


def test_pages_without_personal_data_leave_no_record(client, country, coordinator):
    client.force_login(coordinator)
    for url in ("/kk/reports/academy/", reverse("academy:manage"), "/admin/"):
        assert client.get(url, follow=True).status_code == 200, url
    assert not AccessRecord.objects.exists()


def test_an_odd_forwarded_address_never_breaks_the_page(client, country, coordinator, settings):
    """Behind a proxy the address comes from X-Forwarded-For, which a client can forge."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    client.force_login(coordinator)
    response = client.get("/kk/reports/courses/", HTTP_X_FORWARDED_FOR="not-an-address'")
    assert response.status_code == 200
    assert only_record().address in {None, "127.0.0.1"}  # never the forged text
