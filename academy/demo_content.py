"""Texts of the demo Parents' Academy programme, in Kazakh, Russian and English.

Figures come from the Vice-Minister's theses of 21 April 2023 (see
``/work/shared/PRODUCT.md``): parents held liable under article 127 of the
Code of Administrative Offences: 5,618 (2020), 5,858 (2021), 7,203 (2022).
"""

PROGRAMME = {
    "slug": "ata-analar-akademiyasy",
    "required_sessions": 4,
    "kk": (
        "Ата-аналар академиясы",
        "Мектептегі ата-аналарға арналған сабақтар мен вебинарлар: балалардың цифрлық "
        "қауіпсіздігі, буллинг, зорлық-зомбылық пен өзіне зиян келтіру белгілері, ата-ананың "
        "заңды жауапкершілігі.",
    ),
    "ru": (
        "Академия родителей",
        "Занятия и вебинары для родителей в каждой школе: цифровая безопасность детей, "
        "буллинг, признаки насилия и самоповреждения, правовая ответственность родителей.",
    ),
    "en": (
        "Parents' Academy",
        "Sessions and webinars for parents at every school: children's digital safety, "
        "bullying, signs of violence and self-harm, and parents' legal responsibilities.",
    ),
}

HELP = {
    "kk": "<p>Балаға қауіп төнсе, дереу <b>111</b> нөміріне қоңырау шалыңыз: тегін, тәулік бойы.</p>",
    "ru": "<p>Если ребёнку угрожает опасность, сразу звоните <b>111</b>: бесплатно, круглосуточно.</p>",
    "en": "<p>If a child is in danger, call <b>111</b> at once: free, day and night.</p>",
}

