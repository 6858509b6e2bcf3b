"""What a parent reads on Telegram and by SMS, in Kazakh, Russian and English:
every SMS in one part with a realistic title, date and school; every Telegram
message with its details and the help line."""

import re

import pytest
from django.utils import translation

from messaging.sms import parts
from messaging.texts import KINDS, brief_when, compose, shorten
from tests.i18n.test_languages import english_words

TITLES = {
    "kk": "Балаңызбен қауіпсіз интернет туралы сөйлесу",
    "ru": "Как говорить с ребёнком о безопасном интернете",
    "en": "Talking with your child about a safe internet",
}
SCHOOLS = {  # the longest kind of name in directory/fixtures/schools_sample.csv
    "kk": "Абай атындағы № 7 мектеп-гимназия",
    "ru": "Общеобразовательная школа № 45",
    "en": "Abai School-Gymnasium No. 7",
}
WHEN = {"kk": "07.12.2026, 14:30–16:00", "ru": "07.12.2026, 14:30–16:00"}
WHEN["en"] = "7 Dec 2026, 14:30–16:00"  # lms.dates.show_datetime, as academy.emails writes it
SITE = "https://bilim.edu.kz"


def context(language, **changes):
    return {
        "title": TITLES[language],
        "when": WHEN[language],
        "time": "14:30",
        "school": SCHOOLS[language],
        "position": "3",
        "session_url": f"{SITE}/{language}/academy/sessions/1024/",
        "join_url": f"{SITE}/{language}/academy/join/eyJyIjoxMDI0fQ:1tXyZa:Qm9vZ2llV29vZ2llQm9vZ2ll/",
        "manage_url": f"{SITE}/{language}/academy/registrations/ZXJ6aGFuQGV4YW1wbGUua3o:1tXy/",
        "certificate_url": "https://bilim.edu.kz/c/AC7Q2K",
        **changes,
    }


def render(kind, language, channel, **changes):
    with translation.override(language):
        return compose(kind, context(language, **changes), channel)


def without_links(text):
    return re.sub(r"https?://\S+", " ", text)


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_sms_is_one_part_in_kazakh_and_russian(kind, language):
    text = render(kind, language, "sms")
    assert parts.encoding(text) == "UCS-2"
    assert parts.count(text) == 1, f"{len(text)} characters: {text}"
    assert "%(" not in text and english_words(without_links(text)) == []
    first_words = " ".join(TITLES[language].split()[:2])
    assert first_words in text  # a shortened title still says what
    if kind not in ("waitlisted", "reminder_1h", "certificate_ready"):
        assert "07.12, 14:30" in text
    if kind == "reminder_1h":
        assert "14:30" in text
    if kind == "waitlisted":
        assert "3" in text
    # No signed links by SMS; the certificate's short address where it fits.
    assert re.findall(r"https?://\S+", text) in ([], [context(language)["certificate_url"]])


@pytest.mark.parametrize("kind", KINDS)
def test_an_english_sms_is_in_the_gsm_alphabet(kind):
    text = render(kind, "en", "sms")
    assert parts.encoding(text) == "GSM-7", text
    assert parts.count(text) == 1
    assert TITLES["en"] in text  # 160 characters: the whole title
    assert "Child in danger? Call 111" in text


def test_a_title_that_fits_is_never_cut():
    text = render("reminder_24h", "kk", "sms")
    assert text == "Еске салу: «Балаңызбен қауіпсіз интернет туралы сөйлесу», 07.12, 14:30"
    assert len(text) == 70


def test_a_shortened_title_ends_at_a_word_with_an_ellipsis():
    text = render("confirmed", "ru", "sms")
    assert text == "Вы записаны: «Как говорить с ребёнком о безопасном…», 07.12, 14:30"


