"""The delivery log in the Wagtail admin, through its real URLs: who may open
it, that each sees the rows of their own scope only (in the list and by
guessing an inspect URL), the masking of whom a row was for, the filters,
hostile query strings, nothing to add or change, and a constant query count."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from academy.models import Registration
from audit.models import AccessRecord
from directory.models import Region
from messaging.models import Contact, Delivery
from tests.factories import DistrictFactory, SchoolFactory, UserFactory
from users import roles

pytestmark = pytest.mark.django_db

INDEX = reverse("delivery_log:index")
RESULTS = reverse("delivery_log:index_results")


def inspect_url(delivery):
    return reverse("delivery_log:inspect", args=[delivery.pk])


def status(client, url):
    return client.get(url, follow=True).status_code


def staff(group=None, **fields):
    user = UserFactory(**{"school": None, "role": "", **fields})
    if group:
        user.groups.add(Group.objects.get(name=group))
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def places(db):
    north, south = Region.objects.order_by("sort_order")[:2]
    d1, d2 = DistrictFactory(region=north), DistrictFactory(region=south)
    return {
        "north": north,
        "d1": d1,
        "a": SchoolFactory(district=d1),
        "b": SchoolFactory(district=d1),
        "c": SchoolFactory(district=d2),
    }


def delivery(make_session, school, n, channel="telegram", **fields):
    """A row about a registration at ``school``, for a guest (n makes it unique)."""
    session = make_session(school=school, starts_in=timedelta(days=1 + n % 5))
    registration = Registration.objects.create(
        session=session, name="A", email=f"guest{n}@example.kz", status="confirmed"
    )
    address = "+77012345678" if channel == "sms" else f"55500{n}"
    contact = Contact.objects.create(
        email=registration.email, channel=channel, address=address, verified_at=timezone.now()
    )
    return Delivery.objects.create(
        email=registration.email,
        registration=registration,
        contact=contact,
        channel=channel,
        kind=fields.pop("kind", "reminder_1h"),
        dedupe_key=f"reminder_1h:registration:{registration.pk}:{channel}:{n}",
        status=fields.pop("status", "sent"),
        text="Secret join link https://example.kz/join/signed-token",
        **fields,
    )


@pytest.fixture
def rows(make_session, places):
    return {
        "a": delivery(make_session, places["a"], 1, "sms"),
        "b": delivery(make_session, places["b"], 2, status="failed", error="chat not found"),
        "c": delivery(make_session, places["c"], 3),
    }


def coordinator_of(school):
    return staff(roles.SCHOOL_COORDINATORS, school=school)


def shown(client, url=INDEX):
    response = client.get(url)
    assert response.status_code == 200
    return {row.pk for row in response.context["object_list"]}


def test_a_school_coordinator_sees_their_schools_rows_only(client, rows, places):
    client.force_login(coordinator_of(places["a"]))
    assert shown(client) == {rows["a"].pk}
    assert status(client, inspect_url(rows["a"])) == 200
    assert status(client, inspect_url(rows["b"])) == 404  # same district, another school
    assert status(client, inspect_url(rows["c"])) == 404
    assert status(client, reverse("delivery_log:inspect", args=[10**9])) == 404


def test_officers_see_their_district_or_region_and_analysts_everything(client, rows, places):
    client.force_login(staff(roles.DISTRICT_OFFICERS, district=places["d1"]))
    assert shown(client) == {rows["a"].pk, rows["b"].pk}
    client.force_login(staff(roles.REGIONAL_OFFICERS, region=places["north"]))
    assert shown(client) == {rows["a"].pk, rows["b"].pk}
    assert status(client, inspect_url(rows["c"])) == 404
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    assert shown(client) == {r.pk for r in rows.values()}
    client.force_login(staff(is_superuser=True, is_staff=True))
    assert shown(client) == {r.pk for r in rows.values()}


def test_a_certificates_row_is_placed_by_the_certificates_school(client, rows, places, template):
    from certificates.models import Certificate

    row = rows["c"]
    certificate = Certificate.objects.create(
        number="АКАД-2026-000001",
        source="academy:1",
        holder=UserFactory(),
        holder_name="A",
        template=template,
        language="kk",
        hours=2,
        started_on=timezone.localdate(),
        completed_on=timezone.localdate(),
        issued_at=timezone.now(),
        region_id=places["a"].region_id,
        school=places["a"],
    )
    Delivery.objects.filter(pk=row.pk).update(registration=None, certificate=certificate)
    client.force_login(coordinator_of(places["a"]))
    assert shown(client) == {rows["a"].pk, row.pk}


def refused(client, url):
    """Not shown: sent to sign in, refused or not found, and no row's data on the way."""
    first = client.get(url)
    followed = client.get(url, follow=True)
    assert first.status_code in (302, 403, 404)
    assert "Reminder an hour before" not in followed.content.decode()
    return first


