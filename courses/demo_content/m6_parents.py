"""Module 6: working with parents – the triad and the Parents' Academy."""

MODULE = {
    "slug": "working-with-parents",
    "title": {
        "kk": "Ата-аналармен жұмыс: «Мұғалім – оқытушы – ата-ана» үштігі және Ата-аналар академиясы",
        "ru": "Работа с родителями: триада «учитель – преподаватель – родитель» и Академия родителей",
        "en": "Working with parents: the teacher – lecturer – parent triad and the Parents' Academy",
    },
    "intro": {
        "kk": "Бала тәрбиесі ең алдымен отбасына байланысты. Модуль ата-аналардың жауапкершілігін, мектеп пен отбасының серіктестігін және Ата-аналар академиясын ұйымдастыруды қарастырады.",
        "ru": "Воспитание ребёнка прежде всего связано с семьёй. Модуль рассматривает ответственность родителей, партнёрство школы и семьи и организацию Академии родителей.",
        "en": "A child's upbringing depends first of all on the family. The module covers parents' responsibility, the partnership between school and family, and how to run the Parents' Academy.",
    },
    "lessons": [
        {
            "slug": "parents-responsibility",
            "title": {
                "kk": "Отбасы – тәрбиенің бірінші институты",
                "ru": "Семья – первый институт воспитания",
                "en": "The family as the first place of upbringing",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Тезистерде аталған бес фактордың екеуі тікелей отбасына қатысты: <b>ата-аналардың мектептегі тәрбие процесіне қатысуының төмендігі</b> және <b>отбасындағы тәрбиенің осалдығы</b>. Ата-аналардың жұмысбастылығы, тұрмыстық мәселелердің бала тәрбиесінен басым түсуі де жасырын емес.</p>",
                        "ru": "<p>Два из пяти факторов, названных в тезисах, прямо связаны с семьёй: <b>низкое участие родителей в воспитательном процессе школы</b> и <b>слабость семейного воспитания</b>. Не секрет и то, что родители заняты, а бытовые проблемы нередко оттесняют воспитание ребёнка.</p>",
                        "en": "<p>Two of the five factors named in the theses concern the family directly: <b>low parental involvement in the school's upbringing work</b> and <b>weak upbringing in the family</b>. It is no secret either that parents are busy and everyday problems often crowd out bringing up the child.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Ата-ананың заң алдындағы жауапкершілігі",
                        "ru": "Ответственность родителей перед законом",
                        "en": "Parents' legal responsibility",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Ресми деректер ата-аналардың бала тәрбиесі жөніндегі міндеттерін орындамауына байланысты әкімшілік құқық бұзушылықтардың артқанын көрсетеді. Әкімшілік құқық бұзушылық туралы кодекстің 127-бабы бойынша жауапкершілікке тартылған ата-аналар саны:</p><ul><li>2020 жылы – 5 618;</li><li>2021 жылы – 5 858;</li><li>2022 жылы – 7 203.</li></ul><p>Ең ауыр жағдайларда қылмыстық жауапкершілік те қарастырылған. Министрлік санкцияларды күшейтуді ұсынады, бірақ мектептің басты міндеті – жазалау емес, ата-анаға өз рөлін түсінуге және атқаруға көмектесу.</p>",
                        "ru": "<p>Официальные данные показывают рост административных правонарушений, связанных с невыполнением родителями обязанностей по воспитанию детей. Число родителей, привлечённых к ответственности по статье 127 Кодекса об административных правонарушениях:</p><ul><li>2020 год – 5 618;</li><li>2021 год – 5 858;</li><li>2022 год – 7 203.</li></ul><p>В самых тяжёлых случаях предусмотрена и уголовная ответственность. Министерство предлагает ужесточить санкции, но главная задача школы – не наказать, а помочь родителю понять и выполнять свою роль.</p>",
                        "en": "<p>Official data show a rise in administrative offences by parents who fail in their duty to bring up their children. The number of parents held liable under article 127 of the Code of Administrative Offences:</p><ul><li>2020 – 5,618;</li><li>2021 – 5,858;</li><li>2022 – 7,203.</li></ul><p>In the most serious cases criminal liability also applies. The ministry proposes tougher sanctions, but the school's main task is not to punish but to help parents understand and fulfil their role.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Тәрбие жұмысының тұжырымдамасының өзегі – ұлттық және адами құндылықтар. Ата-аналардың педагогикалық-психологиялық құзыреттілігін арттыру және баланың мінез-құлқы мен тағдырына ата-ана жауапкершілігі туралы түсінігін кеңейту басым бағыт ретінде белгіленген.</p>",
                            "ru": "<p>Стержень Концепции воспитательной работы – национальные и общечеловеческие ценности. Приоритетом названы повышение педагогико-психологической компетентности родителей и расширение их понимания своей ответственности за поведение и судьбу ребёнка.</p>",
                            "en": "<p>The Concept of upbringing work is built on national and universal human values. Priorities include raising parents' educational and psychological competence and deepening their understanding of their responsibility for the child's behaviour and future.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сыныбыңыздағы ата-аналардың мектеп өміріне қатысуы қандай? Қатыспайтын ата-аналардың себептері қандай болуы мүмкін?",
                            "ru": "Насколько родители вашего класса участвуют в школьной жизни? Какие причины могут быть у тех, кто не участвует?",
                            "en": "How involved are the parents in your class in school life? What reasons might those who stay away have?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "teacher-lecturer-parent-triad",
            "title": {
                "kk": "«Мұғалім – оқытушы – ата-ана» үштігі",
                "ru": "Триада «учитель – преподаватель – родитель»",
                "en": "The teacher – lecturer – parent triad",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Зорлық-зомбылыққа, қатыгездікке төзбеушілік мәдениетін қалыптастыруда <b>«Мұғалім – оқытушы – ата-ана» үштігінің</b> жұмысын күшейту маңызды орын алады. Үштіктің мәні – балаға қатысты ересектердің бір бағытта әрекет етуі: мектеп пен отбасы бір-біріне қарсы емес, бір жақта тұрады.</p>",
                        "ru": "<p>В формировании культуры нетерпимости к насилию и жестокости важное место занимает укрепление <b>триады «учитель – преподаватель – родитель»</b>. Смысл триады в том, чтобы взрослые вокруг ребёнка действовали в одном направлении: школа и семья не противостоят друг другу, а находятся на одной стороне.</p>",
                        "en": "<p>Strengthening the <b>teacher – lecturer – parent triad</b> plays an important part in building a culture of intolerance of violence and cruelty. The point of the triad is that the adults around a child pull in the same direction: school and family are not opponents but on the same side.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Серіктестіктің қағидаттары",
                        "ru": "Принципы партнёрства",
                        "en": "Principles of partnership",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Тұрақты байланыс</b> – ата-анаға тек проблема туындағанда ғана емес, жетістіктер туралы да хабарласыңыз.</li><li><b>Құрмет</b> – ата-ананы кінәлаудың орнына оның баласын жақсы білетін серіктес ретінде қабылдаңыз.</li><li><b>Ортақ мақсат</b> – әңгіменің өзегі – баланың әл-ауқаты.</li><li><b>Нақты келісімдер</b> – кім, не істейді және қашан қайта хабарласамыз.</li><li><b>Ыңғайлы форматтар</b> – жұмыс істейтін ата-аналар үшін кешкі уақыт, онлайн кездесулер.</li></ul>",
                        "ru": "<ul><li><b>Регулярная связь</b> – сообщайте родителю не только о проблемах, но и об успехах.</li><li><b>Уважение</b> – воспринимайте родителя как партнёра, который лучше всех знает своего ребёнка, а не как виноватого.</li><li><b>Общая цель</b> – в центре разговора благополучие ребёнка.</li><li><b>Конкретные договорённости</b> – кто что делает и когда мы снова свяжемся.</li><li><b>Удобные форматы</b> – вечернее время и онлайн-встречи для работающих родителей.</li></ul>",
                        "en": "<ul><li><b>Regular contact</b> – tell parents about successes, not only problems.</li><li><b>Respect</b> – treat the parent as a partner who knows their child best, not as the guilty party.</li><li><b>A shared goal</b> – the child's well-being is at the centre of every conversation.</li><li><b>Concrete agreements</b> – who does what, and when we will talk again.</li><li><b>Convenient formats</b> – evening times and online meetings for working parents.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Ата-аналар чатының қарапайым ережелерін келісіп алыңыз: баланың жеке мәселесін жалпы чатта талқыламау, кемсітетін пікірлерге жол бермеу, балалардың фотосын келісімсіз таратпау.</p>",
                            "ru": "<p>Договоритесь о простых правилах родительского чата: не обсуждать личные проблемы ребёнка в общем чате, не допускать унизительных высказываний, не распространять фото детей без согласия.</p>",
                            "en": "<p>Agree simple rules for the parents' chat: no discussion of a particular child's problems in the group, no demeaning remarks, no sharing of children's photos without consent.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Ата-аналармен байланысыңызда «проблема туралы хабар» мен «жетістік туралы хабардың» арақатынасы қандай? Келесі айда оны қалай өзгертер едіңіз?",
                            "ru": "Каково в вашем общении с родителями соотношение «сообщений о проблемах» и «сообщений об успехах»? Как вы изменили бы его в следующем месяце?",
                            "en": "In your contact with parents, what is the ratio of “problem messages” to “success messages”? How would you change it next month?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "parents-academy",
            "title": {
                "kk": "Ата-аналар академиясы",
                "ru": "Академия родителей",
                "en": "The Parents' Academy",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Әр мектепте ата-аналарды ата-аналық міндеттерін атқаруда жан-жақты қолдауға және оқытуға бағытталған <b>Ата-аналар академиясы</b> құрылады. Академия вебинарлар мен кездесулер арқылы жұмыс істейді, ал мұғалімдер, психологтар мен әлеуметтік педагогтер оның негізгі спикерлері болады.</p>",
                        "ru": "<p>В каждой школе создаётся <b>Академия родителей</b>, направленная на всестороннюю поддержку и обучение родителей в выполнении родительских обязанностей. Академия работает через вебинары и встречи, а учителя, психологи и социальные педагоги становятся её основными спикерами.</p>",
                        "en": "<p>Every school is setting up a <b>Parents' Academy</b> to support and train parents in all aspects of their parental duties. The Academy works through webinars and meetings, with teachers, psychologists and social pedagogues as its main speakers.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Ұсынылатын тақырыптар",
                        "ru": "Рекомендуемые темы",
                        "en": "Suggested topics",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Балалардың әлеуметтік желілерді, оның ішінде TikTok қосымшасын қауіпсіз пайдалануы.</li><li>Ата-аналық бақылау тәсілдері.</li><li>Буллинг, зорлық-зомбылық және өзіне зиян келтіру белгілерін тану.</li><li>Ата-ананың құқықтық жауапкершілігі.</li><li>Жасөспірімдік кезең: қарым-қатынас пен шекаралар.</li></ul><p>Тәжірибелік кеңес: бір кездесу – бір тақырып; 40–60 минут; нақты жағдайлар мен сұрақ-жауапқа уақыт; соңында ата-анаға жадынама.</p>",
                        "ru": "<ul><li>Безопасное использование детьми социальных сетей, в том числе TikTok.</li><li>Способы родительского контроля.</li><li>Распознавание признаков буллинга, насилия и самоповреждения.</li><li>Правовая ответственность родителей.</li><li>Подростковый возраст: общение и границы.</li></ul><p>Практический совет: одна встреча – одна тема; 40–60 минут; время на разбор ситуаций и вопросы; в конце – памятка для родителей.</p>",
                        "en": "<ul><li>Children's safe use of social networks, including TikTok.</li><li>Parental-control methods.</li><li>Recognising signs of bullying, violence and self-harm.</li><li>Parents' legal responsibility.</li><li>Adolescence: communication and boundaries.</li></ul><p>Practical tip: one meeting, one topic; 40–60 minutes; time for real cases and questions; a handout for parents at the end.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Бұл платформада мектеп үйлестірушісі Академия кездесулерін жоспарлайды, ата-аналар тіркеліп, еске салғыш алады және қатысқаны туралы анықтама алады.</p>",
                            "ru": "<p>На этой платформе школьный координатор планирует встречи Академии, родители регистрируются, получают напоминания и справку об участии.</p>",
                            "en": "<p>On this platform the school coordinator schedules Academy sessions, and parents register, receive reminders and get an attendance certificate.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіздің мектебіңіздің ата-аналарына қазір қай тақырып ең қажет? Бірінші кездесудің қысқа жоспарын құрыңыз.",
                            "ru": "Какая тема сейчас нужнее всего родителям вашей школы? Составьте краткий план первой встречи.",
                            "en": "Which topic do parents at your school need most right now? Draft a short plan for the first session.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "difficult-conversations-with-parents",
            "title": {
                "kk": "Ата-анамен қиын әңгіме",
                "ru": "Трудный разговор с родителями",
                "en": "Difficult conversations with parents",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Баланың мінез-құлқы, буллинг немесе оның көңіл-күйі туралы ата-анамен сөйлесу оңай емес. Әңгімені жақсы құрылымдау ата-ананың қорғанысқа көшуін азайтады.</p><ul><li><b>Дайындалыңыз:</b> фактілерді, күндерін, баланың мықты жақтарын жазып алыңыз; қажет болса психологты шақырыңыз.</li><li><b>Жақсысынан бастаңыз:</b> баланың жетістігі немесе оң қасиеті.</li><li><b>Фактілерді «мен» тұлғасында айтыңыз:</b> «Мен соңғы екі аптада оның үзілісте жалғыз отыратынын байқадым».</li><li><b>Тыңдаңыз:</b> «Үйде сіз не байқадыңыз?»</li><li><b>Бірге жоспар құрыңыз</b> және келесі кездесу уақытын белгілеңіз.</li></ul>",
                        "ru": "<p>Говорить с родителями о поведении ребёнка, о буллинге или его состоянии непросто. Хорошо выстроенный разговор снижает вероятность, что родитель займёт оборону.</p><ul><li><b>Подготовьтесь:</b> запишите факты, даты, сильные стороны ребёнка; при необходимости пригласите психолога.</li><li><b>Начните с хорошего:</b> успех или положительное качество ребёнка.</li><li><b>Говорите о фактах от первого лица:</b> «Я заметил, что последние две недели он сидит на переменах один».</li><li><b>Слушайте:</b> «А что вы замечаете дома?»</li><li><b>Составьте план вместе</b> и назначьте следующую встречу.</li></ul>",
                        "en": "<p>Talking with parents about a child's behaviour, bullying or state of mind is not easy. A well-structured conversation makes it less likely that the parent becomes defensive.</p><ul><li><b>Prepare:</b> note facts, dates and the child's strengths; invite the psychologist if needed.</li><li><b>Start with something good:</b> a success or a positive quality of the child.</li><li><b>State facts as “I” statements:</b> “I've noticed that for the last two weeks he sits alone at break”.</li><li><b>Listen:</b> “What do you notice at home?”</li><li><b>Make a plan together</b> and set the next meeting.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Егер ата-ананың өзі балаға зорлық-зомбылық көрсетеді деген күдік болса, онымен алдын ала сөйлеспеңіз. Ведомствоаралық алгоритм бойынша әрекет етіп, мектеп басшылығы мен уәкілетті органдарға хабарлаңыз.</p>",
                            "ru": "<p>Если есть подозрение, что насилие исходит от самого родителя, не разговаривайте с ним заранее. Действуйте по межведомственному алгоритму и сообщите руководству школы и уполномоченным органам.</p>",
                            "en": "<p>If you suspect the parent is the source of violence, do not talk to them first. Follow the inter-agency algorithm and inform the school leadership and the competent authorities.</p>",
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Ата-ана ашуланса",
                        "ru": "Если родитель злится",
                        "en": "If a parent gets angry",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Дауыс көтермеңіз және дауласпаңыз. Ата-ананың сезімін атаңыз: «Сізге мұны есту оңай емес екенін түсінемін». Әңгімені баланың мүддесіне қайтарыңыз. Эмоция тым күшті болса, кездесуді басқа уақытқа ауыстырып, әкімшілік өкілін немесе психологты шақырыңыз.</p>",
                        "ru": "<p>Не повышайте голос и не спорьте. Назовите чувства родителя: «Я понимаю, что вам непросто это слышать». Возвращайте разговор к интересам ребёнка. Если эмоции слишком сильны, перенесите встречу и пригласите представителя администрации или психолога.</p>",
                        "en": "<p>Do not raise your voice or argue. Name the parent's feelings: “I understand this is hard to hear”. Bring the conversation back to the child's interests. If emotions run too high, reschedule and invite a member of the leadership or the psychologist.</p>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сізге қиын болған ата-анамен бір әңгімені еске түсіріңіз. Осы сабақтағы қай қадам оны басқаша өткізуге көмектесер еді?",
                            "ru": "Вспомните один трудный для вас разговор с родителем. Какой шаг из этого урока помог бы провести его иначе?",
                            "en": "Recall a conversation with a parent that was hard for you. Which step from this lesson would have helped it go differently?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "6-модуль бойынша тест: ата-аналармен жұмыс",
            "ru": "Тест по модулю 6: работа с родителями",
            "en": "Module 6 test: working with parents",
        },
        "pass_mark": 70,
        "attempt_limit": 3,
        "time_limit_minutes": None,
        "draw_count": 0,
        "shuffle_options": True,
        "questions": [
            {
                "kind": "single",
                "text": {
                    "kk": "2022 жылы Әкімшілік құқық бұзушылық туралы кодекстің 127-бабы бойынша қанша ата-ана жауапкершілікке тартылды?",
                    "ru": "Сколько родителей в 2022 году привлечено к ответственности по статье 127 Кодекса об административных правонарушениях?",
                    "en": "How many parents were held liable under article 127 of the Code of Administrative Offences in 2022?",
                },
                "options": [
                    {"text": {"kk": "7 203", "ru": "7 203", "en": "7,203"}, "correct": True},
                    {"text": {"kk": "5 858", "ru": "5 858", "en": "5,858"}, "correct": False},
                    {"text": {"kk": "5 618", "ru": "5 618", "en": "5,618"}, "correct": False},
                ],
                "explanation": {
                    "kk": "2020 жылы – 5 618, 2021 жылы – 5 858, 2022 жылы – 7 203 ата-ана. Көрсеткіш жыл сайын өсіп келеді.",
                    "ru": "В 2020 году – 5 618, в 2021 году – 5 858, в 2022 году – 7 203 родителя. Показатель растёт с каждым годом.",
                    "en": "2020 – 5,618, 2021 – 5,858, 2022 – 7,203 parents. The figure has risen every year.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Ата-аналар академиясына қай тақырыптар ұсынылады?",
                    "ru": "Какие темы рекомендуются для Академии родителей?",
                    "en": "Which topics are recommended for the Parents' Academy?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Әлеуметтік желілерді, оның ішінде TikTok-ты қауіпсіз пайдалану",
                            "ru": "Безопасное использование соцсетей, в том числе TikTok",
                            "en": "Safe use of social networks, including TikTok",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Буллинг пен өзіне зиян келтіру белгілерін тану",
                            "ru": "Распознавание признаков буллинга и самоповреждения",
                            "en": "Recognising signs of bullying and self-harm",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Ата-ананың құқықтық жауапкершілігі",
                            "ru": "Правовая ответственность родителей",
                            "en": "Parents' legal responsibility",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Сыныптағы оқушылардың үлгерімі бойынша рейтингін жариялау",
                            "ru": "Публикация рейтинга успеваемости учеников класса",
                            "en": "Publishing a ranking of pupils' grades",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Академия ата-аналарды қауіпсіздік, қауіп белгілері және жауапкершілік мәселелерінде қолдайды. Рейтинг жариялау оның міндетіне жатпайды және балаларды кемсітуі мүмкін.",
                    "ru": "Академия поддерживает родителей в вопросах безопасности, признаков риска и ответственности. Публикация рейтингов не входит в её задачи и может унижать детей.",
                    "en": "The Academy supports parents on safety, warning signs and responsibility. Publishing rankings is not its task and can humiliate children.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Ата-ананың өзі балаға зорлық-зомбылық көрсетеді деген күдік болса, мұғалім алдымен сол ата-анамен сөйлесіп, мән-жайды анықтауы керек.",
                    "ru": "Если есть подозрение, что насилие исходит от родителя, учитель должен сначала поговорить с этим родителем и выяснить обстоятельства.",
                    "en": "If a parent is suspected of violence against the child, the teacher should first talk to that parent to find out what happened.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Мұндай жағдайда алдын ала сөйлесу баланың қауіпсіздігіне қатер төндіреді. Ведомствоаралық алгоритм бойынша хабарлау қажет.",
                    "ru": "В таком случае предварительный разговор ставит под угрозу безопасность ребёнка. Нужно сообщить по межведомственному алгоритму.",
                    "en": "A prior conversation would endanger the child. Report under the inter-agency algorithm instead.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Ата-анамен әңгіменің кезеңін мысалмен сәйкестендіріңіз.",
                    "ru": "Сопоставьте этап разговора с родителем и пример.",
                    "en": "Match each stage of a conversation with a parent to an example.",
                },
                "pairs": [
                    {
                        "left": {
                            "kk": "Жақсысынан бастау",
                            "ru": "Начать с хорошего",
                            "en": "Start with something good",
                        },
                        "right": {
                            "kk": "«Ол математикадан үлкен жетістікке жетті»",
                            "ru": "«У него большие успехи в математике»",
                            "en": "“He's doing really well in maths”",
                        },
                    },
                    {
                        "left": {
                            "kk": "Фактіні «мен» тұлғасында айту",
                            "ru": "Факт от первого лица",
                            "en": "An “I” statement of fact",
                        },
                        "right": {
                            "kk": "«Мен оның үзілісте жалғыз отыратынын байқадым»",
                            "ru": "«Я заметил, что он сидит на переменах один»",
                            "en": "“I've noticed he sits alone at break”",
                        },
                    },
                    {
                        "left": {"kk": "Тыңдау", "ru": "Слушать", "en": "Listen"},
                        "right": {
                            "kk": "«Үйде сіз не байқадыңыз?»",
                            "ru": "«А что вы замечаете дома?»",
                            "en": "“What do you notice at home?”",
                        },
                    },
                    {
                        "left": {
                            "kk": "Бірге жоспар құру",
                            "ru": "Составить план вместе",
                            "en": "Make a plan together",
                        },
                        "right": {
                            "kk": "«Екі аптадан кейін қайта кездесейік»",
                            "ru": "«Давайте встретимся снова через две недели»",
                            "en": "“Let's meet again in two weeks”",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Құрылымды әңгіме ата-ананы серіктеске айналдырады және ортақ әрекет жоспарына әкеледі.",
                    "ru": "Структурированный разговор делает родителя партнёром и приводит к общему плану действий.",
                    "en": "A structured conversation turns the parent into a partner and leads to a shared plan.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "«Мұғалім – оқытушы – ата-ана» үштігінің басты мәні неде?",
                    "ru": "В чём главный смысл триады «учитель – преподаватель – родитель»?",
                    "en": "What is the main point of the teacher – lecturer – parent triad?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Балаға қатысты ересектердің бір бағытта бірлесіп әрекет етуі",
                            "ru": "Взрослые вокруг ребёнка действуют совместно и в одном направлении",
                            "en": "The adults around the child act together in the same direction",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Тәрбие жауапкершілігін толығымен мектепке беру",
                            "ru": "Полная передача ответственности за воспитание школе",
                            "en": "Handing all responsibility for upbringing to the school",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Ата-аналарды тек проблема болғанда ғана шақыру",
                            "ru": "Приглашать родителей только при возникновении проблем",
                            "en": "Inviting parents only when there is a problem",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Үштік – серіктестік: мектеп пен отбасы баланың мүддесі үшін бір жақта тұрады.",
                    "ru": "Триада – это партнёрство: школа и семья на одной стороне ради интересов ребёнка.",
                    "en": "The triad is a partnership: school and family stand on the same side for the child's sake.",
                },
            },
        ],
    },
}
