"""Every report page and export, asked by every role for places inside and
outside their scope: the server refuses what the scope does not allow."""

import pytest

from tests.factories import UserFactory
from tests.reports.helpers import person
from users import roles

# One xdist worker for the module: its data (conftest's `country`) is built once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

MATRIX = [
    # who, place asked, expected status
    ("anonymous", {}, 302),
    ("anonymous", {"school": "a"}, 302),
    ("teacher", {}, 403),
    ("teacher", {"school": "a"}, 403),
    ("parent", {}, 403),
    ("parent", {"school": "a"}, 403),
    ("coordinator", {}, 200),
    ("coordinator", {"school": "a"}, 200),
    ("coordinator", {"school": "b"}, 404),
    ("coordinator", {"district": 0}, 404),
    ("coordinator", {"region": 0}, 404),
    ("district", {}, 200),
    ("district", {"district": 0}, 200),
    ("district", {"school": "a"}, 200),
    ("district", {"school": "b"}, 404),
    ("district", {"district": 1}, 404),
    ("district", {"region": 0}, 404),
    ("regional", {}, 200),
    ("regional", {"region": 0}, 200),
    ("regional", {"district": 1}, 200),
    ("regional", {"school": "b"}, 200),
    ("regional", {"school": "c"}, 404),
    ("regional", {"district": 2}, 404),
    ("regional", {"region": 1}, 404),
    ("analyst", {}, 200),
    ("analyst", {"region": 1}, 200),
    ("analyst", {"district": 2}, 200),
    ("analyst", {"school": "c"}, 200),
    ("analyst", {"school": "missing"}, 404),
    ("superuser", {}, 200),
    ("superuser", {"region": 1}, 200),
    ("superuser", {"school": "c"}, 200),
]

# Every report URL and export: (path, extra query).
VIEWS = {
    "course": ("courses/", {}),
    "course-csv": ("courses/", {"export": "csv"}),
    "course-xlsx": ("courses/", {"export": "xlsx"}),
    "learners": ("courses/learners/", {}),
    "learners-xlsx": ("courses/learners/", {"export": "xlsx"}),
    "academy": ("academy/", {}),
    "academy-csv": ("academy/", {"export": "csv"}),
    "academy-xlsx": ("academy/", {"export": "xlsx"}),
    "academy-topics-csv": ("academy/", {"table": "topics", "export": "csv"}),
    "academy-topics-xlsx": ("academy/", {"table": "topics", "export": "xlsx"}),
}


def login_as(client, who, country):
    north = country["regions"][0]
    d1 = country["districts"][0]
    school_a = country["schools"]["a"]
    users = {
        "teacher": lambda: UserFactory(role="teacher", school=school_a),
        "parent": lambda: UserFactory(role="parent", school=school_a),
        "coordinator": lambda: person(roles.SCHOOL_COORDINATORS, school=school_a),
        "district": lambda: person(roles.DISTRICT_OFFICERS, district=d1, region=north),
        "regional": lambda: person(roles.REGIONAL_OFFICERS, region=north),
        "analyst": lambda: person(roles.NATIONAL_ANALYSTS),
        "superuser": lambda: person(is_superuser=True, is_staff=True),
    }
    if who != "anonymous":
        client.force_login(users[who]())


def resolve(asked, country):
    params = {}
    for key, value in asked.items():
        if key == "school":
            params["school"] = country["schools"][value].pk if value != "missing" else 999999
        elif key == "district":
            params["district"] = country["districts"][value].pk
        else:
            params["region"] = country["regions"][value].pk
    return params


@pytest.mark.parametrize(("who", "asked", "status"), MATRIX)
@pytest.mark.parametrize("view", list(VIEWS))
def test_permission_matrix(client, country, who, asked, status, view):
    login_as(client, who, country)
    path, extra = VIEWS[view]
    params = resolve(asked, country) | extra
    query = "&".join(f"{k}={v}" for k, v in params.items())
    response = client.get(f"/kk/reports/{path}?{query}")
    assert response.status_code == status
    if status == 302:
        assert "/accounts/login/" in response["Location"]
