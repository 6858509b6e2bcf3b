"""Module 3: preventing violence and the inter-agency algorithm."""

MODULE = {
    "slug": "violence-prevention",
    "title": {
        "kk": "Зорлық-зомбылықтың алдын алу және ведомствоаралық алгоритм",
        "ru": "Профилактика насилия и межведомственный алгоритм",
        "en": "Preventing violence and the inter-agency algorithm",
    },
    "intro": {
        "kk": "Модуль балаға қатысты зорлық-зомбылықтың белгілерін тануды, бала сырын ашқанда дұрыс әрекет етуді және кәмелетке толмағандарға қатысты зорлық-зомбылық фактілерін анықтау жөніндегі ведомствоаралық алгоритмді қолдануды қарастырады.",
        "ru": "Модуль посвящён распознаванию признаков насилия над ребёнком, правильной реакции, когда ребёнок рассказывает о насилии, и применению межведомственного алгоритма выявления фактов насилия в отношении несовершеннолетних.",
        "en": "The module covers recognising the signs of violence against a child, responding well when a child discloses it, and applying the inter-agency algorithm for detecting violence against minors.",
    },
    "lessons": [
        {
            "slug": "signs-of-violence",
            "title": {
                "kk": "Зорлық-зомбылықтың белгілері",
                "ru": "Признаки насилия",
                "en": "Signs of violence",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Зорлық-зомбылыққа ұшыраған бала бұл туралы сирек өзі айтады: ол қорқады, ұялады, ересектерге сенбейді немесе болып жатқанды қалыпты жағдай деп ойлайды. Сондықтан педагогтің бақылауы шешуші рөл атқарады. Белгілер <b>физикалық</b> және <b>мінез-құлықтық</b> болып бөлінеді.</p>",
                        "ru": "<p>Ребёнок, переживший насилие, редко рассказывает об этом сам: он боится, стыдится, не доверяет взрослым или считает происходящее нормой. Поэтому наблюдательность педагога играет решающую роль. Признаки бывают <b>физическими</b> и <b>поведенческими</b>.</p>",
                        "en": "<p>A child who experiences violence rarely says so: they are afraid or ashamed, do not trust adults, or think what is happening is normal. That is why a teacher's observation is decisive. Signs can be <b>physical</b> or <b>behavioural</b>.</p>",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Физикалық белгілер:</b> түсініксіз немесе түсіндірмесі сенімсіз көгерулер, күйіктер, жарақаттар; әртүрлі уақытта пайда болған іздер; жылы күні де денені жауып жүру.</li><li><b>Мінез-құлықтық белгілер:</b> белгілі бір адамнан немесе үйге қайтудан қорқу; кенет тұйықталу немесе агрессия; жасына сай емес жыныстық білім немесе мінез-құлық; ұйқының, тәбеттің бұзылуы; өзіне зиян келтіру.</li><li><b>Немқұрайлылық белгілері:</b> үнемі аш жүру, ауа райына сай емес немесе кір киім, емделмеген аурулар, сабаққа жиі себепсіз келмеу.</li></ul>",
                        "ru": "<ul><li><b>Физические признаки:</b> необъяснимые синяки, ожоги, травмы или неправдоподобные объяснения к ним; следы разной давности; ребёнок закрывает тело даже в жару.</li><li><b>Поведенческие признаки:</b> страх перед определённым человеком или возвращением домой; внезапная замкнутость или агрессия; сексуальные знания или поведение не по возрасту; нарушения сна и аппетита; самоповреждения.</li><li><b>Признаки пренебрежения:</b> постоянный голод, одежда не по погоде или грязная, нелеченые болезни, частые пропуски без причины.</li></ul>",
                        "en": "<ul><li><b>Physical signs:</b> unexplained bruises, burns or injuries, or implausible explanations for them; marks of different ages; covering the body even in hot weather.</li><li><b>Behavioural signs:</b> fear of a particular person or of going home; sudden withdrawal or aggression; sexual knowledge or behaviour beyond the child's age; disturbed sleep or appetite; self-harm.</li><li><b>Signs of neglect:</b> constant hunger, dirty clothes or clothes unsuitable for the weather, untreated illness, frequent unexplained absence.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Педагог баланы өзі тексермейді, денесін қарамайды және «дәлел» іздемейді. Оның міндеті – байқағанын нақты жазып, дереу хабарлау.</p>",
                            "ru": "<p>Педагог не осматривает ребёнка и не ищет «доказательств» самостоятельно. Его задача – точно записать замеченное и немедленно сообщить.</p>",
                            "en": "<p>A teacher does not examine the child's body or look for “proof”. Their task is to write down exactly what they noticed and report it at once.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Балада зорлық-зомбылық белгілерін байқаған кезде сізге ең қиыны не болар еді (күмән, қорқыныш, ата-анамен қарым-қатынасты бұзып алу)? Бұл кедергіні қалай жеңуге болады?",
                            "ru": "Что было бы для вас самым трудным, если бы вы заметили у ребёнка признаки насилия (сомнения, страх, риск испортить отношения с родителями)? Как преодолеть это препятствие?",
                            "en": "What would be hardest for you if you noticed signs of violence in a child (doubt, fear, damaging the relationship with the parents)? How could you overcome this?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "when-a-child-discloses",
            "title": {
                "kk": "Бала сырын ашқанда: не айту және не істеу керек",
                "ru": "Когда ребёнок рассказывает: что говорить и делать",
                "en": "When a child tells you: what to say and do",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Бала сізге сеніп, зорлық-зомбылық туралы айтса, сіздің алғашқы реакцияңыз оның көмек сұрауды жалғастыратынын немесе тұйықталып қалатынын анықтайды.</p><ul><li><b>Сабырлы болыңыз</b>, шошығаныңызды немесе ашуыңызды көрсетпеңіз.</li><li><b>Тыңдаңыз және сеніңіз:</b> «Маған айтқаның дұрыс болды», «Сен кінәлі емессің».</li><li><b>Жетелейтін сұрақ қоймаңыз</b> («Сені әкең ұрды ма?»). Ашық сұрақтар ғана: «Одан әрі не болды?»</li><li><b>Құпия сақтауға уәде бермеңіз.</b> «Саған көмектесу үшін мұны көмектесе алатын адамдарға айтуым керек» деңіз.</li><li>Баланың <b>өз сөздерін</b>, күнін және уақытын мүмкіндігінше дәл жазып алыңыз.</li></ul>",
                        "ru": "<p>Если ребёнок доверился вам и рассказал о насилии, ваша первая реакция определит, будет ли он дальше просить о помощи или замкнётся.</p><ul><li><b>Сохраняйте спокойствие</b>, не показывайте испуга или гнева.</li><li><b>Выслушайте и поверьте:</b> «Ты правильно сделал, что рассказал», «Ты не виноват».</li><li><b>Не задавайте наводящих вопросов</b> («Тебя бил отец?»). Только открытые вопросы: «Что было дальше?»</li><li><b>Не обещайте хранить тайну.</b> Скажите: «Чтобы помочь тебе, я должен рассказать об этом людям, которые могут помочь».</li><li>Запишите <b>собственные слова ребёнка</b>, дату и время как можно точнее.</li></ul>",
                        "en": "<p>If a child trusts you with a disclosure of violence, your first reaction decides whether they keep asking for help or shut down.</p><ul><li><b>Stay calm</b>; do not show shock or anger.</li><li><b>Listen and believe:</b> “You did the right thing by telling me”, “It is not your fault”.</li><li><b>Do not ask leading questions</b> (“Did your father hit you?”). Use only open questions: “What happened next?”</li><li><b>Do not promise to keep it secret.</b> Say: “To help you, I need to tell people who can help”.</li><li>Write down <b>the child's own words</b>, the date and time as precisely as you can.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Болжалды зорлықшыға, оның ішінде ата-анаға, ол туралы өзіңіз хабарламаңыз және онымен «түсіндіру әңгімесін» жүргізбеңіз: бұл баланың қауіпсіздігіне қатер төндіріп, тергеуге кедергі келтіруі мүмкін. Әрі қарай уәкілетті органдар әрекет етеді.</p>",
                            "ru": "<p>Не сообщайте предполагаемому обидчику, в том числе родителю, о раскрытии и не проводите с ним «разъяснительную беседу» сами: это может поставить под угрозу безопасность ребёнка и помешать расследованию. Дальше действуют уполномоченные органы.</p>",
                            "en": "<p>Do not tell the alleged abuser, including a parent, about the disclosure, and do not “have a word” with them yourself: this can endanger the child and hinder the investigation. The competent authorities take it from there.</p>",
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Баланы қайта жарақаттамау",
                        "ru": "Не травмировать ребёнка повторно",
                        "en": "Avoiding re-traumatisation",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Баладан болған оқиғаны бірнеше рет әртүрлі адамдарға қайталап айтуды талап етпеңіз. Егжей-тегжейлі сұрау – мамандардың (полиция, психолог) ісі. Сыныпта, әріптестер бөлмесінде немесе ата-аналар чатында оқиғаны талқыламаңыз.</p>",
                        "ru": "<p>Не заставляйте ребёнка многократно пересказывать случившееся разным людям. Подробный опрос – дело специалистов (полиции, психолога). Не обсуждайте случай в классе, в учительской или в родительском чате.</p>",
                        "en": "<p>Do not make the child repeat the story to different people. Detailed questioning is for specialists (police, psychologist). Never discuss the case in class, in the staff room or in a parents' chat.</p>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Бала сізге: «Ешкімге айтпайсыз ба?» деп сұрайды. Оның сеніміне нұқсан келтірмей, бірақ шынайы жауап беретін сөздеріңізді жазыңыз.",
                            "ru": "Ребёнок спрашивает вас: «Вы никому не скажете?» Напишите слова, которыми вы честно ответите, не разрушив его доверие.",
                            "en": "A child asks you: “You won't tell anyone, will you?” Write the words you would use to answer honestly without breaking their trust.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "inter-agency-algorithm",
            "title": {
                "kk": "Ведомствоаралық іс-қимыл алгоритмі",
                "ru": "Межведомственный алгоритм действий",
                "en": "The inter-agency algorithm",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Министрлік <b>кәмелетке толмағандарға қатысты зорлық-зомбылық фактілерін анықтау және олармен жұмыс істеу жөніндегі ведомствоаралық іс-қимыл алгоритмін</b> қабылдады. Алгоритмнің мақсаты – білім беру, ішкі істер, денсаулық сақтау, әлеуметтік қорғау органдары мен қорғаншылық органдары бір-бірін күтпей, үйлесімді әрі жедел әрекет етуі.</p>",
                        "ru": "<p>Министерство приняло <b>межведомственный алгоритм действий по выявлению фактов насилия в отношении несовершеннолетних и работе с ними</b>. Его цель – чтобы органы образования, внутренних дел, здравоохранения, социальной защиты и опеки действовали согласованно и быстро, не дожидаясь друг друга.</p>",
                        "en": "<p>The ministry adopted the <b>inter-agency algorithm for detecting and responding to violence against minors</b>. Its aim is for education, police, health, social protection and guardianship bodies to act quickly and in concert, without waiting for one another.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Мектептің әрекет ету логикасы",
                        "ru": "Логика действий школы",
                        "en": "The school's course of action",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>1. Анықтау.</b> Педагог белгілерді байқайды немесе баладан ақпарат алады.</li><li><b>2. Қауіпсіздік.</b> Балаға тікелей қауіп төнсе немесе медициналық көмек қажет болса – дереу 112 нөміріне қоңырау шалу.</li><li><b>3. Ішкі хабарлау.</b> Мектеп басшылығына дереу хабарлау.</li><li><b>4. Сыртқы хабарлау.</b> Мектеп алгоритмде көрсетілген уәкілетті органдарға, ең алдымен полицияға, хабарлайды.</li><li><b>5. Құжаттау.</b> Байқалған фактілер мен баланың сөздері жазбаша тіркеледі.</li><li><b>6. Қолдау.</b> Психолог пен әлеуметтік педагог баланы қолдайды, мектеп басқа органдармен бірлесіп жұмысқа қатысады.</li></ul>",
                        "ru": "<ul><li><b>1. Выявление.</b> Педагог замечает признаки или получает информацию от ребёнка.</li><li><b>2. Безопасность.</b> Если ребёнку угрожает непосредственная опасность или нужна медицинская помощь – сразу звонить 112.</li><li><b>3. Внутреннее информирование.</b> Немедленно сообщить руководству школы.</li><li><b>4. Внешнее информирование.</b> Школа сообщает в уполномоченные органы, указанные в алгоритме, прежде всего в полицию.</li><li><b>5. Документирование.</b> Замеченные факты и слова ребёнка фиксируются письменно.</li><li><b>6. Поддержка.</b> Психолог и социальный педагог поддерживают ребёнка, школа участвует в совместной работе с другими органами.</li></ul>",
                        "en": "<ul><li><b>1. Detection.</b> A teacher notices signs or hears from the child.</li><li><b>2. Safety.</b> If the child is in immediate danger or needs medical help, call 112 at once.</li><li><b>3. Internal report.</b> Inform the school leadership immediately.</li><li><b>4. External report.</b> The school notifies the competent bodies named in the algorithm, first of all the police.</li><li><b>5. Documentation.</b> The facts observed and the child's words are recorded in writing.</li><li><b>6. Support.</b> The psychologist and social pedagogue support the child; the school takes part in joint work with the other bodies.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Бұл сабақ алгоритмнің жалпы логикасын сипаттайды. Нақты мерзімдер, хабарлама нысандары мен жауапты тұлғалар алгоритмнің ресми мәтінінде және мектептің ішкі актісінде бекітіледі – оларды өз мектебіңізден міндетті түрде біліп алыңыз.</p>",
                            "ru": "<p>Урок описывает общую логику алгоритма. Конкретные сроки, формы сообщений и ответственные лица закреплены в официальном тексте алгоритма и во внутреннем акте школы – обязательно уточните их в своей школе.</p>",
                            "en": "<p>This lesson describes the general logic of the algorithm. Exact deadlines, report forms and responsible persons are set in the official text of the algorithm and in your school's internal rules – be sure to check them in your school.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Мектебіңізде зорлық-зомбылық туралы хабарлауға кім жауапты? Оның байланыс деректері және полицияның, қорғаншылық органының телефондары сізде бар ма?",
                            "ru": "Кто в вашей школе отвечает за сообщения о насилии? Есть ли у вас его контакты, а также телефоны полиции и органа опеки?",
                            "en": "Who in your school is responsible for reporting violence? Do you have their contact details and the numbers of the police and the guardianship authority?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "safe-school-environment",
            "title": {
                "kk": "Қауіпсіз мектеп ортасы және мейірімділікке тәрбиелеу",
                "ru": "Безопасная школьная среда и воспитание доброты",
                "en": "A safe school environment and teaching kindness",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Зорлық-зомбылықтың алдын алу оқиғаға әрекет етуден бұрын басталады. Министрлік Тәрбие жұмысының тұжырымдамасын әзірлеуді қолға алды; оның өзегі – ұлттық және адами құндылықтарға негізделген білім мен тәрбие. Мақсат – балаларды мейірімділікке, жанашырлыққа тәрбиелеу және зорлық-зомбылыққа, қатыгездікке төзбеушілік мәдениетін қалыптастыру.</p>",
                        "ru": "<p>Профилактика насилия начинается раньше, чем реакция на случай. Министерство приступило к разработке Концепции воспитательной работы; её стержень – обучение и воспитание на основе национальных и общечеловеческих ценностей. Цель – воспитывать детей в духе доброты и сострадания и формировать культуру нетерпимости к насилию и жестокости.</p>",
                        "en": "<p>Preventing violence starts before any incident. The ministry has begun drafting a Concept of upbringing work built on national and universal human values. The aim is to bring children up in kindness and compassion and to build a culture of intolerance of violence and cruelty.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Күнделікті тәжірибе",
                        "ru": "Повседневная практика",
                        "en": "Everyday practice",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Сыныппен бірге түсінікті мінез-құлық ережелерін жасаңыз және оларды барлығына бірдей қолданыңыз.</li><li><b>Позитивті тәртіп:</b> қорлаусыз, дене жазасыз тәрбиелеу; жазаның орнына салдарды түсіндіру және жақсы әрекетті байқау.</li><li>Ересектер аз болатын «қауіпті аймақтарды» (дәліз, асхана, дәретхана, мектеп ауласы) кезекшілікпен қадағалаңыз.</li><li>Сынып сағаттарында эмоцияны тану, жанжалды бейбіт шешу, «жоқ» деп айта білу дағдыларын үйретіңіз.</li><li>Әр бала мектепте кем дегенде бір <b>сенімді ересек</b> бар екенін білуі керек.</li></ul>",
                        "ru": "<ul><li>Вместе с классом составьте понятные правила поведения и применяйте их ко всем одинаково.</li><li><b>Позитивная дисциплина:</b> воспитание без унижений и телесных наказаний; вместо наказания – объяснение последствий и внимание к хорошим поступкам.</li><li>Организуйте дежурства в «опасных зонах», где мало взрослых (коридоры, столовая, туалеты, школьный двор).</li><li>На классных часах учите распознавать эмоции, мирно решать конфликты, уметь сказать «нет».</li><li>Каждый ребёнок должен знать, что в школе есть хотя бы один <b>взрослый, которому можно доверять</b>.</li></ul>",
                        "en": "<ul><li>Draw up clear rules of behaviour with the class and apply them equally to everyone.</li><li><b>Positive discipline:</b> upbringing without humiliation or corporal punishment; explain consequences and notice good behaviour instead of punishing.</li><li>Organise supervision of “hot spots” with few adults (corridors, canteen, toilets, schoolyard).</li><li>In form periods, teach children to recognise emotions, resolve conflicts peacefully and say “no”.</li><li>Every child should know there is at least one <b>trusted adult</b> at school.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Балаларға көмек алудың жолдарын үнемі еске салыңыз: 111 байланыс орталығы, balaqorgaubot2.0 чат-боты және «balaqorgau» веб-сайты. Бұл ақпаратты сынып бұрышына және күнделікке орналастырыңыз.</p>",
                            "ru": "<p>Регулярно напоминайте детям, где можно получить помощь: контакт-центр 111, чат-бот balaqorgaubot2.0 и веб-сайт «balaqorgau». Разместите эту информацию в классном уголке и в дневнике.</p>",
                            "en": "<p>Regularly remind children where to get help: the 111 contact centre, the balaqorgaubot2.0 chat-bot and the balaqorgau web site. Put this information on the class notice board and in pupils' planners.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіздің мектебіңізде ересектер аз болатын қандай «қауіпті аймақтар» бар? Оларды қауіпсіз ету үшін қандай бір нақты шара ұсынасыз?",
                            "ru": "Какие «опасные зоны» с малым присутствием взрослых есть в вашей школе? Какую одну конкретную меру вы предложили бы, чтобы сделать их безопаснее?",
                            "en": "Which “hot spots” with few adults exist in your school? What one concrete measure would you propose to make them safer?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "3-модуль бойынша тест: зорлық-зомбылықтың алдын алу",
            "ru": "Тест по модулю 3: профилактика насилия",
            "en": "Module 3 test: preventing violence",
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
                    "kk": "Бала мұғалімге үйде ұрып-соғатынын айтты. Мұғалім қалай жауап бергені дұрыс?",
                    "ru": "Ребёнок рассказал учителю, что его бьют дома. Как правильно ответить учителю?",
                    "en": "A child tells a teacher that they are beaten at home. What is the right response?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "«Маған айтқаның дұрыс болды. Саған көмектесу үшін мұны көмектесе алатын адамдарға айтуым керек»",
                            "ru": "«Ты правильно сделал, что рассказал. Чтобы помочь, я должен сообщить тем, кто может помочь»",
                            "en": "“You did the right thing by telling me. To help you, I need to tell people who can help”",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "«Уайымдама, мұны ешкімге айтпаймын»",
                            "ru": "«Не волнуйся, я никому не скажу»",
                            "en": "“Don't worry, I won't tell anyone”",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "«Сен бір нәрсе істеген шығарсың, сондықтан сені жазалаған»",
                            "ru": "«Наверное, ты что-то натворил, вот тебя и наказали»",
                            "en": "“You must have done something to be punished”",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Баланы қолдап, оның кінәлі емес екенін көрсету және құпия сақтауға уәде бермеу керек, себебі педагог хабарлауға міндетті.",
                    "ru": "Нужно поддержать ребёнка, показать, что он не виноват, и не обещать тайны: педагог обязан сообщить.",
                    "en": "Support the child, show they are not to blame and do not promise secrecy: the teacher must report.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Бала сырын ашқанда педагог НЕНІ ІСТЕМЕУІ керек?",
                    "ru": "Чего НЕ должен делать педагог, когда ребёнок рассказывает о насилии?",
                    "en": "What should a teacher NOT do when a child discloses violence?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Жетелейтін сұрақтар қою",
                            "ru": "Задавать наводящие вопросы",
                            "en": "Ask leading questions",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Болжалды зорлықшымен өзі сөйлесу",
                            "ru": "Самому поговорить с предполагаемым обидчиком",
                            "en": "Confront the alleged abuser personally",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Баланың денесін жарақат іздеп қарау",
                            "ru": "Осматривать тело ребёнка в поисках травм",
                            "en": "Examine the child's body for injuries",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Баланың өз сөздерін жазып алу",
                            "ru": "Записать собственные слова ребёнка",
                            "en": "Write down the child's own words",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Сұрау, тексеру және болжалды зорлықшымен жұмыс – уәкілетті органдардың ісі. Педагог баланың сөздерін дәл жазып, хабарлайды.",
                    "ru": "Опрос, осмотр и работа с предполагаемым обидчиком – дело уполномоченных органов. Педагог точно записывает слова ребёнка и сообщает.",
                    "en": "Questioning, examination and dealing with the alleged abuser are for the competent bodies. The teacher records the child's words and reports.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Балаға тікелей қауіп төнсе, мектеп басшылығының жауабын күтпей, 112 нөміріне қоңырау шалу керек.",
                    "ru": "Если ребёнку угрожает непосредственная опасность, нужно звонить 112, не дожидаясь ответа руководства школы.",
                    "en": "If a child is in immediate danger, call 112 without waiting for the school leadership to respond.",
                },
                "answer": True,
                "explanation": {
                    "kk": "Баланың өмірі мен қауіпсіздігі бірінші орында. 112 – Қазақстандағы бірыңғай шұғыл қызмет нөмірі.",
                    "ru": "Жизнь и безопасность ребёнка – прежде всего. 112 – единый номер экстренных служб в Казахстане.",
                    "en": "The child's life and safety come first. 112 is Kazakhstan's single emergency number.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Белгі мен оның түрін сәйкестендіріңіз.",
                    "ru": "Сопоставьте признак и его вид.",
                    "en": "Match each sign with its type.",
                },
                "pairs": [
                    {
                        "left": {
                            "kk": "Әртүрлі уақытта пайда болған көгерулер",
                            "ru": "Синяки разной давности",
                            "en": "Bruises of different ages",
                        },
                        "right": {
                            "kk": "Физикалық белгі",
                            "ru": "Физический признак",
                            "en": "Physical sign",
                        },
                    },
                    {
                        "left": {
                            "kk": "Үйге қайтудан қорқу",
                            "ru": "Страх возвращаться домой",
                            "en": "Fear of going home",
                        },
                        "right": {
                            "kk": "Мінез-құлықтық белгі",
                            "ru": "Поведенческий признак",
                            "en": "Behavioural sign",
                        },
                    },
                    {
                        "left": {
                            "kk": "Үнемі аш жүру, емделмеген аурулар",
                            "ru": "Постоянный голод, нелеченые болезни",
                            "en": "Constant hunger, untreated illness",
                        },
                        "right": {
                            "kk": "Немқұрайлылық белгісі",
                            "ru": "Признак пренебрежения",
                            "en": "Sign of neglect",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Белгілерді түрлері бойынша білу педагогке байқағанын нақты сипаттауға көмектеседі.",
                    "ru": "Знание видов признаков помогает педагогу точно описать замеченное.",
                    "en": "Knowing the types of signs helps a teacher describe precisely what they noticed.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Ведомствоаралық алгоритмнің басты мақсаты қандай?",
                    "ru": "Какова главная цель межведомственного алгоритма?",
                    "en": "What is the main aim of the inter-agency algorithm?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Әртүрлі органдардың зорлық-зомбылық фактісіне үйлесімді әрі жедел әрекет етуі",
                            "ru": "Согласованные и быстрые действия разных органов при выявлении насилия",
                            "en": "Coordinated, fast action by different bodies when violence is detected",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Мектептің оқиғаны өз ішінде шешуі",
                            "ru": "Решение случая силами самой школы",
                            "en": "Letting the school settle the case internally",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Мұғалімдерге тергеу жүргізу құқығын беру",
                            "ru": "Предоставление учителям права вести расследование",
                            "en": "Giving teachers the right to investigate",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Алгоритм білім беру, полиция, денсаулық сақтау, әлеуметтік қорғау және қорғаншылық органдарының бірлескен жұмысын реттейді.",
                    "ru": "Алгоритм выстраивает совместную работу органов образования, полиции, здравоохранения, социальной защиты и опеки.",
                    "en": "The algorithm organises joint work by education, police, health, social protection and guardianship bodies.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Позитивті тәртіп дегеніміз – бала ережені бұзса да, ешқандай талап қоймау.",
                    "ru": "Позитивная дисциплина означает не предъявлять ребёнку никаких требований, даже если он нарушает правила.",
                    "en": "Positive discipline means making no demands on a child even when they break the rules.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Позитивті тәртіпте нақты ережелер мен салдарлар болады, бірақ қорлау мен дене жазасы қолданылмайды.",
                    "ru": "В позитивной дисциплине есть чёткие правила и последствия, но нет унижений и телесных наказаний.",
                    "en": "Positive discipline has clear rules and consequences, but no humiliation and no corporal punishment.",
                },
            },
        ],
    },
}
