"""The directory in the Wagtail admin."""

import pytest
from django.urls import reverse

from directory.models import District, Region, School
from tests.factories import DistrictFactory, SchoolFactory, UserFactory


@pytest.fixture
def admin_client(client):
    user = UserFactory(is_superuser=True, is_staff=True, school=None)
    client.force_login(user)
    return client


def listing(client, model, **params):
    url = reverse(f"wagtailsnippets_directory_{model._meta.model_name}:list")
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_region_listing_searches_russian_names(admin_client):
    assert "Абай облысы" in listing(admin_client, Region)
    found = listing(admin_client, Region, q="Карагандинская")
    assert "Қарағанды облысы" in found
    assert "Абай облысы" not in found


@pytest.mark.django_db
def test_district_listing_searches_names(admin_client):
    DistrictFactory(name_kk="Есіл ауданы", name_ru="район Есиль")
    DistrictFactory(name_kk="Сарыарқа ауданы", name_ru="район Сарыарка")
    found = listing(admin_client, District, q="Есиль")
    assert "Есіл ауданы" in found
    assert "Сарыарқа ауданы" not in found


@pytest.mark.django_db
def test_school_listing_searches_names_and_codes(admin_client, django_assert_max_num_queries):
    SchoolFactory(code="AST-0012", name_kk="№ 12 мектеп-гимназия")
    SchoolFactory(code="AST-0045", name_kk="№ 45 мектеп")
    SchoolFactory.create_batch(10)
    assert "№ 45 мектеп" not in listing(admin_client, School, q="AST-0012")
    assert "№ 12 мектеп-гимназия" in listing(admin_client, School, q="AST-0012")
    # Region and district come with each row, not one query per row.
    with django_assert_max_num_queries(30) as queries:
        listing(admin_client, School)
    district_queries = [q for q in queries if 'FROM "directory_district"' in q["sql"]]
    assert len(district_queries) <= 1


@pytest.mark.django_db
def test_schools_filter_by_region(admin_client):
    here = SchoolFactory(district=DistrictFactory(region=Region.objects.get(code="abai")))
    there = SchoolFactory(district=DistrictFactory(region=Region.objects.get(code="ulytau")))
    response = admin_client.get(
        reverse("wagtailsnippets_directory_school:list"), {"region": here.region_id}
    )
    content = response.content.decode()
    assert here.name_kk in content
    assert there.name_kk not in content


@pytest.mark.django_db
def test_moving_a_school_to_another_district_moves_its_region(admin_client):
    school = SchoolFactory(district=DistrictFactory(region=Region.objects.get(code="abai")))
    ulytau = DistrictFactory(region=Region.objects.get(code="ulytau"))
    response = admin_client.post(
        reverse("wagtailsnippets_directory_school:edit", args=[school.pk]),
        {
            "code": school.code,
            "name_kk": school.name_kk,
            "name_ru": school.name_ru,
            "name_en": "",
            "district": ulytau.pk,
        },
    )
    assert response.status_code == 302
    school.refresh_from_db()
    assert (school.district, school.region.code) == (ulytau, "ulytau")


@pytest.mark.django_db
def test_a_blank_district_code_is_generated(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_directory_district:add"),
        {
            "region": Region.objects.get(code="karaganda").pk,
            "name_kk": "Бұқар жырау ауданы",
            "name_ru": "Бухар-Жырауский район",
            "name_en": "",
            "code": "",
        },
    )
    assert response.status_code == 302
    district = District.objects.get(name_kk="Бұқар жырау ауданы")
    assert district.code.startswith("karaganda-bukar-zhyrau-audany-")
