"""The picker's JSON lists."""

import pytest
from django.urls import reverse
from django.utils import translation

from directory.models import Region
from tests.factories import DistrictFactory, SchoolFactory


@pytest.fixture
def astana():
    return Region.objects.get(code="astana")


@pytest.fixture
def esil(astana):
    return DistrictFactory(region=astana, name_kk="Есіл ауданы", name_ru="район Есиль", name_en="")


def url(name, language="kk"):
    with translation.override(language):
        return reverse(f"directory:{name}")


def test_urls_sit_under_the_language_prefix():
    assert url("districts") == "/kk/directory/districts/"
    assert url("schools", "ru") == "/ru/directory/schools/"


@pytest.mark.django_db
def test_districts_of_a_region_in_kazakh_alphabetical_order(client, astana, esil):
    other = DistrictFactory(region=astana, name_kk="Алматы ауданы")
    DistrictFactory(region=astana, name_kk="Сарыарқа ауданы")
    DistrictFactory(region=Region.objects.get(code="abai"), name_kk="Семей қаласы")
    response = client.get(url("districts"), {"region": astana.pk})
    assert response.status_code == 200
    assert response.json() == {
        "results": [
            {"id": other.pk, "name": "Алматы ауданы"},
            {"id": esil.pk, "name": "Есіл ауданы"},
            {"id": response.json()["results"][2]["id"], "name": "Сарыарқа ауданы"},
        ]
    }
    assert response["Cache-Control"] in ("public, max-age=3600", "max-age=3600, public")


@pytest.mark.django_db
def test_names_follow_the_language_of_the_url(client, astana, esil):
    response = client.get(url("districts", "ru"), {"region": astana.pk})
    assert response.json()["results"] == [{"id": esil.pk, "name": "район Есиль"}]
    # No English name: the Kazakh one stands in.
    response = client.get(url("districts", "en"), {"region": astana.pk})
    assert response.json()["results"] == [{"id": esil.pk, "name": "Есіл ауданы"}]


@pytest.mark.django_db
def test_schools_of_a_district_sorted_by_number(client, esil):
    twelve = SchoolFactory(district=esil, name_kk="№ 12 мектеп", name_ru="Школа № 12")
    two = SchoolFactory(district=esil, name_kk="№ 2 мектеп", name_ru="Школа № 2")
    SchoolFactory(name_kk="№ 3 мектеп")  # another district
    response = client.get(url("schools", "ru"), {"district": esil.pk})
    assert response.status_code == 200
    assert response.json() == {
        "results": [{"id": two.pk, "name": "Школа № 2"}, {"id": twelve.pk, "name": "Школа № 12"}]
    }
    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]


@pytest.mark.django_db
def test_q_filters_schools_on_any_name_ignoring_case(client, esil):
    gymnasium = SchoolFactory(district=esil, name_kk="№ 7 мектеп-гимназия", name_ru="Гимназия № 7")
    SchoolFactory(district=esil, name_kk="№ 8 мектеп-лицей", name_ru="Лицей № 8")
    for query in ("ГИМНАЗИЯ", "мектеп-гим", "гимназия № 7"):
        response = client.get(url("schools"), {"district": esil.pk, "q": query})
        assert [s["id"] for s in response.json()["results"]] == [gymnasium.pk], query
    response = client.get(url("schools"), {"district": esil.pk, "q": "колледж"})
    assert response.status_code == 200
    assert response.json() == {"results": []}


@pytest.mark.django_db
def test_at_most_500_schools_are_returned(client, esil, monkeypatch):
    monkeypatch.setattr("directory.views.MAX_SCHOOLS", 2)
    SchoolFactory.create_batch(3, district=esil)
    response = client.get(url("schools"), {"district": esil.pk})
    assert len(response.json()["results"]) == 2


@pytest.mark.django_db
def test_an_empty_district_is_an_empty_list_not_an_error(client, esil):
    response = client.get(url("schools"), {"district": esil.pk})
    assert response.status_code == 200
    assert response.json() == {"results": []}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("districts", {}),
        ("districts", {"region": "abc"}),
        ("districts", {"region": "-1"}),
        ("districts", {"region": "999999"}),
        ("districts", {"region": "9" * 40}),
        ("schools", {}),
        ("schools", {"district": "1.5"}),
        ("schools", {"district": "999999"}),
    ],
)
def test_missing_or_wrong_ids_are_a_400_with_a_message(client, name, params):
    response = client.get(url(name), params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_only_get_is_allowed(client, astana):
    response = client.post(url("districts"), {"region": astana.pk})
    assert response.status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 6])
def test_districts_take_one_query_however_many_there_are(
    client, astana, count, django_assert_num_queries
):
    DistrictFactory.create_batch(count, region=astana)
    with django_assert_num_queries(1):
        response = client.get(url("districts"), {"region": astana.pk})
    assert len(response.json()["results"]) == count


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 6])
def test_schools_take_one_query_however_many_there_are(
    client, esil, count, django_assert_num_queries
):
    SchoolFactory.create_batch(count, district=esil)
    with django_assert_num_queries(1):
        response = client.get(url("schools", "ru"), {"district": esil.pk})
    assert len(response.json()["results"]) == count


@pytest.mark.django_db
def test_an_empty_list_takes_a_second_query_to_check_the_id(
    client, esil, django_assert_num_queries
):
    with django_assert_num_queries(2):
        client.get(url("schools"), {"district": esil.pk})
