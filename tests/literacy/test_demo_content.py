"""The demo units as their YAML files give them: every text in kk, ru and en,
topics that exist, grades within 5–11."""

from literacy.demo_content import INDEX, LANGUAGES, TOPICS, UNITS


def texts(unit, code):
    language = unit[code]
    yield from (language["title"], language["intro"], language["parents"])
    yield from language["objectives"]
    for pair in language["plan"] + language["activities"]:
        yield from pair


def test_every_unit_is_whole_in_every_language():
    assert len(UNITS) >= 6
    for unit in UNITS:
        assert len(unit["minutes"]) == len(unit["kk"]["activities"]) >= 2
        assert all(isinstance(minutes, int) for minutes in unit["minutes"])
        for code in LANGUAGES:
            assert all(isinstance(text, str) and text.strip() for text in texts(unit, code))


def test_units_name_known_topics_and_school_grades():
    for unit in UNITS:
        assert unit["topics"] and set(unit["topics"]) <= set(TOPICS)
        assert 5 <= unit["grades"][0] <= unit["grades"][1] <= 11
    assert all(set(names) == set(LANGUAGES) for names in TOPICS.values())
    assert set(INDEX) == set(LANGUAGES)
