"""Texts of the demo media-literacy units in Kazakh, Russian and English.

Kept apart from ``demo.py`` so that the seeding logic stays short. Each unit
has, per language: title, intro, objectives, a three-step lesson plan as
``(heading, text)``, activities as ``(title, description)`` and a note for
parents; the activity durations are shared by every language.
"""

INDEX = {
    "kk": (
        "Медиасауаттылық",
        "«Жаһандық құзыреттілік» курсының 5–11 сыныптарға арналған медиасауаттылық бөлімдері: "
        "мұғалімге сабақ жоспары, ата-анаға түсіндірме.",
    ),
    "ru": (
        "Медиаграмотность",
        "Разделы медиаграмотности курса «Глобальные компетенции» для 5–11 классов: "
        "планы уроков для учителей и пояснения для родителей.",
    ),
    "en": (
        "Media literacy",
        "Media-literacy units of the Global Competence course for grades 5–11: "
        "lesson plans for teachers and notes for parents.",
    ),
}

TOPICS = {
    "sources": {"kk": "Ақпарат көздері", "ru": "Источники информации", "en": "Information sources"},
    "fake-news": {"kk": "Фейк жаңалықтар", "ru": "Фейковые новости", "en": "Fake news"},
    "cyberbullying": {"kk": "Кибербуллинг", "ru": "Кибербуллинг", "en": "Cyberbullying"},
    "privacy": {"kk": "Жеке деректер", "ru": "Личные данные", "en": "Privacy"},
    "social-media": {"kk": "Әлеуметтік желілер", "ru": "Социальные сети", "en": "Social media"},
    "advertising": {"kk": "Жарнама", "ru": "Реклама", "en": "Advertising"},
    "algorithms": {"kk": "Алгоритмдер", "ru": "Алгоритмы", "en": "Algorithms"},
    "manipulation": {"kk": "Манипуляция", "ru": "Манипуляция", "en": "Manipulation"},
}

HELP_CALLOUT = {
    "kk": "<p>Оқушы желідегі қорлау немесе қоқан-лоққы туралы айтса, мектеп психологына "
    "хабарлаңыз. Қауіп төнсе, 111 нөміріне қоңырау шалыңыз.</p>",
    "ru": "<p>Если ученик рассказывает о травле или угрозах в сети, сообщите школьному "
    "психологу. При опасности звоните 111.</p>",
    "en": "<p>If a pupil tells you about bullying or threats online, tell the school "
    "psychologist. If there is danger, call 111.</p>",
}

WORKSHEET_LABEL = {
    "kk": "Жұмыс парағы",
    "ru": "Рабочий лист (на казахском языке)",
    "en": "Worksheet (in Kazakh)",
}

