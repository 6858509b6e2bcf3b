"""The public lookup finds a certificate however its number and surname are
typed (case, Latin look-alikes, spaces), and the public pages answer any
input with a page or a 404, never a 500."""

import pytest
from django.core.files.base import ContentFile

from certificates import services
from certificates.lookup import lookup_key
from tests.certificates.conftest import complete, make_template
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOOKUP = "/kk/certificates/verify/"


@pytest.mark.parametrize(
    "typed",
    [
        "ПК-2026-000001",
        "пк-2026-000001",
        "PK-2026-000001",  # Latin P and K
        "pk-2026-000001",
        "  ПК-2026-000001\t",
        "Пк-2026-000001",
    ],
)
def test_every_spelling_of_a_number_has_one_key(typed):
    assert lookup_key(typed) == "ПК-2026-000001"


def test_look_alike_letters_in_surnames_and_spaces_do_not_matter():
    genuine = lookup_key("Құрманғалиева")
    assert lookup_key(" құpмaнғaлиeвa ") == genuine  # Latin p, a, e
    assert lookup_key("ҚҰРМАНҒАЛИЕВА") == genuine
    assert lookup_key("Ivanova") == lookup_key("Іvanova")  # Kazakh І for Latin I
    assert lookup_key("Құрманғали") != genuine
    assert lookup_key("ПК-2026-000002") != lookup_key("ПК-2026-000001")  # digits stay exact


@pytest.fixture
def certificate(completed):
    certificate = services.issue_for_enrolment(completed.pk)
    certificate.pdf.save("c.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    return certificate


def found(client, number, surname, language="kk"):
    response = client.get(
        f"/{language}/certificates/verify/", {"number": number, "surname": surname}
    )
    assert response.status_code == 200
    return response.context["certificate"]


def test_the_lookup_finds_the_genuine_certificate_however_typed(client, certificate):
    number = certificate.number
    assert number.startswith("ПК-") and number.endswith("-000001")
    latin = number.replace("ПК", "PK")
    for typed in (number, number.lower(), latin, latin.lower(), f"  {number} "):
        assert found(client, typed, "Құрманғалиева") == certificate, typed
    for surname in ("құрманғалиева", " ҚҰРМАНҒАЛИЕВА ", "Құpмaнғaлиeвa"):
        assert found(client, latin.lower(), surname) == certificate, surname
    assert found(client, number.replace("000001", "000002"), "Құрманғалиева") is None
    assert found(client, latin, "Құрманғали") is None


def test_a_latin_series_is_found_from_cyrillic_look_alikes(client, course):
    template = make_template(course)
    template.number_prefix = "KZ-{year}-"  # Latin K and Z
    template.save()
    holder = UserFactory(last_name="Омарова")
    certificate = services.issue_for_enrolment(complete(holder, course).pk)
    assert certificate.number.startswith("KZ-")
    typed = certificate.number.replace("K", "к")  # Cyrillic к, lower case
    assert found(client, typed, "омарова") == certificate


def test_a_bulk_issued_certificate_is_found(client, completed):
    from certificates import bulk
    from certificates.models import Certificate

    (issued,) = bulk.issue_for_enrolments([completed.pk])
    certificate = Certificate.objects.get(pk=issued.pk)
    assert found(client, certificate.number.lower(), "құрманғалиева") == certificate


HOSTILE = ['"', "'", "\x00", "x" * 3000, "-1", "99999999999999999999", "<script>"]


@pytest.mark.parametrize("value", HOSTILE)
def test_the_lookup_answers_any_input(client, certificate, value):
    for params in ({"number": value, "surname": value}, {"number": value}, {"surname": value}):
        response = client.get(LOOKUP, params)
        assert response.status_code == 200
        assert response.context["certificate"] is None
    response = client.get(LOOKUP, {"number": certificate.number, "surname": value})
    assert response.status_code == 200 and response.context["certificate"] is None


def test_bad_lookup_input_is_explained_in_the_page_language(client, db):
    kk = client.get(LOOKUP, {"number": "\x00", "surname": "x" * 3000}).content.decode()
    assert "Нөлдік таңбаларға рұқсат етілмейді." in kk
    assert "ең көбі 100 таңба болуы керек (қазір 3000" in kk
    ru = client.get("/ru/certificates/verify/", {"number": "\x00", "surname": "x"}).content.decode()
    assert "запрещённый символ: ноль-байт" in ru


@pytest.mark.parametrize(
    "code", ["%22", "%27", "%00", "x" * 3000, "no-such-code", "-1", "%3Cscript%3E", "..%5C"]
)
def test_verification_of_a_malformed_or_unknown_code_is_a_404_page(client, db, code):
    response = client.get(f"/kk/certificates/verify/{code}/")
    assert response.status_code == 404
    assert "verdict--unknown" in response.content.decode()


@pytest.mark.parametrize("code", ["%22", "%00", "x" * 3000, "no-such-code", "1"])
def test_download_of_a_malformed_or_unknown_code_is_a_404(client, certificate, code):
    client.force_login(certificate.holder)
    assert client.get(f"/kk/certificates/{code}/download/").status_code == 404


def test_another_persons_certificate_is_not_downloaded(client, certificate):
    client.force_login(UserFactory(role="teacher"))
    for reference in (certificate.code, certificate.pk, certificate.number):
        assert client.get(f"/kk/certificates/{reference}/download/").status_code == 404