def test_no_access_without_a_scope(client, rows, parent):
    client.force_login(parent)
    refused(client, INDEX)
    refused(client, inspect_url(rows["a"]))
    # A coordinator's group without a school is no scope: nothing, not everything.
    client.force_login(staff(roles.SCHOOL_COORDINATORS))
    refused(client, INDEX)
    refused(client, inspect_url(rows["a"]))
    client.logout()
    assert "login" in refused(client, INDEX)["Location"]


def test_whom_a_row_was_for_is_masked_and_the_text_is_not_shown(client, rows):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    html = client.get(INDEX).content.decode()
    assert "+7 701 *** ** 78 · gu***@example.kz" in html
    assert "+77012345678" not in html and "guest1@example.kz" not in html
    assert "555002" not in html  # no Telegram chat id
    assert "chat not found" in html and "Reminder an hour before" in html
    page = client.get(inspect_url(rows["a"])).content.decode()
    assert "+7 701 *** ** 78" in page and "+77012345678" not in page
    assert "signed-token" not in page and "signed-token" not in html
    assert AccessRecord.objects.filter(what="delivery_log").exists()
    assert AccessRecord.objects.filter(what="delivery").exists()


def test_filters_by_status_channel_kind_and_date(client, rows):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    assert shown(client, f"{INDEX}?status=failed") == {rows["b"].pk}
    assert shown(client, f"{INDEX}?channel=sms") == {rows["a"].pk}
    Delivery.objects.filter(pk=rows["c"].pk).update(kind="cancelled")
    assert shown(client, f"{INDEX}?kind=cancelled") == {rows["c"].pk}
    Delivery.objects.filter(pk=rows["c"].pk).update(created_at=timezone.now() - timedelta(days=9))
    week_ago = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert shown(client, f"{INDEX}?created_from={week_ago}") == {rows["a"].pk, rows["b"].pk}
    assert shown(client, f"{RESULTS}?status=sent&channel=telegram") == {rows["c"].pk}


@pytest.mark.parametrize(
    "query",
    [
        "status=nonsense",
        "channel[]=sms",
        "kind=%00",
        "created_from=2026-13-45",
        "created_from=" + "9" * 10_000,
        "ordering=text",
        "ordering=-nonexistent",
        "p=999999",
        "p=-1",
    ],
)
def test_hostile_query_strings_never_fail(client, rows, query):
    client.force_login(staff(roles.NATIONAL_ANALYSTS))
    assert client.get(f"{INDEX}?{query}").status_code in (200, 404)


def test_there_is_nothing_to_add_change_or_delete(client, rows):
    client.force_login(staff(is_superuser=True, is_staff=True))
    for name in ("add", "edit", "delete", "copy", "history", "usage"):
        with pytest.raises(NoReverseMatch):
            reverse(f"delivery_log:{name}", args=[rows["a"].pk])
    html = client.get(inspect_url(rows["a"])).content.decode()
    assert "/edit/" not in html and "/delete/" not in html
    assert client.post(inspect_url(rows["a"])).status_code == 405


def test_the_query_count_is_the_same_for_3_rows_and_30(client, rows, make_session, places):
    client.force_login(coordinator_of(places["a"]))
    client.get(INDEX)  # warm the caches a first request fills (site, locale)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(INDEX).status_code == 200
        return len(context)

    few = queries()
    for n in range(10, 37):
        delivery(make_session, places["a"], n, "sms" if n % 2 else "telegram")
    assert len(shown(client)) == 28
    assert queries() == few