def test_the_school_and_the_help_line_come_when_there_is_room():
    short = render("reminder_1h", "kk", "sms", title="Буллинг белгілері")
    assert short == "Бүгін 14:30: «Буллинг белгілері»\nАбай атындағы № 7 мектеп-гимназия"
    shortest = render("confirmed", "ru", "sms", title="Буллинг", school="Лицей 7")
    assert shortest == "Вы записаны: «Буллинг», 07.12, 14:30\nЛицей 7\nРебёнок в опасности? 111"
    # The help line only beside the whole title: here it would cost the title a word.
    assert "111" not in render("confirmed", "ru", "sms", title="Буллинг в школе", school="Лицей 7")


def test_what_cannot_fit_goes_in_two_parts_with_the_whole_title():
    when = "в понедельник, 7 декабря 2026 года, с 14:30 до 16:00 по времени Астаны"
    text = render("confirmed", "ru", "sms", when=when)
    assert TITLES["ru"] in text and when in text
    assert parts.count(text) == 2


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_telegram_message_has_its_details_and_the_help_line(kind, language):
    text = render(kind, language, "telegram")
    values = context(language)
    with translation.override(language):
        help_line = translation.gettext("If a child is in danger, call 111: free, day and night.")
    assert text.endswith("\n\n" + help_line)
    assert "%(" not in text
    assert values["title"] in text  # whole, however long
    if kind != "certificate_ready":
        assert values["school"] in text
    assert (values["join_url"] in text) == (
        kind not in ("waitlisted", "cancelled", "certificate_ready")
    )
    assert (values["certificate_url"] in text) == (kind == "certificate_ready")
    if language != "en":
        assert english_words(without_links(text)) == []


def test_a_telegram_message_in_full():
    assert render("confirmed", "kk", "telegram").splitlines() == [
        "Сіз «Балаңызбен қауіпсіз интернет туралы сөйлесу» кездесуіне тіркелдіңіз.",
        "Уақыты: 07.12.2026, 14:30–16:00",
        "Мектеп: Абай атындағы № 7 мектеп-гимназия",
        f"Онлайн қосылу: {context('kk')['join_url']}",
        f"Кездесу беті: {context('kk')['session_url']}",
        f"Тіркелулеріңізді көру не болдырмау: {context('kk')['manage_url']}",
        "",
        "Егер бала қауіпте болса, 111 нөміріне қоңырау шалыңыз: тегін, тәулік бойы.",
    ]


@pytest.mark.parametrize("channel", ["telegram", "sms"])
def test_missing_values_leave_no_gaps(channel):
    with translation.override("en"):
        bare = compose("confirmed", {}, channel)
        waiting = compose("waitlisted", {"title": "Bullying", "position": None}, channel)
        soon = compose("reminder_1h", {"title": "Bullying"}, channel)
    assert bare.startswith("You are registered for a Parents' Academy session.")
    assert "When" not in bare and "None" not in waiting and "No." not in waiting
    assert "Bullying" in waiting
    # Telegram names the session without its time; an SMS says what happened.
    assert "Bullying" in soon if channel == "telegram" else soon.startswith("Your Parents'")
    assert ": \n" not in bare + waiting + soon and not re.search(r", *$", bare, re.M)


def test_unknown_kinds_and_channels_are_refused():
    with pytest.raises(ValueError, match="kind"):
        compose("reminder_2h", {}, "sms")
    with pytest.raises(ValueError, match="channel"):
        compose("confirmed", {}, "whatsapp")


def test_shorten():
    title = "Как говорить с ребёнком о безопасном интернете"
    assert shorten(title, 100) == title
    assert shorten(title, 40) == "Как говорить с ребёнком о безопасном…"
    assert shorten(title, 30) == "Как говорить с ребёнком…"  # not "…с ребёнком о…"
    assert shorten("Кибербуллингтіңалдыналу", 10) == "Кибербулл…"
    assert all(len(shorten(title, n)) <= n for n in range(0, 50))


def test_brief_when():
    assert brief_when("07.12.2026, 14:30–16:00") == "07.12, 14:30"
    assert brief_when("7 Dec 2026, 14:30–16:00") == "7 Dec 2026, 14:30"
    assert brief_when("07.12.2026, 14:30") == "07.12, 14:30"
    assert brief_when("") == ""
