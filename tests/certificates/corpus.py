"""A deterministic corpus of certificate holders: Kazakh, Russian and English
names (long, hyphenated, with apostrophes, ё and every Kazakh letter), course
titles, hours and dates, as schools send them.

``people(count)`` gives the same list on every run and machine. One holder in
``FOREIGN_EVERY`` has a name in Latin Azerbaijani letters the shipped fonts
lack: the fast renderer must hand those to WeasyPrint.
"""

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

FOREIGN_EVERY = 250

KAZAKH_SURNAMES = [
    ("Қасымов", "Қасымова"),
    ("Нұрланов", "Нұрланова"),
    ("Сейітқалиев", "Сейітқалиева"),
    ("Әбдіқадыров", "Әбдіқадырова"),
    ("Өтегенов", "Өтегенова"),
    ("Жұмабаев", "Жұмабаева"),
    ("Ғабитов", "Ғабитова"),
    ("Құрманғалиев", "Құрманғалиева"),
    ("Үсенов", "Үсенова"),
    ("Тоқтарбеков", "Тоқтарбекова"),
    ("Ысқақов", "Ысқақова"),
    ("Мұқанов", "Мұқанова"),
    ("Бейсенбаев", "Бейсенбаева"),
    ("Шәкенов", "Шәкенова"),
    ("Һадиев", "Һадиева"),
    ("Іскендіров", "Іскендірова"),
    ("Шыңғысов", "Шыңғысова"),
    ("Тәңірбергенов", "Тәңірбергенова"),
    ("Есенғұлов", "Есенғұлова"),
    ("Байжұманов", "Байжұманова"),
]
KAZAKH_MEN = [
    "Нұржан",
    "Қанат",
    "Ерлан",
    "Дәурен",
    "Ғалым",
    "Өмірзақ",
    "Асқар",
    "Бауыржан",
    "Жасұлан",
    "Нұрсұлтан",
    "Әділет",
    "Мұхтар",
    "Серікбол",
    "Құдайберген",
    "Шыңғыс",
    "Ілияс",
    "Үмбетәлі",
    "Һамит",
    "Ерғали",
    "Ақжол",
]
KAZAKH_WOMEN = [
    "Әсем",
    "Гүлнар",
    "Айгүл",
    "Динара",
    "Мөлдір",
    "Әлия",
    "Ұлжан",
    "Іңкәр",
    "Гүлжаһан",
    "Жұлдыз",
    "Ақбота",
    "Назерке",
    "Сәуле",
    "Қарлығаш",
    "Балжан",
    "Аяулым",
    "Күнсұлу",
    "Үміт",
    "Перизат",
    "Мәдина",
]
RUSSIAN_SURNAMES = [
    ("Иванов", "Иванова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Соловьёв", "Соловьёва"),
    ("Воробьёв", "Воробьёва"),
    ("Фёдоров", "Фёдорова"),
    ("Ковалёв", "Ковалёва"),
    ("Чернышёв", "Чернышёва"),
    ("Щербаков", "Щербакова"),
    ("Григорьев", "Григорьева"),
    ("Белоусов", "Белоусова"),
    ("Римский-Корсаков", "Римская-Корсакова"),
    ("Муравьёв-Апостол", "Муравьёва-Апостол"),
    ("Ефремов", "Ефремова"),
    ("Подъячев", "Подъячева"),
]
RUSSIAN_MEN = [
    ("Иван", "Иванович", "Ивановна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Пётр", "Петрович", "Петровна"),
    ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Артём", "Артёмович", "Артёмовна"),
    ("Семён", "Семёнович", "Семёновна"),
    ("Константин", "Константинович", "Константиновна"),
    ("Владислав", "Владиславович", "Владиславовна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
]
RUSSIAN_WOMEN = [
    "Мария",
    "Анна",
    "Ольга",
    "Алёна",
    "Татьяна",
    "Наталья",
    "Екатерина",
    "Елизавета",
    "Ксения",
    "Любовь",
]
ENGLISH_SURNAMES = [
    "Smith",
    "O'Brien",
    "O’Connor",
    "D'Angelo",
    "McAllister",
    "Smith-Jones",
    "Fitzgerald",
    "Fairfield",
    "Griffiths",
    "Officer",
    "Taylor-Whitfield",
    "Kassymov",
    "Zhumabayeva",
    "Nurlanova-Sadykova",
    "Wright",
]
ENGLISH_GIVEN = [
    "John",
    "Mary",
    "Siobhán",
    "Zoë",
    "Chloé",
    "Renée",
    "Aoife",
    "Fiona",
    "Jeff",
    "Nurzhan",
    "Aigerim",
    "Dauren",
    "Élodie",
    "Björn",
    "Kate",
]
ENGLISH_MIDDLE = ["", "", "Anne", "James", "Mary-Kate", "Fitzwilliam", "Jr.", "Q."]
FOREIGN = [("Əliyev", "Rəşad", ""), ("Məmmədova", "Gülnarə", "")]

COURSES = {
    "kk": [
        "Цифрлық сауаттылық",
        "Функционалдық сауаттылықты дамыту",
        "Инклюзивті білім беру: ерекше білім беру қажеттіліктері бар балаларды оқыту әдістемесі",
        "Жаңартылған білім беру мазмұны аясында қазақ тілі мен әдебиетін оқыту",
        "Критериалды бағалау",
        "Жобалық оқыту және STEM",
        "Мектептегі психологиялық-педагогикалық қолдау",
    ],
    "ru": [
        "Цифровая грамотность",
        "Функциональная грамотность школьников",
        "Критическое мышление на уроках естествознания и математики в 5–9 классах",
        "Инклюзивное образование: обучение детей с особыми образовательными потребностями",
        "Критериальное оценивание",
        "Проектное обучение и STEM",
        "Подъём мотивации учащихся: объёмный курс для классных руководителей",
    ],
    "en": [
        "Digital literacy",
        "Formative assessment",
        "Teaching STEM with project-based learning in grades 5–9",
        "Inclusive education: teaching children with special educational needs",
        "Critical thinking across the curriculum",
        "Officially effective feedback",
        "Reading literacy",
    ],
}
HOURS = [8, 12, 16, 24, 36, 40, 72, 80, 108, 120, 144, Decimal("1.5"), Decimal("22.5")]


@dataclass
class Person:
    language: str
    surname: str
    given: str
    patronymic: str
    titles: dict
    hours: object
    started_on: datetime.date
    completed_on: datetime.date
    code: str
    serial: int

    @property
    def name(self):
        return " ".join(part for part in (self.surname, self.given, self.patronymic) if part)

    @property
    def foreign(self):
        return any(char in self.name for char in "Əə")


def _kazakh(rng, woman):
    surname = rng.choice(KAZAKH_SURNAMES)[woman]
    given = rng.choice(KAZAKH_WOMEN if woman else KAZAKH_MEN)
    patronymic = rng.choice(KAZAKH_MEN) + ("қызы" if woman else "ұлы")
    if rng.random() < 0.08:  # a double surname
        surname = f"{surname}-{rng.choice(KAZAKH_SURNAMES)[woman]}"
    if rng.random() < 0.05:  # no patronymic
        patronymic = ""
    return surname, given, patronymic


def _russian(rng, woman):
    surname = rng.choice(RUSSIAN_SURNAMES)[woman]
    given = rng.choice(RUSSIAN_WOMEN) if woman else rng.choice(RUSSIAN_MEN)[0]
    father = rng.choice(RUSSIAN_MEN)
    return surname, given, father[2] if woman else father[1]


def _english(rng, woman):
    surname = rng.choice(ENGLISH_SURNAMES)
    given = rng.choice(ENGLISH_GIVEN)
    if rng.random() < 0.1:
        surname = f"{surname}-{rng.choice(ENGLISH_SURNAMES)}"
    return surname, given, rng.choice(ENGLISH_MIDDLE)


def people(count, seed=2026):
    rng = random.Random(seed)
    result = []
    for serial in range(count):
        language = rng.choices(["kk", "ru", "en"], weights=[5, 3, 2])[0]
        woman = serial % 2
        origin = language if rng.random() < 0.8 else rng.choice(["kk", "ru", "en"])
        surname, given, patronymic = {"kk": _kazakh, "ru": _russian, "en": _english}[origin](
            rng, woman
        )
        if serial % FOREIGN_EVERY == FOREIGN_EVERY - 1:
            surname, given, patronymic = FOREIGN[serial % len(FOREIGN)]
        started_on = datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randrange(600))
        result.append(
            Person(
                language=language,
                surname=surname,
                given=given,
                patronymic=patronymic,
                titles={code: rng.choice(titles) for code, titles in COURSES.items()},
                hours=rng.choice(HOURS),
                started_on=started_on,
                completed_on=started_on + datetime.timedelta(days=rng.randrange(3, 90)),
                code="".join(
                    rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                    for _ in range(24)
                ),
                serial=serial,
            )
        )
    return result
