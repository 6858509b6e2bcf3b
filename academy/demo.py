"""Demo Parents' Academy: the programme of six topics under the Kazakh home
page, translated into Russian and English; its certificate template;
sessions past and future in the first three demo schools; and the demo
parent's and a few guests' registrations and attendance.

Runs after ``directory``, ``content``, ``users`` and ``certificates`` demos
(it needs the schools, the home page, the demo coordinator and parent).
Idempotent: pages are found by slug, the template by programme, and a
school that already has sessions of the programme gets no more.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from certificates.models import CertificateTemplate, Signatory
from content.models import HomePage
from directory.models import School

from .demo_content import CERTIFICATE, FACILITATORS, GUESTS, HELP, PROGRAMME, TOPICS
from .models import Attendance, ProgrammePage, Registration, Session, TopicPage

LANGUAGES = ("kk", "ru", "en")
DEMO_DOMAIN = "demo.bilim.kz"
# (days from today, format) of each school's sessions, at 18:00 local time; the
# second school's fifth session is cancelled, to show how that looks.
PLAN = [
    (-21, Session.Format.IN_PERSON),
    (-14, Session.Format.ONLINE),
    (-7, Session.Format.BOTH),
    (3, Session.Format.IN_PERSON),
    (10, Session.Format.ONLINE),
    (17, Session.Format.BOTH),
]
# The demo parent's marks at the first school's past sessions: 3 of 4 attended.
PARENT_MARKS = [Attendance.Mark.PRESENT, Attendance.Mark.LATE, Attendance.Mark.PRESENT]
GUEST_MARKS = [Attendance.Mark.PRESENT, Attendance.Mark.EXCUSED, Attendance.Mark.ABSENT]


def seed(stdout):
    home = HomePage.objects.filter(locale__language_code="kk").first()
    if home is None:
        stdout.write("Parents' Academy: skipped, there is no Kazakh home page yet.")
        return
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    programme = _programme(home)
    for code in ("ru", "en"):
        title, intro = PROGRAMME[code]
        _translate(programme, locales[code], {"title": title, "intro": intro})
    topics = []
    for slug, texts in TOPICS.items():
        topic = _topic(programme, slug, texts["kk"])
        for code in ("ru", "en"):
            _translate(topic, locales[code], _topic_fields(texts[code], code))
        topics.append(topic)
    _certificate_template(programme)
    schools = list(School.objects.order_by("code")[:3])
    made = sum(_sessions(school, number, topics) for number, school in enumerate(schools))
    stdout.write(
        f"Parents' Academy: {len(topics)} topics in kk, ru, en; "
        f"{made} sessions added in {len(schools)} schools."
    )


def _programme(home):
    page = ProgrammePage.objects.child_of(home).filter(slug=PROGRAMME["slug"]).first()
    if page is None:
        title, intro = PROGRAMME["kk"]
        page = home.add_child(
            instance=ProgrammePage(
                title=title,
                intro=intro,
                slug=PROGRAMME["slug"],
                required_sessions=PROGRAMME["required_sessions"],
                show_in_menus=True,
            )
        )
        page.save_revision().publish()
    return page


def _topic_fields(texts, code):
    title, intro, heading, paragraph, tips = texts
    items = "".join(f"<li>{tip}</li>" for tip in tips)
    return {
        "title": title,
        "intro": intro,
        "materials": [
            {"type": "heading", "value": {"text": heading, "level": "h2"}},
            {"type": "paragraph", "value": f"<p>{paragraph}</p><ul>{items}</ul>"},
            {"type": "callout", "value": {"kind": "help", "text": HELP[code]}},
        ],
    }


def _topic(programme, slug, texts):
    page = TopicPage.objects.child_of(programme).filter(slug=slug).first()
    if page is None:
        page = TopicPage(slug=slug)
        for field, value in _topic_fields(texts, "kk").items():
            setattr(page, field, value)
        programme.add_child(instance=page)
        page.save_revision().publish()
    return page


def _translate(page, locale, fields):
    if page.get_translations().filter(locale=locale).exists():
        return
    translated = page.copy_for_translation(locale, copy_parents=True)
    for field, value in fields.items():
        setattr(translated, field, value)
    translated.save_revision().publish()


def _certificate_template(programme):
    key = str(programme.translation_key)
    if CertificateTemplate.objects.filter(programme_key=key).exists():
        return
    template = CertificateTemplate.objects.create(
        name=CERTIFICATE["name"],
        programme_key=key,
        number_prefix=CERTIFICATE["number_prefix"],
        **{f"title_{code}": CERTIFICATE["title"][code] for code in LANGUAGES},
        **{f"text_{code}": CERTIFICATE["text"][code] for code in LANGUAGES},
        **{f"organisation_{code}": CERTIFICATE["organisation"][code] for code in LANGUAGES},
    )
    Signatory.objects.create(
        template=template,
        name="Г. Нұрланова (демо)",
        position_kk="Ата-аналар академиясының үйлестірушісі",
        position_ru="Координатор Академии родителей",
        position_en="Parents' Academy coordinator",
    )


def _sessions(school, number, topics):
    programme_key = topics[0].get_parent().translation_key
    if Session.objects.filter(school=school, programme_key=programme_key).exists():
        return 0
    User = get_user_model()
    coordinator = User.objects.filter(email=f"coordinator@{DEMO_DOMAIN}").first()
    evening = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    sessions = []
    for index, (days, kind) in enumerate(PLAN):
        topic = topics[(index + number) % len(topics)]
        starts = evening + timedelta(days=days)
        session = Session.objects.create(
            school=school,
            topic=topic,
            topic_key=topic.translation_key,
            programme_key=programme_key,
            format=kind,
            meeting_url="https://meet.example.kz/academy-demo" if kind != "in_person" else "",
            room="Акт залы / Актовый зал" if kind != "online" else "",
            starts_at=starts,
            ends_at=starts + timedelta(minutes=90),
            capacity=100 if kind == "online" else 30,
            facilitator=FACILITATORS[index % len(FACILITATORS)],
            recording_url="https://video.example.kz/academy-demo" if days < 0 else "",
            created_by=coordinator,
        )
        sessions.append(session)
    if number == 1:
        Session.objects.filter(pk=sessions[4].pk).update(
            status=Session.Status.CANCELLED, cancelled_at=timezone.now(), sequence=1
        )
    if number == 0:
        _registrations(sessions, coordinator)
    return len(sessions)


def _registrations(sessions, coordinator):
    past, future = sessions[:3], sessions[3:]
    parent = get_user_model().objects.filter(email=f"parent@{DEMO_DOMAIN}").first()
    if parent is not None:
        for session, mark in zip(past, PARENT_MARKS, strict=True):
            _attend(
                _register(session, parent.get_full_name(), parent.email, "kk", parent),
                mark,
                coordinator,
            )
        _register(future[0], parent.get_full_name(), parent.email, "kk", parent)
    for (name, email, language), mark in zip(GUESTS, GUEST_MARKS, strict=True):
        for session in past:
            _attend(_register(session, name, email, language), mark, coordinator)
        _register(future[0], name, email, language)


def _register(session, name, email, language, user=None):
    registration = Registration.objects.create(
        session=session,
        user=user,
        name=name,
        email=email,
        language=language,
        status=Registration.Status.CONFIRMED,
    )
    registered = session.starts_at - timedelta(days=5)
    Registration.objects.filter(pk=registration.pk).update(
        created_at=registered, confirmation_sent_at=registered
    )
    return registration


def _attend(registration, mark, coordinator):
    Attendance.objects.create(
        registration=registration,
        mark=mark,
        source=Attendance.Source.COORDINATOR,
        marked_by=coordinator,
        marked_at=registration.session.ends_at,
    )