UNITS = [
    {
        "slug": "aqparat-qaidan-keledi",
        "grades": (5, 6),
        "topics": ["sources"],
        "minutes": [15, 20],
        "kk": {
            "title": "Ақпарат қайдан келеді?",
            "intro": "Оқушылар ақпарат көздерін ажыратып, хабарды кім және не үшін жазғанын "
            "сұрауды үйренеді.",
            "objectives": [
                "Ақпарат көздерінің түрлерін атайды: кітап, газет, сайт, әлеуметтік желі, адам.",
                "Хабарламаның авторы мен мақсатын анықтайды.",
                "Сенімді және сенімсіз дереккөзді ажыратудың қарапайым белгілерін қолданады.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Мұғалім оқушылардан бүгін қандай жаңалық естігенін және оны қайдан "
                    "білгенін сұрайды.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Оқушылар бір оқиға туралы үш түрлі дереккөздегі хабарды салыстырады: "
                    "кім жазды, қашан жазды, неге жазды?",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Сынып бірге «Ақпаратқа сенбес бұрын қоятын үш сұрақ» тізімін жасайды.",
                ),
            ],
            "activities": [
                (
                    "Дереккөздер картасы",
                    "Топтар ақпарат көздерін «адамдар», «баспа», «интернет» деп топтастырып, "
                    "әрқайсысына мысал келтіреді.",
                ),
                (
                    "Үш сұрақ",
                    "Әр оқушы бір хабарламаны алып, оның авторы, мақсаты және күні туралы "
                    "үш сұраққа жауап береді.",
                ),
            ],
            "parents": "Балаңызбен бірге бір жаңалықты оқып, «Мұны кім жазды және неге?» деп "
            "сұраңыз. Бұл әдет баланы жалған ақпараттан қорғайды.",
        },
        "ru": {
            "title": "Откуда берётся информация?",
            "intro": "Ученики различают источники информации и учатся спрашивать, кто и зачем "
            "написал сообщение.",
            "objectives": [
                "Называют виды источников: книга, газета, сайт, социальная сеть, человек.",
                "Определяют автора и цель сообщения.",
                "Применяют простые признаки надёжного и ненадёжного источника.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Учитель спрашивает, какую новость ученики слышали сегодня и откуда "
                    "они её узнали.",
                ),
                (
                    "Основная часть (25 минут)",
                    "Ученики сравнивают сообщения об одном событии из трёх источников: "
                    "кто написал, когда и зачем?",
                ),
                (
                    "Итог (10 минут)",
                    "Класс вместе составляет список «Три вопроса, прежде чем поверить».",
                ),
            ],
            "activities": [
                (
                    "Карта источников",
                    "Группы делят источники информации на «люди», «печать» и «интернет» "
                    "и приводят пример для каждого.",
                ),
                (
                    "Три вопроса",
                    "Каждый ученик берёт одно сообщение и отвечает на три вопроса: автор, "
                    "цель, дата.",
                ),
            ],
            "parents": "Прочитайте с ребёнком одну новость и спросите: «Кто это написал и "
            "зачем?» Эта привычка защищает от ложной информации.",
        },
        "en": {
            "title": "Where does information come from?",
            "intro": "Pupils tell sources of information apart and learn to ask who wrote a "
            "message and why.",
            "objectives": [
                "Name kinds of sources: a book, a newspaper, a web site, a social network, "
                "a person.",
                "Identify the author and the purpose of a message.",
                "Apply simple signs of a reliable and an unreliable source.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "The teacher asks what news pupils heard today and where they heard it.",
                ),
                (
                    "Main part (25 minutes)",
                    "Pupils compare reports of one event from three sources: who wrote it, "
                    "when and why?",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "The class writes a list together: «Three questions before you believe».",
                ),
            ],
            "activities": [
                (
                    "Map of sources",
                    "Groups sort sources into «people», «print» and «internet» and give an "
                    "example of each.",
                ),
                (
                    "Three questions",
                    "Each pupil takes one message and answers three questions: author, "
                    "purpose, date.",
                ),
            ],
            "parents": "Read one news item with your child and ask: «Who wrote this, and "
            "why?» The habit protects against false information.",
        },
    },
    {
        "slug": "feik-zhanalyqtar",
        "grades": (7, 8),
        "topics": ["fake-news", "sources"],
        "minutes": [20, 15],
        "kk": {
            "title": "Фейк жаңалықтар және фактіні тексеру",
            "intro": "Оқушылар жалған жаңалықтың белгілерін танып, фактіні қарапайым "
            "құралдармен тексеруді үйренеді.",
            "objectives": [
                "Фейк жаңалықтың белгілерін атайды: айқайлы тақырып, автордың жоқтығы, "
                "эмоцияға қысым.",
                "Фактіні бірнеше тәуелсіз дереккөзден тексереді.",
                "Суреттің түпнұсқасын кері іздеу арқылы табады.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Мұғалім екі тақырыпты көрсетеді: біреуі шын, біреуі жалған. Оқушылар "
                    "қайсысы фейк екенін болжайды.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Топтар «тоқта — тексер — бөліс» алгоритмімен үш хабарламаны тексереді.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Әр топ фейкті қалай анықтағанын айтады, сынып тексеру парағын толықтырады.",
                ),
            ],
            "activities": [
                (
                    "Фейкті тап",
                    "Топтар үш жаңалықты салыстырып, қайсысы жалған екенін дәлелмен көрсетеді.",
                ),
                (
                    "Суретті тексер",
                    "Оқушылар суретті кері іздеу арқылы оның алғаш қай жерде және қашан "
                    "жарияланғанын табады.",
                ),
            ],
            "parents": "Баланың телефонына келген «шұғыл» хабарды бірге тексеріңіз: "
            "бөліспес бұрын оны тағы екі дереккөзден іздеңіз.",
        },
        "ru": {
            "title": "Фейковые новости и проверка фактов",
            "intro": "Ученики узнают признаки ложной новости и учатся проверять факты "
            "простыми инструментами.",
            "objectives": [
                "Называют признаки фейка: кричащий заголовок, нет автора, давление на эмоции.",
                "Проверяют факт по нескольким независимым источникам.",
                "Находят оригинал изображения обратным поиском.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Учитель показывает два заголовка: один правдивый, другой ложный. "
                    "Ученики угадывают, какой из них фейк.",
                ),
                (
                    "Основная часть (25 минут)",
                    "Группы проверяют три сообщения по алгоритму «остановись — проверь — "
                    "поделись».",
                ),
                (
                    "Итог (10 минут)",
                    "Каждая группа рассказывает, как распознала фейк, и класс дополняет "
                    "свой чек-лист.",
                ),
            ],
            "activities": [
                (
                    "Найди фейк",
                    "Группы сравнивают три новости и доказывают, какая из них ложная.",
                ),
                (
                    "Проверь картинку",
                    "Ученики обратным поиском находят, где и когда изображение было "
                    "опубликовано впервые.",
                ),
            ],
            "parents": "Проверьте вместе с ребёнком «срочное» сообщение из его телефона: "
            "прежде чем делиться, найдите его ещё в двух источниках.",
        },
        "en": {
            "title": "Fake news and fact-checking",
            "intro": "Pupils learn the signs of a false news story and check facts with "
            "simple tools.",
            "objectives": [
                "Name the signs of fake news: a shouting headline, no author, pressure on "
                "feelings.",
                "Check a fact against several independent sources.",
                "Find the original of an image with a reverse image search.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "The teacher shows two headlines, one true and one false. Pupils guess "
                    "which is fake.",
                ),
                (
                    "Main part (25 minutes)",
                    "Groups check three messages with the «stop — check — share» routine.",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "Each group tells how it spotted the fake, and the class adds to its "
                    "checklist.",
                ),
            ],
            "activities": [
                (
                    "Spot the fake",
                    "Groups compare three news stories and show with evidence which one is false.",
                ),
                (
                    "Check the picture",
                    "Pupils use a reverse image search to find where and when a picture was "
                    "first published.",
                ),
            ],
            "parents": "Check an «urgent» message from your child's phone together: before "
            "sharing it, look for it in two other sources.",
        },
    },
    {
        "slug": "kiberbulling-tsifrlyq-iz",
        "grades": (7, 9),
        "topics": ["cyberbullying", "privacy"],
        "minutes": [20, 15],
        "kk": {
            "title": "Кибербуллинг және цифрлық із",
            "intro": "Оқушылар желідегі қорлауды тануды, оған қалай жауап беруді және "
            "интернетте қалатын ізді түсінуді үйренеді.",
            "objectives": [
                "Кибербуллингтің түрлерін атайды: қорлау, қорқыту, әдейі шеттету, жеке "
                "суретті тарату.",
                "Кибербуллингке тап болғанда не істеу керегін біледі: жауап бермеу, "
                "скриншот жасау, ересекке айту, бұғаттау.",
                "Цифрлық із деген не екенін және ол неге ұзақ сақталатынын түсіндіреді.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Оқушылар «Интернетке жарияланған нәрсе мәңгі қала ма?» деген сұрақты "
                    "талқылайды.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Топтар кибербуллинг жағдаяттарын талдап, зардап шегушіге, куәгерге және "
                    "ересекке арналған әрекет жоспарын құрады.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Сынып «Желідегі қауіпсіздік ережелерін» бірге жазып, көмек телефондарын "
                    "еске түсіреді.",
                ),
            ],
            "activities": [
                (
                    "Куәгер не істейді?",
                    "Оқушылар жағдаятты оқып, куәгердің зардап шегушіні қалай қолдай алатынын "
                    "рөлдік ойында көрсетеді.",
                ),
                (
                    "Менің цифрлық ізім",
                    "Әр оқушы өзі туралы интернетте не табуға болатынын тізіп, нені жасыру "
                    "керегін белгілейді.",
                ),
            ],
            "parents": "Бала желіде қорлауға тап болса, ұрыспаңыз және телефонын тартып "
            "алмаңыз: тыңдаңыз, скриншоттарды сақтаңыз, мектепке хабарлаңыз. Қауіп төнсе, "
            "111 нөміріне қоңырау шалыңыз.",
        },
        "ru": {
            "title": "Кибербуллинг и цифровой след",
            "intro": "Ученики учатся распознавать травлю в сети, отвечать на неё и понимать, "
            "какой след остаётся в интернете.",
            "objectives": [
                "Называют виды кибербуллинга: оскорбления, угрозы, намеренное исключение, "
                "распространение личных фото.",
                "Знают, что делать при кибербуллинге: не отвечать, сделать скриншот, "
                "сказать взрослому, заблокировать.",
                "Объясняют, что такое цифровой след и почему он хранится долго.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Ученики обсуждают вопрос: «Остаётся ли навсегда то, что опубликовано "
                    "в интернете?»",
                ),
                (
                    "Основная часть (25 минут)",
                    "Группы разбирают ситуации кибербуллинга и составляют план действий для "
                    "пострадавшего, свидетеля и взрослого.",
                ),
                (
                    "Итог (10 минут)",
                    "Класс вместе пишет «Правила безопасности в сети» и вспоминает телефоны "
                    "помощи.",
                ),
            ],
            "activities": [
                (
                    "Что делает свидетель?",
                    "Ученики читают ситуацию и в ролевой игре показывают, как свидетель может "
                    "поддержать пострадавшего.",
                ),
                (
                    "Мой цифровой след",
                    "Каждый ученик перечисляет, что о нём можно найти в интернете, и отмечает, "
                    "что стоит скрыть.",
                ),
            ],
            "parents": "Если ребёнок столкнулся с травлей в сети, не ругайте его и не "
            "отбирайте телефон: выслушайте, сохраните скриншоты, сообщите в школу. При "
            "угрозе звоните 111.",
        },
        "en": {
            "title": "Cyberbullying and the digital footprint",
            "intro": "Pupils learn to recognise bullying online, to respond to it and to "
            "understand the traces they leave on the internet.",
            "objectives": [
                "Name kinds of cyberbullying: insults, threats, deliberate exclusion, "
                "sharing private photos.",
                "Know what to do: do not reply, take a screenshot, tell an adult, block.",
                "Explain what a digital footprint is and why it lasts.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "Pupils discuss: «Does what is posted online stay there for ever?»",
                ),
                (
                    "Main part (25 minutes)",
                    "Groups analyse cases of cyberbullying and make a plan of action for the "
                    "target, a bystander and an adult.",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "The class writes «Rules for staying safe online» together and recalls "
                    "the help lines.",
                ),
            ],
            "activities": [
                (
                    "What does a bystander do?",
                    "Pupils read a case and show in a role play how a bystander can support "
                    "the target.",
                ),
                (
                    "My digital footprint",
                    "Each pupil lists what can be found about them online and marks what to hide.",
                ),
            ],
            "parents": "If your child is bullied online, do not scold them or take the phone "
            "away: listen, keep screenshots, tell the school. If there is a threat, call 111.",
        },
    },
    {
        "slug": "zharnama-blogerler-tiktok",
        "grades": (8, 9),
        "topics": ["advertising", "social-media"],
        "minutes": [15, 20],
        "kk": {
            "title": "Жарнама, блогерлер және TikTok",
            "intro": "Оқушылар жасырын жарнаманы тануды және блогерлердің аудиторияға қалай "
            "әсер ететінін талдауды үйренеді.",
            "objectives": [
                "Ашық және жасырын жарнаманы ажыратады.",
                "Блогер бейнесіндегі жарнама белгілерін табады: промокод, сілтеме, "
                "«серіктес» белгісі.",
                "TikTok трендтерінің денсаулық пен қауіпсіздікке төндіретін қатерін бағалайды.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Оқушылар соңғы көрген бейнесінде не жарнамаланғанын еске түсіреді.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Топтар үш қысқа бейнені талдап, кім төледі, не сатылады, көрерменге қалай "
                    "әсер етеді деген сұрақтарға жауап береді.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Сынып қауіпті челлендждерден бас тартудың тәсілдерін талқылайды.",
                ),
            ],
            "activities": [
                (
                    "Жарнаманы тап",
                    "Оқушылар блогер жазбаларының скриншоттарынан жасырын жарнаманың "
                    "белгілерін табады.",
                ),
                (
                    "Өз жарнамамыз",
                    "Топтар ойдан шығарылған тауарға адал жарнама жасап, оны айлалы нұсқасымен "
                    "салыстырады.",
                ),
            ],
            "parents": "Балаңыз ұнататын блогерлерді бірге көріп, «Бұл жарнама ма?» деп "
            "сұраңыз. Қауіпті челлендждер туралы алдын ала сөйлесіңіз.",
        },
        "ru": {
            "title": "Реклама, блогеры и TikTok",
            "intro": "Ученики учатся распознавать скрытую рекламу и разбирать, как блогеры "
            "влияют на аудиторию.",
            "objectives": [
                "Отличают открытую рекламу от скрытой.",
                "Находят признаки рекламы в видео блогера: промокод, ссылка, пометка «партнёр».",
                "Оценивают риски трендов TikTok для здоровья и безопасности.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Ученики вспоминают, что рекламировалось в последнем видео, которое они "
                    "смотрели.",
                ),
                (
                    "Основная часть (25 минут)",
                    "Группы разбирают три коротких видео: кто заплатил, что продаётся, как это "
                    "влияет на зрителя?",
                ),
                (
                    "Итог (10 минут)",
                    "Класс обсуждает, как отказаться от опасного челленджа.",
                ),
            ],
            "activities": [
                (
                    "Найди рекламу",
                    "Ученики находят признаки скрытой рекламы на скриншотах постов блогеров.",
                ),
                (
                    "Своя реклама",
                    "Группы делают честную рекламу вымышленного товара и сравнивают её с "
                    "манипулятивной версией.",
                ),
            ],
            "parents": "Посмотрите вместе с ребёнком любимых блогеров и спросите: «Это "
            "реклама?» Поговорите об опасных челленджах заранее.",
        },
        "en": {
            "title": "Advertising, influencers and TikTok",
            "intro": "Pupils learn to recognise hidden advertising and to analyse how "
            "influencers sway their audience.",
            "objectives": [
                "Tell open advertising from hidden advertising.",
                "Find the signs of advertising in an influencer's video: a promo code, a link, "
                "a «partner» label.",
                "Weigh the risks of TikTok trends to health and safety.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "Pupils recall what was advertised in the last video they watched.",
                ),
                (
                    "Main part (25 minutes)",
                    "Groups analyse three short videos: who paid, what is being sold, how does "
                    "it work on the viewer?",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "The class discusses ways to say no to a dangerous challenge.",
                ),
            ],
            "activities": [
                (
                    "Find the ad",
                    "Pupils find the signs of hidden advertising in screenshots of "
                    "influencers' posts.",
                ),
                (
                    "Our own ad",
                    "Groups make an honest advert for an invented product and compare it with "
                    "a manipulative version.",
                ),
            ],
            "parents": "Watch your child's favourite influencers together and ask: «Is this an "
            "advert?» Talk about dangerous challenges before your child meets them.",
        },
    },
    {
        "slug": "algoritmder-kopirshik",
        "grades": (9, 10),
        "topics": ["algorithms", "social-media"],
        "minutes": [20, 15],
        "kk": {
            "title": "Алгоритмдер және ақпараттық көпіршік",
            "intro": "Оқушылар ұсыныс алгоритмдері лентаны қалай құрастыратынын және "
            "«ақпараттық көпіршіктен» қалай шығуға болатынын зерттейді.",
            "objectives": [
                "Ұсыныс алгоритмі не үшін және қалай жұмыс істейтінін түсіндіреді.",
                "Ақпараттық көпіршік пен эхо-камераның белгілерін атайды.",
                "Өз лентасын әртүрлі етудің тәсілдерін ұсынады.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Екі оқушы бір сөзді іздейді, сынып нәтижелердің айырмашылығын салыстырады.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Топтар «алгоритм ойынын» ойнайды: лайктарға қарап келесі бейнені "
                    "таңдайтын ереже құрады.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Оқушылар өз лентасына әртүрлі көзқарас қосудың үш жолын жазады.",
                ),
            ],
            "activities": [
                (
                    "Алгоритм ойыны",
                    "Бір оқушы «алгоритм» болып, сыныптастарына олардың лайктарына қарай "
                    "карточка ұсынады; сынып көпіршіктің қалай пайда болатынын көреді.",
                ),
                (
                    "Лента аудиті",
                    "Оқушылар бір апта бойы лентасында не жиі кездесетінін санап, қорытынды "
                    "жасайды.",
                ),
            ],
            "parents": "Баламен бірге оның лентасын қараңыз: не жиі шығады және неге? Экран "
            "уақытын бірге жоспарлаңыз.",
        },
        "ru": {
            "title": "Алгоритмы и информационный пузырь",
            "intro": "Ученики исследуют, как алгоритмы рекомендаций собирают ленту и как "
            "выйти из «информационного пузыря».",
            "objectives": [
                "Объясняют, зачем и как работает алгоритм рекомендаций.",
                "Называют признаки информационного пузыря и эхо-камеры.",
                "Предлагают способы сделать свою ленту разнообразнее.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Два ученика ищут одно и то же слово, класс сравнивает результаты.",
                ),
                (
                    "Основная часть (25 минут)",
                    "Группы играют в «игру в алгоритм»: составляют правило, которое выбирает "
                    "следующее видео по лайкам.",
                ),
                (
                    "Итог (10 минут)",
                    "Ученики записывают три способа добавить в свою ленту разные точки зрения.",
                ),
            ],
            "activities": [
                (
                    "Игра в алгоритм",
                    "Один ученик становится «алгоритмом» и раздаёт одноклассникам карточки по "
                    "их лайкам; класс видит, как возникает пузырь.",
                ),
                (
                    "Аудит ленты",
                    "Ученики неделю считают, что чаще всего встречается в их ленте, и делают "
                    "выводы.",
                ),
            ],
            "parents": "Посмотрите с ребёнком его ленту: что попадается чаще всего и почему? "
            "Спланируйте экранное время вместе.",
        },
        "en": {
            "title": "Algorithms and filter bubbles",
            "intro": "Pupils explore how recommendation algorithms build a feed and how to "
            "step out of a «filter bubble».",
            "objectives": [
                "Explain why and how a recommendation algorithm works.",
                "Name the signs of a filter bubble and an echo chamber.",
                "Suggest ways to make their own feed more varied.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "Two pupils search for the same word and the class compares the results.",
                ),
                (
                    "Main part (25 minutes)",
                    "Groups play «the algorithm game»: they write a rule that picks the next "
                    "video from likes.",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "Pupils write down three ways to bring other points of view into their feed.",
                ),
            ],
            "activities": [
                (
                    "The algorithm game",
                    "One pupil plays «the algorithm» and hands out cards according to "
                    "classmates' likes; the class watches a bubble form.",
                ),
                (
                    "Feed audit",
                    "For a week pupils count what appears most often in their feed and draw "
                    "conclusions.",
                ),
            ],
            "parents": "Look at your child's feed together: what comes up most, and why? Plan "
            "screen time together.",
        },
    },
    {
        "slug": "dipfeikter-manipulyatsiya",
        "grades": (10, 11),
        "topics": ["manipulation", "fake-news"],
        "minutes": [20, 20],
        "kk": {
            "title": "Дипфейктер және манипуляция",
            "intro": "Оқушылар жасанды интеллект жасаған жалған бейне мен дауысты және "
            "манипуляция тәсілдерін тануды үйренеді.",
            "objectives": [
                "Дипфейктің не екенін және қалай жасалатынын түсіндіреді.",
                "Бейне мен дауыстағы жасандылық белгілерін табады.",
                "Манипуляция тәсілдерін атайды: қорқыту, асықтыру, беделге сүйену, «бәрі "
                "солай ойлайды».",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Мұғалім белгілі адам туралы оқу мақсатындағы дипфейк бейнені көрсетеді; "
                    "оқушылар оған сенген-сенбегенін талқылайды.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Топтар бейнелерді тексеру парағымен талдап, алаяқтардың дауыс көшірмесін "
                    "қалай пайдаланатынын зерттейді.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Сынып отбасылық «құпия сөз» ережесін талқылайды: туысым деп қоңырау "
                    "шалған адамды қалай тексеремін?",
                ),
            ],
            "activities": [
                (
                    "Шын ба, жалған ба?",
                    "Топтар бейнеден алынған алты кадрды қарап, жасандылық белгілерін дәлелмен "
                    "көрсетеді.",
                ),
                (
                    "Манипуляция сөздігі",
                    "Оқушылар жарнама мен саяси хабарламалардан манипуляция тәсілдерінің "
                    "мысалдарын жинап, сөздік құрастырады.",
                ),
            ],
            "parents": "Алаяқтар жасанды интеллектпен туыстың дауысын көшіре алады. Отбасылық "
            "құпия сөз келісіп алыңыз және ақша сұраған қоңырауды әрқашан қайта тексеріңіз.",
        },
        "ru": {
            "title": "Дипфейки и манипуляция",
            "intro": "Ученики учатся распознавать видео и голос, подделанные искусственным "
            "интеллектом, и приёмы манипуляции.",
            "objectives": [
                "Объясняют, что такое дипфейк и как он создаётся.",
                "Находят признаки подделки в видео и голосе.",
                "Называют приёмы манипуляции: запугивание, спешка, ссылка на авторитет, "
                "«все так думают».",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Учитель показывает учебный дипфейк с известным человеком; ученики "
                    "обсуждают, поверили ли они.",
                ),
                (
                    "Основная часть (25 минут)",
                    "Группы разбирают видео по чек-листу и изучают, как мошенники используют "
                    "копию голоса.",
                ),
                (
                    "Итог (10 минут)",
                    "Класс обсуждает правило семейного «пароля»: как проверить, что звонит "
                    "действительно родственник?",
                ),
            ],
            "activities": [
                (
                    "Правда или подделка?",
                    "Группы рассматривают шесть кадров из видео и с доказательствами "
                    "показывают признаки подделки.",
                ),
                (
                    "Словарь манипуляций",
                    "Ученики собирают примеры приёмов манипуляции из рекламы и политических "
                    "сообщений и составляют словарь.",
                ),
            ],
            "parents": "Мошенники умеют подделывать голос родственника с помощью "
            "искусственного интеллекта. Договоритесь о семейном пароле и всегда "
            "перепроверяйте звонки с просьбой о деньгах.",
        },
        "en": {
            "title": "Deepfakes and manipulation",
            "intro": "Pupils learn to recognise video and voices faked with artificial "
            "intelligence, and the tricks of manipulation.",
            "objectives": [
                "Explain what a deepfake is and how one is made.",
                "Find the signs of a fake in video and voice.",
                "Name manipulation tricks: fear, hurry, appeal to authority, «everyone thinks so».",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "The teacher shows an educational deepfake of a well-known person; pupils "
                    "discuss whether they believed it.",
                ),
                (
                    "Main part (25 minutes)",
                    "Groups examine videos with a checklist and study how fraudsters use "
                    "cloned voices.",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "The class discusses a family «password» rule: how do I check that the "
                    "caller really is a relative?",
                ),
            ],
            "activities": [
                (
                    "Real or fake?",
                    "Groups examine six frames from videos and show with evidence the signs of "
                    "a fake.",
                ),
                (
                    "A dictionary of manipulation",
                    "Pupils collect examples of manipulation tricks from adverts and political "
                    "messages and compile a dictionary.",
                ),
            ],
            "parents": "Fraudsters can fake a relative's voice with artificial intelligence. "
            "Agree on a family password and always double-check calls that ask for money.",
        },
    },
    {
        "slug": "zheke-derekter-ata-ana-baqylauy",
        "grades": (5, 7),
        "topics": ["privacy", "social-media"],
        "minutes": [15, 15],
        "kk": {
            "title": "Жеке деректер және ата-ана бақылауы",
            "intro": "Оқушылар қандай ақпаратпен бөлісуге болмайтынын, құпиялық баптауларын "
            "және ата-ана бақылауы не үшін керек екенін біледі.",
            "objectives": [
                "Жеке деректерді атайды: мекенжай, телефон, мектеп, құпия сөз, геолокация.",
                "Әлеуметтік желідегі құпиялық баптауларын өзгертеді.",
                "Ата-ана бақылауы қорғау үшін керек екенін түсіндіреді және ересекке қашан "
                "айту керегін біледі.",
            ],
            "plan": [
                (
                    "Кіріспе (5 минут)",
                    "Оқушылар «Бейтаныс адамға не айтуға болмайды?» деген сұраққа жауап береді.",
                ),
                (
                    "Негізгі бөлім (25 минут)",
                    "Оқушылар ойдан шығарылған профильден жеке деректерді тауып, құпиялық "
                    "баптауларын бірге реттейді.",
                ),
                (
                    "Қорытынды (10 минут)",
                    "Сынып отбасымен «цифрлық келісім» жасау идеясын талқылайды.",
                ),
            ],
            "activities": [
                (
                    "Профильді тазала",
                    "Оқушылар ойдан шығарылған профильден бөлісуге болмайтын деректерді сызып "
                    "тастайды.",
                ),
                (
                    "Отбасылық цифрлық келісім",
                    "Әр оқушы үйде ата-анасымен талқылайтын экран уақыты мен қауіпсіздік "
                    "ережелерінің жобасын жазады.",
                ),
            ],
            "parents": "Ата-ана бақылауын баламен келісіп орнатыңыз және оның не үшін керек "
            "екенін түсіндіріңіз. Бейтаныс адам жеке сурет немесе мекенжай сұраса, бала сізге "
            "айтатынын келісіп алыңыз.",
        },
        "ru": {
            "title": "Личные данные и родительский контроль",
            "intro": "Ученики узнают, какой информацией нельзя делиться, как настроить "
            "приватность и зачем нужен родительский контроль.",
            "objectives": [
                "Называют личные данные: адрес, телефон, школа, пароль, геолокация.",
                "Меняют настройки приватности в социальной сети.",
                "Объясняют, что родительский контроль нужен для защиты, и знают, когда "
                "сказать взрослому.",
            ],
            "plan": [
                (
                    "Вступление (5 минут)",
                    "Ученики отвечают на вопрос: «Что нельзя рассказывать незнакомцу?»",
                ),
                (
                    "Основная часть (25 минут)",
                    "Ученики находят личные данные в вымышленном профиле и вместе настраивают "
                    "приватность.",
                ),
                (
                    "Итог (10 минут)",
                    "Класс обсуждает идею «цифрового договора» с семьёй.",
                ),
            ],
            "activities": [
                (
                    "Очисти профиль",
                    "Ученики вычёркивают из вымышленного профиля данные, которыми нельзя делиться.",
                ),
                (
                    "Семейный цифровой договор",
                    "Каждый ученик пишет проект правил об экранном времени и безопасности, "
                    "чтобы обсудить их дома с родителями.",
                ),
            ],
            "parents": "Устанавливайте родительский контроль по договорённости с ребёнком и "
            "объясните, зачем он нужен. Договоритесь, что ребёнок скажет вам, если незнакомец "
            "просит личные фото или адрес.",
        },
        "en": {
            "title": "Privacy and parental control",
            "intro": "Pupils learn what information not to share, how to set privacy settings "
            "and why parental control exists.",
            "objectives": [
                "Name personal data: address, phone number, school, password, location.",
                "Change the privacy settings of a social network.",
                "Explain that parental control is there to protect them, and know when to "
                "tell an adult.",
            ],
            "plan": [
                (
                    "Warm-up (5 minutes)",
                    "Pupils answer: «What must you not tell a stranger?»",
                ),
                (
                    "Main part (25 minutes)",
                    "Pupils find the personal data in an invented profile and set its privacy "
                    "together.",
                ),
                (
                    "Wrap-up (10 minutes)",
                    "The class discusses a «digital agreement» with the family.",
                ),
            ],
            "activities": [
                (
                    "Clean up the profile",
                    "Pupils cross out of an invented profile the data that must not be shared.",
                ),
                (
                    "Family digital agreement",
                    "Each pupil drafts rules on screen time and safety to discuss with their "
                    "parents at home.",
                ),
            ],
            "parents": "Set up parental control together with your child and explain why it is "
            "needed. Agree that your child tells you if a stranger asks for private photos or "
            "an address.",
        },
    },
]
