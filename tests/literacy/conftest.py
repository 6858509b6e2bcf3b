"""A media-literacy index under the Kazakh home page, with topics and units
whose grade ranges and topics make every filter case distinguishable."""

import pytest

from literacy.models import UnitIndexPage
from tests.content.conftest import locales, publish, site_tree  # noqa: F401 - fixtures

from .factories import TopicFactory, UnitPageFactory


@pytest.fixture
def unit_index(site_tree):  # noqa: F811 - the imported fixture
    home = site_tree["kk"]["home"]
    index = home.add_child(
        instance=UnitIndexPage(title="Медиасауаттылық", slug="media", intro="Бөлімдер.")
    )
    return publish(index)


@pytest.fixture
def topics(locales):  # noqa: F811 - the imported fixture
    return {
        "fake-news": TopicFactory(slug="fake-news", name="Фейк жаңалықтар"),
        "privacy": TopicFactory(slug="privacy", name="Жеке деректер"),
    }


@pytest.fixture
def units(unit_index, topics):
    """Five live units and a draft; titles sort in the order listed here."""
    fake, privacy = topics["fake-news"], topics["privacy"]

    def unit(title, grades, unit_topics, **kwargs):
        return UnitPageFactory(
            parent=unit_index,
            title=title,
            grade_from=grades[0],
            grade_to=grades[1],
            topics=unit_topics,
            **kwargs,
        )

    return {
        "sources": unit("Ақпарат қайдан келеді?", (5, 6), []),
        "fake": unit("Фейк жаңалықтар", (7, 8), [fake]),
        "bullying": unit("Кибербуллинг", (7, 9), [fake, privacy]),
        "ads": unit("Жарнама", (8, 9), [privacy]),
        "deepfakes": unit("Дипфейктер", (10, 11), [fake]),
        "draft": unit("Жоба бөлім", (7, 8), [fake], live=False),
    }
