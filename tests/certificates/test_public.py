"""Public verification in each state, the number lookup, and who may download."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from certificates import services
from certificates.models import Certificate
from tests.factories import UserFactory
from users import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    certificate.pdf.save("c.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    return certificate


def test_valid(client, certificate):
    page = client.get(f"/kk/certificates/verify/{certificate.code}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert (
        "verdict--valid" in html and certificate.holder_name in html and certificate.number in html
    )


def test_revoked_shows_date_and_reason(client, certificate):
    services.revoke(certificate, "Құжат қате берілген")
    html = client.get(f"/ru/certificates/verify/{certificate.code}/").content.decode()
    assert "verdict--revoked" in html and "Құжат қате берілген" in html


def test_unknown_code(client, db):
    page = client.get("/kk/certificates/verify/no-such-code/")
    assert page.status_code == 404
    assert "verdict--unknown" in page.content.decode()


def test_superseded_after_reissue_and_the_new_version_is_valid(client, certificate):
    new = services.reissue(certificate, "Құрманғали Әсем Өмірзаққызы")
    assert (new.number, new.version) == (certificate.number, 2)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.SUPERSEDED and certificate.pdf  # old file kept
    old = client.get(f"/kk/certificates/verify/{certificate.code}/").content.decode()
    assert "verdict--revoked" in old
    assert "verdict--valid" in client.get(f"/kk/certificates/verify/{new.code}/").content.decode()
    # The lookup finds the new version by the corrected surname.
    found = client.get(
        "/kk/certificates/verify/", {"number": new.number, "surname": "құрманғали"}
    ).context["certificate"]
    assert found == new


def test_lookup_by_number_and_surname(client, certificate):
    good = client.get(
        "/kk/certificates/verify/",
        {"number": certificate.number, "surname": "Құрманғалиева"},
    )
    assert good.context["certificate"] == certificate
    wrong = client.get(
        "/kk/certificates/verify/", {"number": certificate.number, "surname": "Басқа"}
    )
    assert wrong.context["certificate"] is None and wrong.context["searched"]


def test_only_the_holder_and_authorised_staff_download(client, certificate):
    address = f"/kk/certificates/{certificate.code}/download/"
    assert client.get(address).status_code == 302  # anonymous: to the login
    client.force_login(certificate.holder)
    response = client.get(address)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    client.force_login(UserFactory(role="teacher"))
    assert client.get(address).status_code == 404
    officer = UserFactory(role="", school=None, region=None)
    officer.groups.add(Group.objects.get(name=roles.REGIONAL_OFFICERS))
    client.force_login(officer)
    assert client.get(address).status_code == 404  # another region
    officer.region_id = certificate.region_id
    officer.save()
    assert client.get(address).status_code == 200
