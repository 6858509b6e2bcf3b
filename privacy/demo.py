"""The demo's privacy notice in kk, ru and en, and the demo people's
consents to it. A real operator rewrites the notice for its own
organisation in the CMS; the sections are the ones the law asks for.

Idempotent: the notice is found by slug and locale, consents by person.
"""

from wagtail.models import Locale

from content.demo import LANGUAGES
from content.models import HomePage
from users.demo import DEMO_DOMAIN

from .models import Consent, PrivacyNoticePage

SLUG = "qupiyalylyq"
TITLE = {
    "kk": (
        "Дербес деректер туралы хабарлама",
        "Платформа сіз туралы не сақтайды, не үшін және қанша уақыт.",
    ),
    "ru": ("Уведомление о персональных данных", "Что платформа хранит о вас, зачем и как долго."),
    "en": ("Privacy notice", "What the platform keeps about you, why, and for how long."),
}
# (heading, paragraph) per section, in each language.
SECTIONS = {
    "kk": [
        (
            "Кім өңдейді",
            "Деректерді платформаны іске қосқан білім беру ұйымы (сайттың жоғарғы жағында аты көрсетілген) «Дербес деректер және оларды қорғау туралы» 2013 жылғы 21 мамырдағы № 94-V Қазақстан Республикасының Заңына сәйкес өңдейді.",
        ),
        (
            "Не жинаймыз",
            "Аты-жөніңіз, электрондық поштаңыз, рөліңіз, мектебіңіз, тіліңіз; оқу барысы, оқу уақыты, тест жауаптары мен рефлексиялар; вебинарларға тіркелу мен қатысу; берілген сертификаттар.",
        ),
        (
            "Не үшін",
            "Курсты өткізу, оқу сағаттарын есептеу, сертификат беру және оны тексеру, вебинарларды ұйымдастыру, мектеп пен өңір бойынша жиынтық есептер жасау.",
        ),
        (
            "Қайда сақталады",
            "Деректер Қазақстан аумағындағы серверлерде сақталады және шетелге берілмейді.",
        ),
        (
            "Кім көреді",
            "Сіз өз деректеріңізді көресіз. Мектеп үйлестірушісі — өз мектебін, аудан мен облыс қызметкерлері — өз аумағын, әдіскерлер — тапсырмалар жауаптарын тексеру үшін. Қызметкерлердің әрбір қарауы журналға жазылады.",
        ),
        (
            "Сіздің құқықтарыңыз",
            "Өз деректеріңізді көруге, түзетуге, жүктеп алуға және жоюды сұрауға, сондай-ақ келісімді кері қайтарып алуға құқығыңыз бар. Берілген сертификат тексерілуі үшін тізілімде оның нөмірі, аты-жөні, курсы мен сағаттары сақталады.",
        ),
    ],
    "ru": [
        (
            "Кто обрабатывает",
            "Данные обрабатывает организация образования, запустившая платформу (её название указано вверху сайта), в соответствии с Законом Республики Казахстан от 21 мая 2013 года № 94-V «О персональных данных и их защите».",
        ),
        (
            "Что мы собираем",
            "Ваши фамилию и имя, электронную почту, роль, школу, язык; ход обучения, учебное время, ответы на тесты и рефлексии; регистрации на вебинары и посещение; выданные сертификаты.",
        ),
        (
            "Зачем",
            "Чтобы проводить курс, учитывать учебные часы, выдавать и проверять сертификаты, организовывать вебинары и составлять сводные отчёты по школе и региону.",
        ),
        (
            "Где хранятся",
            "Данные хранятся на серверах на территории Казахстана и за рубеж не передаются.",
        ),
        (
            "Кто видит",
            "Вы видите свои данные. Координатор школы — свою школу, сотрудники района и области — свою территорию, методисты — ответы на задания для проверки. Каждый просмотр сотрудником записывается в журнал.",
        ),
        (
            "Ваши права",
            "Вы можете просмотреть, исправить, скачать свои данные и потребовать их удаления, а также отозвать согласие. Чтобы выданный сертификат можно было проверить, в реестре остаются его номер, имя, курс и часы.",
        ),
    ],
    "en": [
        (
            "Who processes your data",
            "The education organisation that runs the platform (its name is at the top of the site), under the Law of the Republic of Kazakhstan No. 94-V of 21 May 2013 “On personal data and their protection”.",
        ),
        (
            "What we collect",
            "Your name, e-mail, role, school and language; your progress, study time, test answers and reflections; webinar registrations and attendance; the certificates issued to you.",
        ),
        (
            "Why",
            "To run the course, count study hours, issue and verify certificates, organise webinars, and make summary reports by school and region.",
        ),
        ("Where it is kept", "On servers in Kazakhstan; it is not transferred abroad."),
        (
            "Who sees it",
            "You see your own data. A school coordinator sees their school, district and regional officers their area, methodologists the answers they review. Every view by a staff member is recorded.",
        ),
        (
            "Your rights",
            "You may see, correct, download and ask to delete your data, and withdraw your consent. So that an issued certificate can still be verified, the register keeps its number, name, course and hours.",
        ),
    ],
}


def _body(language):
    body = []
    for heading, text in SECTIONS[language]:
        body.append(("heading", {"text": heading, "level": "h2"}))
        body.append(("paragraph", f"<p>{text}</p>"))
    return body


def seed(stdout):
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    home = HomePage.objects.get(locale=locales["kk"])
    notice = PrivacyNoticePage.objects.child_of(home).filter(slug=SLUG).first()
    if notice is None:
        title, intro = TITLE["kk"]
        notice = home.add_child(
            instance=PrivacyNoticePage(title=title, intro=intro, slug=SLUG, body=_body("kk"))
        )
        notice.save_revision().publish()
    for code in ("ru", "en"):
        if notice.get_translations().filter(locale=locales[code]).exists():
            continue
        translated = notice.copy_for_translation(locales[code], copy_parents=True)
        translated.title, translated.intro = TITLE[code]
        translated.body = _body(code)
        translated.save_revision().publish()
    _consents(notice.version)
    stdout.write("Privacy notice in kk, ru, en; the demo people have agreed to it.")


def _consents(version):
    from users.models import User

    agreed = Consent.objects.filter(purpose=Consent.Purpose.PROCESSING, version__gte=version)
    people = User.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exclude(
        pk__in=agreed.values("user")
    )
    Consent.objects.bulk_create(
        Consent(
            user=person,
            purpose=Consent.Purpose.PROCESSING,
            version=version,
            language=person.preferred_language or "kk",
        )
        for person in people
    )
