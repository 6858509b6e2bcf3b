"""Journey 2 ends, and journey 4: the teacher who completes the course
downloads the certificate, and its QR link opens the verification page,
which says it is valid."""

import re
from io import BytesIO
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from playwright.sync_api import expect

from tests.certificates.conftest import complete, make_template
from tests.course_fixtures import tiny_course
from tests.factories import HomePageFactory, UserFactory, course_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def graduate(migrated_data, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory(title="Home", slug="home-c")
    course = course_tree(home, tiny_course(1, 1, slug="cert"))
    make_template(course)
    person = UserFactory(
        email="graduate@example.kz", last_name="Жақсыбекова", first_name="Гүлнұр", role="teacher"
    )
    complete(person, course)  # the certificate task runs in-process after the commit
    return person


def test_download_the_certificate_and_verify_it_from_the_qr_code(
    page, live_server, graduate, settings
):
    settings.SITE_URL = live_server.url
    page.goto(f"{live_server.url}/kk/accounts/login/")
    page.get_by_label("Электрондық пошта").fill("graduate@example.kz")
    page.get_by_label("Құпия сөз").fill("correct-horse-battery")
    page.get_by_role("button", name="Кіру").click()
    expect(page).to_have_url(re.compile(r"/kk/me/$"))

    with page.expect_download() as download_info:
        page.locator("a[href*='/download/']").click()
    download = download_info.value
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")

    image = pypdfium2.PdfDocument(BytesIO(data))[0].render(scale=4).to_pil()
    (code,) = zxingcpp.read_barcodes(image)
    assert "/certificates/verify/" in code.text
    path = code.text.split("://", 1)[1].split("/", 1)[1]
    page.goto(f"{live_server.url}/{path}")
    expect(page.locator(".verdict--valid")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("Жақсыбекова Гүлнұр")
