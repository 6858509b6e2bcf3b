"""The staff side of certificates, through the real Wagtail admin URLs:
templates and their PDF preview, the registry and who sees what, revoke and
reissue, regeneration in the background, and the CSV and XLSX exports."""

import csv
import io
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage, storages
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from certificates import services, tasks
from certificates.models import (
    Certificate,
    CertificateTemplate,
    NumberCounter,
    RegenerationItem,
    RegenerationJob,
)
from tests.factories import DistrictFactory, SchoolFactory, UserFactory
from users import roles

pytestmark = pytest.mark.django_db

TEMPLATES = "wagtailsnippets_certificates_certificatetemplate"
REGISTRY = "certificate_registry"
SAMPLE_NAME = "Сәрсенбаева Әйгерім Қайратқызы"


def staff(group=None, region=None, **fields):
    """A staff member whose admin is in English, so the tests read the msgids
    whatever the kk and ru catalogues say."""
    user = UserFactory(school=None, role="", region=region, **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def logged_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(client):
    return logged_in(client, staff(is_superuser=True, is_staff=True))


def person_in(region, **fields):
    school = SchoolFactory(district=DistrictFactory(region=region))
    return UserFactory(school=school, **fields)


def issue(template, holder, n=1, render=False):
    certificate = services.issue(
        f"test:{n}",
        holder,
        template,
        {"kk": "Қысқа курс", "ru": "Короткий курс", "en": "Short course"},
        Decimal("80"),
        date(2026, 1, 12),
        date(2026, 3, 2),
    )
    if render:
        tasks.deliver(certificate.pk)
        certificate.refresh_from_db()
    return certificate


@pytest.fixture
def two_regions(template, abai, ulytau):
    """A certificate in Abai (Kazakh name) and one in Ulytau."""
    here = issue(template, person_in(abai, last_name="Құрманғалиева", first_name="Әсем"), 1)
    there = issue(template, person_in(ulytau, last_name="Иванова", first_name="Анна"), 2)
    return here, there


def page(client, name, *args, **params):
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- Templates ---------------------------------------------------------------------


def template_form(course, **fields):
    data = {
        "name": "Жаңа үлгі",
        "course": course.pk,
        "programme_key": "",
        "title_kk": "СЕРТИФИКАТ",
        "title_ru": "СЕРТИФИКАТ",
        "title_en": "CERTIFICATE",
        "text_kk": "{name} «{course}» курсын {hours} сағат оқыды.",
        "text_ru": "{name} прошёл(-ла) курс «{course}», {hours} ч.",
        "text_en": "{name} completed “{course}”, {hours} hours.",
        "organisation_kk": "Министрлік",
        "organisation_ru": "Министерство",
        "organisation_en": "Ministry",
        "page_size": "A4",
        "orientation": "landscape",
        "background": "",
        "number_prefix": "ПК-{year}-",
        "signatories": inline_formset(
            [
                {
                    "name": "А. Б. Сейітова",
                    "position_kk": "Директор",
                    "position_ru": "Директор",
                    "position_en": "Director",
                    "signature": "",
                }
            ]
        ),
    }
    data.update(fields)
    return nested_form_data(data)


def test_a_methodologist_creates_a_template_with_a_signatory(client, course):
    logged_in(client, staff(roles.METHODOLOGISTS))
    assert "signatories-TOTAL_FORMS" in page(client, f"{TEMPLATES}:add")

    response = client.post(reverse(f"{TEMPLATES}:add"), template_form(course))

    assert response.status_code == 302
    created = CertificateTemplate.objects.get(name="Жаңа үлгі")
    assert created.course_id == course.pk
    assert [s.name for s in created.signatories.all()] == ["А. Б. Сейітова"]


def test_template_edit_page_loads_with_preview_and_regenerate_links(admin_client, template):
    content = page(admin_client, f"{TEMPLATES}:edit", template.pk)
    preview = reverse(f"{TEMPLATES}:preview_pdf", args=[template.pk])
    assert f"{preview}?lang=kk" in content and f"{preview}?lang=en" in content
    assert reverse(f"{TEMPLATES}:regenerate", args=[template.pk]) in content


def test_template_listing_shows_the_series_and_preview_links(admin_client, template):
    content = page(admin_client, f"{TEMPLATES}:list")
    assert "Test template" in content and "ПК-{year}-" in content
    assert reverse(f"{TEMPLATES}:preview_pdf", args=[template.pk]) in content


def test_preview_is_a_pdf_of_sample_data_and_saves_nothing(admin_client, template):
    url = reverse(f"{TEMPLATES}:preview_pdf", args=[template.pk])

    response = admin_client.get(url, {"lang": "ru"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert SAMPLE_NAME in text
    assert "Қысқа курс" in text  # the course title (no Russian translation: Kazakh)
    assert "прошёл" in text  # the Russian text of the template
    assert f"-{date.today().year}-000000" in text
    assert not Certificate.objects.exists()
    assert not NumberCounter.objects.exists()


def test_preview_needs_a_template_permission(client, template):
    logged_in(client, staff(roles.REGIONAL_OFFICERS))
    response = client.get(reverse(f"{TEMPLATES}:preview_pdf", args=[template.pk]))
    assert response.status_code in (302, 403)


# --- Registry ------------------------------------------------------------------------


def test_registry_lists_certificates_and_filters_by_status(admin_client, two_regions):
    here, there = two_regions
    services.revoke(there, "Қате енгізілді")

    everything = page(admin_client, f"{REGISTRY}:index")
    assert here.number in everything and there.number in everything
    assert "Құрманғалиева Әсем" in everything
    assert "Қысқа курс" in everything  # the course column, from the frozen texts

    valid = page(admin_client, f"{REGISTRY}:index", status="valid")
    assert here.number in valid and there.number not in valid
    revoked = page(admin_client, f"{REGISTRY}:index_results", status="revoked")
    assert there.number in revoked and here.number not in revoked


def test_registry_filters_by_region_school_template_and_dates(admin_client, two_regions, abai):
    here, there = two_regions
    by_region = page(admin_client, f"{REGISTRY}:index", region=abai.pk)
    assert here.number in by_region and there.number not in by_region
    by_school = page(admin_client, f"{REGISTRY}:index", region=abai.pk, school=here.school_id)
    assert here.number in by_school and there.number not in by_school
    by_template = page(admin_client, f"{REGISTRY}:index", template=here.template_id)
    assert here.number in by_template and there.number in by_template
    today = date.today().isoformat()
    issued_today = page(admin_client, f"{REGISTRY}:index", issued_from=today, issued_to=today)
    assert here.number in issued_today
    long_ago = page(
        admin_client, f"{REGISTRY}:index", issued_from="2020-01-01", issued_to="2020-12-31"
    )
    assert here.number not in long_ago and there.number not in long_ago


def test_registry_searches_by_number_and_name(admin_client, two_regions):
    here, there = two_regions
    found = page(admin_client, f"{REGISTRY}:index", q="Иванова")
    assert there.number in found and here.number not in found
    found = page(admin_client, f"{REGISTRY}:index", q=here.number)
    assert here.number in found and there.number not in found


def test_a_regional_officer_sees_only_their_region(client, two_regions, abai):
    here, there = two_regions
    logged_in(client, staff(roles.REGIONAL_OFFICERS, region=abai))

    listing = page(client, f"{REGISTRY}:index")
    assert here.number in listing and there.number not in listing
    assert page(client, f"{REGISTRY}:inspect", here.pk)
    hidden = client.get(reverse(f"{REGISTRY}:inspect", args=[there.pk]), follow=True)
    assert hidden.status_code == 404
    exported = export_csv(client)
    assert [row[0] for row in exported[1:]] == [here.number]


def test_a_national_analyst_sees_every_region(client, two_regions):
    here, there = two_regions
    logged_in(client, staff(roles.NATIONAL_ANALYSTS))
    listing = page(client, f"{REGISTRY}:index")
    assert here.number in listing and there.number in listing


@pytest.mark.parametrize("group", [None, roles.METHODOLOGISTS])
def test_people_without_the_view_permission_are_turned_away(client, two_regions, group):
    logged_in(client, staff(group))
    for url in (
        reverse(f"{REGISTRY}:index"),
        reverse(f"{REGISTRY}:index") + "?export=csv",
        reverse(f"{REGISTRY}:inspect", args=[two_regions[0].pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url


# --- Revoke and reissue ---------------------------------------------------------------


@pytest.fixture
def moderator_client(client):
    return logged_in(client, staff(roles.MODERATORS))


def test_revoking_needs_a_reason(moderator_client, two_regions):
    certificate = two_regions[0]
    url = reverse(f"{REGISTRY}:revoke", args=[certificate.pk])
    assert "reason" in page(moderator_client, f"{REGISTRY}:revoke", certificate.pk)

    response = moderator_client.post(url, {"reason": "   "})

    assert response.status_code == 200
    assert response.context["form"].errors["reason"]
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


def test_revoking_with_a_reason(moderator_client, two_regions):
    certificate = two_regions[0]
    url = reverse(f"{REGISTRY}:revoke", args=[certificate.pk])

    response = moderator_client.post(url, {"reason": "Құжат жалған"})

    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_reason == "Құжат жалған"
    assert ModelLogEntry.objects.filter(action="certificates.revoke").exists()
    # Revoking again is refused with a message, and nothing changes.
    again = moderator_client.post(url, {"reason": "Тағы"}, follow=True)
    assert "Only a valid certificate can be revoked." in again.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Құжат жалған"


def test_reissuing_keeps_the_number_and_the_old_file(
    moderator_client, template, abai, django_capture_on_commit_callbacks
):
    old = issue(template, person_in(abai, last_name="Сарсенбаева"), render=True)
    old_file = old.pdf.name
    url = reverse(f"{REGISTRY}:reissue", args=[old.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(url, {"holder_name": SAMPLE_NAME})

    assert response.status_code == 302
    old.refresh_from_db()
    new = Certificate.objects.get(number=old.number, version=2)
    assert response["Location"] == reverse(f"{REGISTRY}:inspect", args=[new.pk])
    assert old.status == Certificate.Status.SUPERSEDED and old.pdf.name == old_file
    assert storages["private"].exists(old_file) and not default_storage.exists(old_file)
    assert new.status == Certificate.Status.VALID and new.holder_name == SAMPLE_NAME
    assert new.pdf and new.pdf.name != old_file  # rendered after the commit
    assert SAMPLE_NAME in new.texts["kk"]["body"]
    assert "Versions of this number" in page(moderator_client, f"{REGISTRY}:inspect", new.pk)


@pytest.mark.parametrize("name", ["", "<b>Жаңа</b>", "Сәрсенбаева Әйгерім Қайратқызы"])
def test_reissuing_with_a_bad_name_changes_nothing(moderator_client, template, abai, name):
    certificate = issue(template, person_in(abai))  # the factory name is the sample name
    response = moderator_client.post(
        reverse(f"{REGISTRY}:reissue", args=[certificate.pk]), {"holder_name": name}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["holder_name"]
    assert Certificate.objects.get().version == 1


def test_a_regional_officer_cannot_revoke(client, two_regions, abai):
    certificate = two_regions[0]
    logged_in(client, staff(roles.REGIONAL_OFFICERS, region=abai))
    response = client.post(
        reverse(f"{REGISTRY}:revoke", args=[certificate.pk]), {"reason": "Себеп"}
    )
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


# --- Regeneration ----------------------------------------------------------------------


def test_regeneration_renders_every_valid_certificate_once(
    moderator_client, template, abai, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(tasks, "REGENERATION_BATCH", 2)  # three certificates: two batches
    people = [person_in(abai, email=f"p{n}@example.kz") for n in range(4)]
    certificates = [issue(template, person, n, render=True) for n, person in enumerate(people)]
    services.revoke(certificates[3], "Қате")
    old_files = {c.pk: c.pdf.name for c in certificates}
    confirm = page(moderator_client, f"{TEMPLATES}:regenerate", template.pk)
    assert "3 valid certificates" in confirm

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(reverse(f"{TEMPLATES}:regenerate", args=[template.pk]))

    job = RegenerationJob.objects.get()
    assert response["Location"] == reverse(f"{TEMPLATES}:regeneration_job", args=[job.pk])
    assert (job.status, job.total, job.done, job.failed) == ("done", 3, 3, 0)
    for certificate in certificates:
        certificate.refresh_from_db()
        assert storages["private"].exists(old_files[certificate.pk])  # the old file is kept
    regenerated = certificates[:3]
    assert all(c.pdf.name.endswith(f"-r{job.pk}.pdf") for c in regenerated)
    assert all(storages["private"].exists(c.pdf.name) for c in regenerated)
    assert not any(default_storage.exists(c.pdf.name) for c in regenerated)
    assert certificates[3].pdf.name == old_files[certificates[3].pk]  # revoked: untouched

    # Running it again changes nothing.
    tasks.regenerate_template.run(job.pk)
    RegenerationJob.objects.filter(pk=job.pk).update(status="running")
    tasks.regenerate_template.run(job.pk)
    job.refresh_from_db()
    assert (job.status, job.done, RegenerationItem.objects.count()) == ("done", 3, 3)
    assert [Certificate.objects.get(pk=c.pk).pdf.name for c in regenerated] == [
        c.pdf.name for c in regenerated
    ]

    progress = page(moderator_client, f"{TEMPLATES}:regeneration_job", job.pk)
    assert '<progress value="3" max="3"' in progress
    assert 'http-equiv="refresh"' not in progress


def test_a_running_job_refreshes_its_page_and_is_not_started_twice(
    moderator_client, template, abai
):
    issue(template, person_in(abai))
    job = RegenerationJob.objects.create(template=template, total=1, status="running")

    progress = page(moderator_client, f"{TEMPLATES}:regeneration_job", job.pk)
    assert '<meta http-equiv="refresh" content="3">' in progress
    assert "<progress" in progress
    response = moderator_client.post(reverse(f"{TEMPLATES}:regenerate", args=[template.pk]))
    assert response["Location"] == reverse(f"{TEMPLATES}:regeneration_job", args=[job.pk])
    assert RegenerationJob.objects.count() == 1


def test_a_failed_render_is_counted_and_keeps_the_old_file(template, abai, monkeypatch):
    certificate = issue(template, person_in(abai), render=True)
    old_file = certificate.pdf.name
    job = RegenerationJob.objects.create(
        template=template, total=1, last_certificate_id=certificate.pk
    )

    def broken(certificate):
        raise RuntimeError("font missing")

    monkeypatch.setattr(tasks.fastpdf, "render_pdf_fast", broken)
    tasks.regenerate_template.run(job.pk)

    job.refresh_from_db()
    certificate.refresh_from_db()
    assert (job.status, job.done, job.failed) == ("done", 0, 1)
    assert certificate.pdf.name == old_file
    assert "font missing" in RegenerationItem.objects.get().error


def test_a_job_whose_retries_run_out_stops_and_no_longer_blocks_the_template(
    moderator_client, template, abai, monkeypatch
):
    issue(template, person_in(abai))
    job = RegenerationJob.objects.create(
        template=template, total=1, last_certificate_id=Certificate.objects.get().pk
    )
    runs = []

    def database_gone(job):
        runs.append(job.pk)
        raise ConnectionError("database gone")

    monkeypatch.setattr(tasks, "pending_regeneration", database_gone)
    # The last allowed run (five retries done) fails for good: the job stops.
    result = tasks.regenerate_template.apply(args=[job.pk], retries=5, throw=False)
    assert result.failed()
    assert runs == [job.pk]
    job.refresh_from_db()
    assert job.status == "stopped"
    assert job.finished_at is not None
    progress = page(moderator_client, f"{TEMPLATES}:regeneration_job", job.pk)
    assert 'http-equiv="refresh"' not in progress
    monkeypatch.undo()
    response = moderator_client.post(reverse(f"{TEMPLATES}:regenerate", args=[template.pk]))
    assert RegenerationJob.objects.count() == 2  # a new job, not "already running"
    assert response["Location"] != reverse(f"{TEMPLATES}:regeneration_job", args=[job.pk])


def test_regeneration_needs_the_change_permission(client, template):
    logged_in(client, staff(roles.METHODOLOGISTS))
    response = client.post(reverse(f"{TEMPLATES}:regenerate", args=[template.pk]))
    assert response.status_code in (302, 403)
    assert not RegenerationJob.objects.exists()


# --- Export ------------------------------------------------------------------------------


def export_csv(client, **params):
    response = client.get(reverse(f"{REGISTRY}:index"), {**params, "export": "csv"})
    assert response.status_code == 200
    assert response.streaming
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_export_applies_the_filters(admin_client, two_regions):
    here, there = two_regions
    services.revoke(there, "=HYPERLINK(1)")

    rows = export_csv(admin_client)
    assert rows[0][:4] == ["Number", "Version", "Status", "Holder"]
    assert rows[0][-1] == "Verification URL"
    assert {row[0] for row in rows[1:]} == {here.number, there.number}

    rows = export_csv(admin_client, status="valid")
    assert len(rows) == 2
    number, version, status, holder, course, hours, started, completed = rows[1][:8]
    assert (number, version, holder, course) == (here.number, "1", here.holder_name, "Қысқа курс")
    assert "Құрманғалиева Әсем" in holder
    assert (hours, started, completed) == ("80", "2026-01-12", "2026-03-02")
    assert rows[1][-1].endswith(f"/certificates/verify/{here.code}/")

    revoked = export_csv(admin_client, status="revoked")[1]
    assert revoked[-2] == "'=HYPERLINK(1)"  # a formula is exported as text


def test_xlsx_export(admin_client, two_regions, abai):
    here, _ = two_regions
    response = admin_client.get(reverse(f"{REGISTRY}:index"), {"export": "xlsx", "region": abai.pk})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Number" and len(rows[0]) == 14
    assert len(rows) == 2
    assert rows[1][0] == here.number and rows[1][3] == here.holder_name
    assert "Құрманғалиева" in rows[1][3]
    assert rows[1][9] == abai.name_en  # in the language of the admin