# slug: {language: (title, intro, heading, paragraph, [tips])}
TOPICS = {
    "aleumettik-zheliler": {
        "kk": (
            "Әлеуметтік желілер мен TikTok: қауіпсіз пайдалану",
            "Бала желіде кімдермен сөйлеседі, нені бөліседі және ата-ана қалай көмектесе алады.",
            "Ата-анаға кеңестер",
            "Әлеуметтік желілердің көбі 13 жастан бастап рұқсат етеді. Баламен бірге "
            "аккаунттың құпиялылық баптауларын қараңыз және тыйым салудың орнына сөйлесіңіз.",
            [
                "Аккаунтты жабық етіп қойыңыз, геолокацияны өшіріңіз.",
                "Бейтаныс адамдармен жеке хат алмасудың қаупін түсіндіріңіз.",
                "«Челлендждер» мен қауіпті трендтер туралы бірге әңгімелесіңіз.",
            ],
        ),
        "ru": (
            "Соцсети и TikTok: безопасное использование",
            "С кем ребёнок общается в сети, чем делится и как родителю помочь.",
            "Советы родителям",
            "Большинство соцсетей разрешены с 13 лет. Вместе с ребёнком проверьте настройки "
            "приватности аккаунта и разговаривайте вместо запретов.",
            [
                "Сделайте аккаунт закрытым, отключите геолокацию.",
                "Объясните, чем опасна личная переписка с незнакомцами.",
                "Обсудите вместе «челленджи» и опасные тренды.",
            ],
        ),
        "en": (
            "Social networks and TikTok: using them safely",
            "Who a child talks to online, what they share, and how a parent can help.",
            "Advice for parents",
            "Most social networks allow accounts from the age of 13. Go through the account's "
            "privacy settings together with your child, and talk rather than forbid.",
            [
                "Make the account private and turn off location sharing.",
                "Explain why private chats with strangers are risky.",
                "Talk together about “challenges” and dangerous trends.",
            ],
        ),
    },
    "ata-ana-bakylauy": {
        "kk": (
            "Ата-ана бақылауы: құрылғылар мен қосымшалар",
            "Телефон мен планшеттегі ата-ана бақылауы құралдары және экран уақыты туралы келісім.",
            "Не баптау керек",
            "Ата-ана бақылауы — тыңшылық емес, жасына сай қорғаныс. Оны баламен келісіп қосыңыз.",
            [
                "Қосымшаларды жүктеуді ата-ананың рұқсатымен ғана шектеңіз.",
                "Экран уақытын және түнгі режимді бірге белгілеңіз.",
                "Отбасылық ережелерді жазып, көрінетін жерге іліңіз.",
            ],
        ),
        "ru": (
            "Родительский контроль: устройства и приложения",
            "Средства родительского контроля на телефоне и планшете и договор об экранном времени.",
            "Что настроить",
            "Родительский контроль — не слежка, а защита по возрасту. Включайте его, "
            "договорившись с ребёнком.",
            [
                "Ограничьте установку приложений разрешением родителя.",
                "Вместе установите экранное время и ночной режим.",
                "Запишите семейные правила и повесьте их на видное место.",
            ],
        ),
        "en": (
            "Parental control: devices and apps",
            "Parental control tools on phones and tablets, and an agreement on screen time.",
            "What to set up",
            "Parental control is protection suited to age, not spying. Turn it on by agreement "
            "with your child.",
            [
                "Let apps be installed only with a parent's approval.",
                "Set screen time and night mode together.",
                "Write down the family rules and put them where everyone sees them.",
            ],
        ),
    },
    "bulling": {
        "kk": (
            "Буллинг пен кибербуллингті тану",
            "Бала қорлауға ұшыраса немесе өзі басқаларды қорласа, қандай белгілер байқалады.",
            "Белгілері",
            "Буллинг — бір рет болған ұрыс емес, қайталанатын қысым. Бала көбіне айтпайды, "
            "сондықтан мінез-құлықтағы өзгерістерге назар аударыңыз.",
            [
                "Мектепке барғысы келмейді, жиі ауырамын дейді.",
                "Заттары жоғалады немесе бүлінеді.",
                "Телефонға қарағаннан кейін көңілі түседі.",
            ],
        ),
        "ru": (
            "Как распознать буллинг и кибербуллинг",
            "Какие признаки видны, если ребёнка травят или он сам травит других.",
            "Признаки",
            "Буллинг — не единичная ссора, а повторяющееся давление. Ребёнок часто молчит, "
            "поэтому обращайте внимание на перемены в поведении.",
            [
                "Не хочет идти в школу, часто жалуется на недомогание.",
                "Вещи пропадают или портятся.",
                "Расстраивается после того, как посмотрит в телефон.",
            ],
        ),
        "en": (
            "Recognising bullying and cyberbullying",
            "The signs that a child is being bullied, or is bullying others.",
            "Signs",
            "Bullying is not a single quarrel but repeated pressure. Children often keep quiet, "
            "so watch for changes in behaviour.",
            [
                "Does not want to go to school, often says they feel ill.",
                "Belongings go missing or come back damaged.",
                "Gets upset after looking at their phone.",
            ],
        ),
    },
    "zorlyk-belgileri": {
        "kk": (
            "Зорлық-зомбылық белгілері: не істеу керек",
            "Физикалық, психологиялық және жыныстық зорлық-зомбылықтың белгілері және "
            "ведомствоаралық көмек алгоритмі.",
            "Қалай әрекет ету керек",
            "Баланы тыңдаңыз, кінәламаңыз және уәде беріп құпия сақтамаңыз: көмек керек болса, "
            "мектеп психологына, әлеуметтік педагогқа немесе полицияға хабарлаңыз.",
            [
                "Түсініксіз жарақаттар мен көгерулер.",
                "Кенеттен пайда болған қорқыныш, ұйқының бұзылуы.",
                "Белгілі бір адамнан немесе орыннан қашу.",
            ],
        ),
        "ru": (
            "Признаки насилия: что делать",
            "Признаки физического, психологического и сексуального насилия и межведомственный "
            "алгоритм помощи.",
            "Как действовать",
            "Выслушайте ребёнка, не обвиняйте и не обещайте хранить тайну: если нужна помощь, "
            "сообщите школьному психологу, социальному педагогу или в полицию.",
            [
                "Необъяснимые травмы и синяки.",
                "Внезапные страхи, нарушения сна.",
                "Избегание определённого человека или места.",
            ],
        ),
        "en": (
            "Signs of violence: what to do",
            "Signs of physical, psychological and sexual violence, and the inter-agency "
            "procedure for getting help.",
            "How to act",
            "Listen to the child, do not blame them, and do not promise to keep it secret: if "
            "help is needed, tell the school psychologist, the social pedagogue or the police.",
            [
                "Unexplained injuries and bruises.",
                "Sudden fears, trouble sleeping.",
                "Avoiding a particular person or place.",
            ],
        ),
    },
    "ozine-ziyan": {
        "kk": (
            "Өзіне зиян келтіру белгілері және суицид қаупі",
            "Жасөспірімнің қиналып жүргенін қалай байқауға болады және алғашқы әңгіме қалай "
            "өтуі керек.",
            "Ескерту белгілері",
            "Суицид туралы тікелей сұрау ойды тудырмайды — керісінше, баланың сөйлесуіне "
            "мүмкіндік береді. Белгілерді байқасаңыз, маманға жүгініңіз.",
            [
                "Жазда да ұзын жеңді киім киеді, кесу іздерін жасырады.",
                "Заттарын таратады, «мен болмасам жақсы болар еді» дейді.",
                "Достарынан және сүйікті ісінен алшақтайды.",
            ],
        ),
        "ru": (
            "Признаки самоповреждения и риск суицида",
            "Как заметить, что подростку тяжело, и как начать первый разговор.",
            "Тревожные признаки",
            "Прямой вопрос о суициде не подталкивает к нему — наоборот, даёт ребёнку "
            "возможность заговорить. Заметив признаки, обратитесь к специалисту.",
            [
                "Носит длинные рукава даже летом, прячет порезы.",
                "Раздаёт вещи, говорит «без меня было бы лучше».",
                "Отдаляется от друзей и любимых занятий.",
            ],
        ),
        "en": (
            "Signs of self-harm and suicide risk",
            "How to notice that a teenager is struggling, and how to start the first talk.",
            "Warning signs",
            "Asking directly about suicide does not plant the idea; it lets the child talk. If "
            "you see the signs, turn to a specialist.",
            [
                "Wears long sleeves even in summer, hides cuts.",
                "Gives belongings away, says “things would be better without me”.",
                "Withdraws from friends and favourite activities.",
            ],
        ),
    },
    "zany-zhauapkershilik": {
        "kk": (
            "Ата-ананың заңды жауапкершілігі",
            "Бала тәрбиесі бойынша міндеттерді орындамағаны үшін жауапкершілік (ӘҚБтК 127-бабы).",
            "Сандар мен міндеттер",
            "Ата-аналарды әкімшілік жауапкершілікке тарту жағдайлары өсуде: 2020 жылы 5 618, "
            "2021 жылы 5 858, 2022 жылы 7 203. Заң баланың қауіпсіздігі мен білім алуы үшін "
            "ата-ананы жауапты етеді.",
            [
                "Баланың мектепке баруын және оқуын қамтамасыз ету.",
                "Баланы зорлық-зомбылықтан және қараусыз қалудан қорғау.",
                "Мектеппен бірлесіп жұмыс істеу: «мұғалім – оқытушы – ата-ана».",
            ],
        ),
        "ru": (
            "Правовая ответственность родителей",
            "Ответственность за неисполнение обязанностей по воспитанию (статья 127 КоАП).",
            "Цифры и обязанности",
            "Число родителей, привлечённых к административной ответственности, растёт: "
            "5 618 в 2020 году, 5 858 в 2021-м, 7 203 в 2022-м. Закон возлагает на родителей "
            "ответственность за безопасность и образование ребёнка.",
            [
                "Обеспечить посещение школы и учёбу ребёнка.",
                "Защищать ребёнка от насилия и безнадзорности.",
                "Работать вместе со школой: «учитель – преподаватель – родитель».",
            ],
        ),
        "en": (
            "Parents' legal responsibilities",
            "Liability for failing the duties of upbringing (article 127 of the Code of "
            "Administrative Offences).",
            "Figures and duties",
            "More parents are held administratively liable each year: 5,618 in 2020, 5,858 in "
            "2021, 7,203 in 2022. The law makes parents responsible for a child's safety and "
            "education.",
            [
                "See that the child attends school and studies.",
                "Protect the child from violence and neglect.",
                "Work together with the school: “teacher – lecturer – parent”.",
            ],
        ),
    },
}

