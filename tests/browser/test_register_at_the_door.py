"""The coordinator at the door, on a phone (360 px, in Kazakh) and on a
desktop (1366 px, in English): a tap on a person's mark saves at once and
the "checked in" count rises without a reload; undo puts it back; a walk-in
is added and counted; nothing scrolls sideways, every button is at least
44 px tall, and axe finds no WCAG 2.1 AA violation."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from academy.models import Attendance, ProgrammePage, Registration, TopicPage
from tests.browser.conftest import axe_violations, sign_in
from tests.factories import (
    HomePageFactory,
    RegistrationFactory,
    SchoolFactory,
    SessionFactory,
    UserFactory,
)
from users.roles import SCHOOL_COORDINATORS

pytestmark = pytest.mark.django_db(transaction=True)
COORDINATOR = "door@example.kz"

WORDS = {
    "kk": {
        "present": "Келді",
        "undo": "Болдырмау",
        "count": "Келгені: 3 адамның {}",
        "after_walk_in": "Келгені: 4 адамның {}",
        "name": "Аты-жөні",
        "add": "Қосу және қатысты деп белгілеу",
    },
    "en": {
        "present": "Present",
        "undo": "Undo",
        "count": "Checked in: {} of 3",
        "after_walk_in": "Checked in: {} of 4",
        "name": "Name",
        "add": "Add and mark present",
    },
}


@pytest.fixture
def door(migrated_data, live_server, settings):
    settings.SITE_URL = live_server.url
    home = HomePageFactory(title="Bilim", slug="home-door")
    programme = home.add_child(instance=ProgrammePage(title="Parents' Academy", slug="parents"))
    topic = programme.add_child(instance=TopicPage(title="Safe social networks", slug="social"))
    school = SchoolFactory(name_en="School-lyceum No. 7")
    session = SessionFactory(
        school=school,
        topic=topic,
        format="in_person",
        room="Assembly hall",
        starts_in=-timedelta(minutes=10),
        capacity=30,
        facilitator="Gulnar Nurlanova",
    )
    people = [
        RegistrationFactory(session=session, name=name, email=f"parent{n}@example.kz")
        for n, name in enumerate(["Ахметова Сая Нұрланқызы", "Ким Ольга", "Омаров Қанат"])
    ]
    coordinator = UserFactory(email=COORDINATOR, role="", school=school)
    coordinator.groups.add(Group.objects.get(name=SCHOOL_COORDINATORS))
    return session, people


def buttons_shorter_than(page, pixels):
    """The visible buttons (and button-like links) of the page's main part
    shorter than ``pixels``."""
    return page.evaluate(
        """(pixels) => [...document.querySelectorAll(
              'main button, main .door-danger, main .door-list a, main summary')]
            .filter((element) => element.getClientRects().length)
            .map((element) => [element.textContent.trim(), element.getBoundingClientRect().height])
            .filter(([, height]) => height < pixels)""",
        pixels,
    )


@pytest.mark.parametrize(("width", "height", "language"), [(360, 740, "kk"), (1366, 768, "en")])
def test_marking_at_the_door(page, live_server, door, width, height, language):
    session, people = door
    words = WORDS[language]
    page.set_viewport_size({"width": width, "height": height})
    sign_in(page, live_server.url, COORDINATOR)
    page.goto(f"{live_server.url}/{language}/academy/manage/sessions/{session.pk}/")
    count = page.locator("[data-door-count]")
    expect(count).to_have_text(words["count"].format(0))

    # A tap saves at once: the page is not reloaded (the marker survives).
    page.evaluate("window.stillHere = true")
    row = page.locator(f"#person-{people[1].pk}")
    present = row.get_by_role("button", name=words["present"], exact=True)
    expect(present).to_have_attribute("aria-pressed", "false")
    present.click()
    expect(present).to_have_attribute("aria-pressed", "true")
    expect(count).to_have_text(words["count"].format(1))
    expect(page.locator("[data-door-status]")).to_contain_text("Ким Ольга")
    assert page.evaluate("window.stillHere") is True
    assert Attendance.objects.get(registration=people[1]).mark == "present"

    # Nothing scrolls sideways; every button is large enough to tap; axe is content.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert buttons_shorter_than(page, 44) == []
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"], len(v["nodes"])) for v in violations]

    # Undo puts the last change back.
    page.get_by_role("button", name=words["undo"], exact=True).click()
    expect(present).to_have_attribute("aria-pressed", "false")
    expect(count).to_have_text(words["count"].format(0))
    expect(page.get_by_role("button", name=words["undo"], exact=True)).to_be_hidden()
    assert Attendance.objects.get(registration=people[1]).mark == ""
    assert page.evaluate("window.stillHere") is True

    # A walk-in is added, marked present and counted.
    page.get_by_label(words["name"], exact=True).fill("Сейтова Гүлнар")
    page.get_by_role("button", name=words["add"]).click()
    expect(count).to_have_text(words["after_walk_in"].format(1))
    walk_in = Registration.objects.get(walk_in=True)
    assert walk_in.attendance.mark == "present"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert buttons_shorter_than(page, 44) == []