CERTIFICATE = {
    "name": "Ата-аналар академиясы: қатысу сертификаты",
    "number_prefix": "АА-{year}-",
    "title": {
        "kk": "ҚАТЫСУ СЕРТИФИКАТЫ",
        "ru": "СЕРТИФИКАТ УЧАСТНИКА",
        "en": "CERTIFICATE OF ATTENDANCE",
    },
    "text": {
        "kk": "{name} {start} – {end} аралығында «{course}» бағдарламасының сабақтарына қатысты ({hours} сағат).",
        "ru": "{name} в период с {start} по {end} посетил(а) занятия программы «{course}» ({hours} ч).",
        "en": "{name} attended the sessions of the “{course}” programme between {start} and {end} ({hours} hours).",
    },
    "organisation": {
        "kk": "Қазақстан Республикасы Оқу-ағарту министрлігі · Білім платформасы",
        "ru": "Министерство просвещения Республики Казахстан · Платформа Билим",
        "en": "Ministry of Education of the Republic of Kazakhstan · Bilim platform",
    },
}

FACILITATORS = ["Нұрланова Гүлнар, педагог-психолог", "Омаров Қанат, әлеуметтік педагог"]

GUESTS = [
    ("Сәрсенова Ләззат", "lazzat.sarsenova@demo.bilim.kz", "kk"),
    ("Ким Ольга", "olga.kim@demo.bilim.kz", "ru"),
    ("Төлеуов Ержан", "yerzhan.toleuov@demo.bilim.kz", "kk"),
]
