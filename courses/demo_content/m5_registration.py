"""Module 5: intra-school registration and case management (Order No. 61)."""

MODULE = {
    "slug": "intra-school-registration",
    "title": {
        "kk": "Мектепішілік есепке алу және кейс-менеджмент",
        "ru": "Внутришкольный учёт и кейс-менеджмент",
        "en": "Intra-school registration and case management",
    },
    "intro": {
        "kk": "Модуль профилактикалық жұмысты қажет ететін балаларды мектепішілік есепке алу жөніндегі әдістемелік ұсынымдарды (ҚР Оқу-ағарту министрлігінің 2023 жылғы 3 наурыздағы № 61 бұйрығы) және әр баламен жеке жұмыс істеуге негізделген кейс-менеджмент технологиясын қарастырады.",
        "ru": "Модуль рассматривает методические рекомендации по внутришкольному учёту детей, нуждающихся в профилактической работе (приказ Министерства просвещения РК от 3 марта 2023 года № 61), и технологию кейс-менеджмента – индивидуальной работы с каждым ребёнком.",
        "en": "The module covers the methodological recommendations on intra-school registration of children who need preventive work (Order No. 61 of the Ministry of Education of 3 March 2023) and case management – individual work with each child.",
    },
    "lessons": [
        {
            "slug": "purpose-of-registration",
            "title": {
                "kk": "Мектепішілік есепке алу не үшін қажет",
                "ru": "Зачем нужен внутришкольный учёт",
                "en": "What intra-school registration is for",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>2023 жылғы 3 наурыздағы № 61 бұйрықпен профилактикалық шаралармен қамтылуы тиіс балаларды <b>мектепішілік есепке алу</b> бойынша әдістемелік ұсынымдар бекітілді. Есепке алу – жаза да, «қара тізім» де емес. Бұл – баланың қиындығын уақытында байқап, оған мектеп пен мамандардың көмегін жүйелі түрде ұйымдастыру құралы.</p>",
                        "ru": "<p>Приказом № 61 от 3 марта 2023 года утверждены методические рекомендации по <b>внутришкольному учёту</b> детей, которые должны быть охвачены профилактической работой. Учёт – это не наказание и не «чёрный список». Это инструмент, позволяющий вовремя заметить трудности ребёнка и системно организовать ему помощь школы и специалистов.</p>",
                        "en": "<p>Order No. 61 of 3 March 2023 approved methodological recommendations on the <b>intra-school registration</b> of children who should receive preventive support. Registration is neither a punishment nor a “blacklist”. It is a tool for noticing a child's difficulties in time and organising help from the school and specialists systematically.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Профилактикалық жұмысты кімдер қажет етуі мүмкін",
                        "ru": "Кому может понадобиться профилактическая работа",
                        "en": "Who may need preventive work",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Мысалы, жүйелі түрде себепсіз сабақ қалдыратын, мектеп ережесін қайта-қайта бұзатын, құқық бұзушылық жасаған немесе полиция есебінде тұрған, сондай-ақ отбасы қиын өмірлік жағдайда жүрген балалар. Есепке алу негіздерінің нақты тізбесі әдістемелік ұсынымдарда берілген – ресми мәтінге сүйеніңіз.</p>",
                        "ru": "<p>Например, дети, которые систематически пропускают уроки без уважительной причины, неоднократно нарушают устав школы, совершили правонарушение или состоят на учёте в полиции, а также дети из семей в трудной жизненной ситуации. Точный перечень оснований для учёта дан в методических рекомендациях – опирайтесь на официальный текст.</p>",
                        "en": "<p>For example, children who systematically miss lessons without a valid reason, repeatedly break school rules, have committed an offence or are registered with the police, and children whose families are in a difficult life situation. The exact list of grounds is given in the methodological recommendations – rely on the official text.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Тәртіп бұзу көбіне белгі ғана: оның астарында буллинг, отбасындағы зорлық-зомбылық, оқудағы қиындық немесе психологиялық күйзеліс жатуы мүмкін. Есепке алу себепті анықтап, көмекті соған бағыттау үшін қажет.</p>",
                            "ru": "<p>Нарушение дисциплины часто лишь симптом: за ним может стоять буллинг, насилие в семье, трудности в учёбе или психологическое неблагополучие. Учёт нужен, чтобы выяснить причину и направить помощь именно на неё.</p>",
                            "en": "<p>Misbehaviour is often just a symptom: behind it may be bullying, violence at home, learning difficulties or psychological distress. Registration exists to find the cause and direct help at it.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сыныбыңыздағы «қиын» деп саналатын бір баланы ойлаңыз (атын атамай). Оның мінез-құлқының астарында қандай себептер жатуы мүмкін?",
                            "ru": "Подумайте об одном ребёнке в вашем классе, которого считают «трудным» (без имени). Какие причины могут стоять за его поведением?",
                            "en": "Think of one child in your class who is seen as “difficult” (no names). What causes might lie behind their behaviour?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "registration-procedure",
            "title": {
                "kk": "Есепке алудан есептен шығаруға дейін",
                "ru": "От постановки на учёт до снятия с учёта",
                "en": "From registration to removal from the register",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Нақты тәртіпті № 61 бұйрықпен бекітілген әдістемелік ұсынымдар мен мектептің ішкі актісі айқындайды. Жалпы алғанда, жұмыс мынадай циклмен жүреді:</p><ul><li><b>Анықтау.</b> Сынып жетекшісі, пән мұғалімі, психолог немесе әлеуметтік педагог қиындықты байқайды.</li><li><b>Ақпарат жинау.</b> Баланың оқуы, сабаққа қатысуы, денсаулығы, отбасылық жағдайы, мықты жақтары туралы деректер.</li><li><b>Ата-анамен жұмыс.</b> Ата-ана (заңды өкіл) хабардар етіліп, жұмысқа тартылады.</li><li><b>Алқалы шешім.</b> Есепке алу туралы шешімді бір педагог емес, мектептің уәкілетті алқалы органы қабылдайды.</li><li><b>Жеке профилактикалық жоспар.</b> Мақсаттар, шаралар, жауаптылар мен мерзімдер.</li><li><b>Қадағалау және шолу.</b> Нәтиже тұрақты түрде талданып, жоспар түзетіледі.</li><li><b>Есептен шығару.</b> Мақсаттарға қол жеткізілгенде бала есептен шығарылады.</li></ul>",
                        "ru": "<p>Конкретный порядок определяют методические рекомендации, утверждённые приказом № 61, и внутренний акт школы. В общем виде работа идёт по циклу:</p><ul><li><b>Выявление.</b> Классный руководитель, учитель-предметник, психолог или социальный педагог замечает трудности.</li><li><b>Сбор информации.</b> Данные об учёбе, посещаемости, здоровье, семейной ситуации и сильных сторонах ребёнка.</li><li><b>Работа с родителями.</b> Родители (законные представители) информируются и вовлекаются в работу.</li><li><b>Коллегиальное решение.</b> Решение о постановке на учёт принимает не один педагог, а уполномоченный коллегиальный орган школы.</li><li><b>Индивидуальный план профилактики.</b> Цели, мероприятия, ответственные и сроки.</li><li><b>Сопровождение и пересмотр.</b> Результаты регулярно анализируются, план корректируется.</li><li><b>Снятие с учёта.</b> Когда цели достигнуты, ребёнка снимают с учёта.</li></ul>",
                        "en": "<p>The exact procedure is set by the methodological recommendations approved by Order No. 61 and by the school's internal rules. In general terms the work follows a cycle:</p><ul><li><b>Identification.</b> The form tutor, a subject teacher, the psychologist or the social pedagogue notices difficulties.</li><li><b>Gathering information.</b> Data on the child's learning, attendance, health, family situation and strengths.</li><li><b>Working with parents.</b> The parents (legal representatives) are informed and involved.</li><li><b>A collective decision.</b> Registration is decided not by one teacher but by the school's authorised collective body.</li><li><b>An individual prevention plan.</b> Goals, activities, responsible staff and deadlines.</li><li><b>Monitoring and review.</b> Results are analysed regularly and the plan adjusted.</li><li><b>Removal from the register.</b> When the goals are reached, the child is taken off the register.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Есептен шығару да – маңызды қадам. Баланы жылдар бойы есепте «ұмытып» қою оның мектептегі беделіне нұқсан келтіреді және жұмыстың нәтижесіздігін көрсетеді.</p>",
                            "ru": "<p>Снятие с учёта – тоже важный шаг. Если ребёнка годами «забывают» на учёте, это вредит его репутации в школе и говорит о неэффективности работы.</p>",
                            "en": "<p>Removal from the register is an important step too. Leaving a child “forgotten” on the register for years harms their standing at school and shows that the work is not effective.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Мектебіңізде есепте тұрған балаларды есептен шығару қаншалықты жиі болады? Мұны не қиындатады?",
                            "ru": "Как часто в вашей школе детей снимают с учёта? Что этому мешает?",
                            "en": "How often are children taken off the register in your school? What gets in the way?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "case-management",
            "title": {
                "kk": "Кейс-менеджмент технологиясы",
                "ru": "Технология кейс-менеджмента",
                "en": "Case management",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Кейс-менеджмент</b> – әр баламен және оның отбасымен жеке жұмыс жүргізу технологиясы. Министрлік девиантты мінез-құлқы бар балаларға арналған арнайы ұйымдарды осы технология арқылы трансформациялауды қолға алуда; оның қағидаттары мектепте де тиімді.</p>",
                        "ru": "<p><b>Кейс-менеджмент</b> – технология индивидуальной работы с каждым ребёнком и его семьёй. Министерство приступает к трансформации специальных организаций для детей с девиантным поведением на основе этой технологии; её принципы эффективны и в школе.</p>",
                        "en": "<p><b>Case management</b> is a way of working individually with each child and their family. The ministry is starting to transform special organisations for children with deviant behaviour on this basis, and its principles work in schools too.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Кейс-менеджменттің кезеңдері",
                        "ru": "Этапы кейс-менеджмента",
                        "en": "Stages of case management",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Кейс-менеджерді тағайындау</b> – барлық әрекетті үйлестіретін бір жауапты маман (көбіне әлеуметтік педагог немесе психолог).</li><li><b>Қажеттіліктер мен ресурстарды бағалау</b> – тек проблемаларды емес, баланың мықты жақтарын, қызығушылықтарын, оны қолдайтын адамдарды да анықтау.</li><li><b>Жоспар құру</b> – баламен және отбасымен бірге нақты, өлшенетін мақсаттар қою.</li><li><b>Қызметтерді үйлестіру</b> – мектеп, денсаулық сақтау, әлеуметтік қорғау, қосымша білім беру.</li><li><b>Мониторинг</b> – келісілген мерзімде нәтижені тексеру.</li><li><b>Кейсті жабу</b> – мақсатқа жеткенде, отбасы өз бетінше қиындықты жеңе алатындай болғанда.</li></ul>",
                        "ru": "<ul><li><b>Назначение кейс-менеджера</b> – одного ответственного специалиста, координирующего все действия (чаще социального педагога или психолога).</li><li><b>Оценка потребностей и ресурсов</b> – выявляются не только проблемы, но и сильные стороны ребёнка, его интересы, люди, которые его поддерживают.</li><li><b>Составление плана</b> – конкретные измеримые цели, поставленные вместе с ребёнком и семьёй.</li><li><b>Координация услуг</b> – школа, здравоохранение, социальная защита, дополнительное образование.</li><li><b>Мониторинг</b> – проверка результата в согласованные сроки.</li><li><b>Закрытие кейса</b> – когда цели достигнуты и семья может справляться сама.</li></ul>",
                        "en": "<ul><li><b>Appoint a case manager</b> – one responsible specialist who coordinates all actions (usually the social pedagogue or psychologist).</li><li><b>Assess needs and resources</b> – identify not only problems but the child's strengths, interests and the people who support them.</li><li><b>Make a plan</b> – concrete, measurable goals agreed with the child and family.</li><li><b>Coordinate services</b> – school, health, social protection, extracurricular education.</li><li><b>Monitor</b> – check results at agreed dates.</li><li><b>Close the case</b> – when the goals are met and the family can cope on its own.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Жақсы мақсаттың мысалы: «Екі ай ішінде бала аптасына кемінде бір рет спорт үйірмесіне қатысады». Нашар мақсат: «Баланың мінез-құлқы жақсарады».</p>",
                            "ru": "<p>Пример хорошей цели: «В течение двух месяцев ребёнок посещает спортивную секцию не реже одного раза в неделю». Плохая цель: «Поведение ребёнка улучшится».</p>",
                            "en": "<p>A good goal: “For two months the child attends a sports club at least once a week”. A poor goal: “The child's behaviour will improve”.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Профилактикалық жоспардағы бір мақсатты нақты әрі өлшенетін етіп қайта жазып көріңіз.",
                            "ru": "Перепишите одну цель из плана профилактики так, чтобы она стала конкретной и измеримой.",
                            "en": "Rewrite one goal from a prevention plan so that it becomes concrete and measurable.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "records-and-ethics",
            "title": {
                "kk": "Құжаттама, құпиялылық және этика",
                "ru": "Документация, конфиденциальность и этика",
                "en": "Records, confidentiality and ethics",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Есепке алу құжаттарында баланың және отбасының дербес деректері болады. Оларды өңдеу «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына сәйкес жүзеге асырылады.</p><ul><li>Ақпаратқа тек баламен жұмыс істейтін мамандар ғана қол жеткізеді.</li><li>Құжаттар қауіпсіз сақталады; жеке деректерді мессенджер арқылы жібермеңіз.</li><li>Жазбаларда фактілер мен бақылауларды жазыңыз, «бұзық», «үміт жоқ» сияқты бағалаушы жапсырмаларды қолданбаңыз.</li><li>Баланың есепте тұрғанын сыныпта немесе ата-аналар жиналысында жарияламаңыз.</li></ul>",
                        "ru": "<p>Документы учёта содержат персональные данные ребёнка и семьи. Их обработка ведётся в соответствии с Законом Республики Казахстан «О персональных данных и их защите».</p><ul><li>Доступ к информации имеют только специалисты, работающие с ребёнком.</li><li>Документы хранятся надёжно; не пересылайте персональные данные через мессенджеры.</li><li>В записях фиксируйте факты и наблюдения, не используйте оценочные ярлыки вроде «хулиган», «безнадёжный».</li><li>Не объявляйте в классе или на родительском собрании, что ребёнок состоит на учёте.</li></ul>",
                        "en": "<p>Registration records contain the personal data of the child and family. They are processed in accordance with the Law of the Republic of Kazakhstan on Personal Data and Their Protection.</p><ul><li>Only the specialists working with the child have access.</li><li>Records are stored securely; never send personal data over messengers.</li><li>Record facts and observations; avoid judgemental labels such as “troublemaker” or “hopeless”.</li><li>Never announce in class or at a parents' meeting that a child is on the register.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Стигмасыз қолдау",
                        "ru": "Поддержка без стигмы",
                        "en": "Support without stigma",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Есепте тұрған бала көбіне өзіне «қиын» деген көзқарасты сезеді және соған сай әрекет ете бастайды. Сондықтан онымен жұмыста оның жетістіктерін байқап, сыныптағы рөлін (жауапты тапсырма, үйірме, спорт) күшейтіп, жаңа бастауға мүмкіндік беру маңызды. Министрлік мамандардың жұмысын цифрландыруды да ұсынады – бұл есеп жүргізуді жеңілдетеді, бірақ деректерді қорғау талаптарын күшейтеді.</p>",
                        "ru": "<p>Ребёнок на учёте часто чувствует отношение к себе как к «трудному» и начинает ему соответствовать. Поэтому в работе с ним важно замечать его успехи, укреплять его роль в классе (ответственное поручение, кружок, спорт) и давать шанс начать заново. Министерство также предлагает цифровизировать работу специалистов – это упрощает учёт, но повышает требования к защите данных.</p>",
                        "en": "<p>A registered child often senses being seen as “difficult” and starts living up to it. So it matters to notice their successes, strengthen their role in class (a responsible task, a club, sport) and give them a fresh start. The ministry also proposes digitalising specialists' work – this makes record-keeping easier but raises the bar for data protection.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Құпиялылық баланың өміріне қауіп төнгенде шектеледі: мұндай жағдайда ақпарат алгоритмге сәйкес уәкілетті органдарға дереу беріледі.</p>",
                            "ru": "<p>Конфиденциальность ограничена, когда есть угроза жизни ребёнка: в этом случае информация немедленно передаётся уполномоченным органам согласно алгоритму.</p>",
                            "en": "<p>Confidentiality has limits when a child's life is at risk: the information is then passed at once to the competent bodies under the algorithm.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіз жүргізетін жазбаларда (мінездеме, хаттама, чаттағы хабарлама) бағалаушы сөздер кездесе ме? Бір сөйлемді фактіге сүйеніп қайта жазыңыз.",
                            "ru": "Встречаются ли в ваших записях (характеристика, протокол, сообщение в чате) оценочные слова? Перепишите одно предложение, опираясь на факты.",
                            "en": "Do your notes (a reference, minutes, a chat message) contain judgemental words? Rewrite one sentence so that it states facts.",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "5-модуль бойынша тест: мектепішілік есепке алу",
            "ru": "Тест по модулю 5: внутришкольный учёт",
            "en": "Module 5 test: intra-school registration",
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
                    "kk": "Мектепішілік есепке алу бойынша әдістемелік ұсынымдар қай құжатпен бекітілді?",
                    "ru": "Каким документом утверждены методические рекомендации по внутришкольному учёту?",
                    "en": "Which document approved the methodological recommendations on intra-school registration?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Оқу-ағарту министрлігінің 2023 жылғы 3 наурыздағы № 61 бұйрығы",
                            "ru": "Приказ Министерства просвещения от 3 марта 2023 года № 61",
                            "en": "Order No. 61 of the Ministry of Education of 3 March 2023",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Әкімшілік құқық бұзушылық туралы кодекстің 127-бабы",
                            "ru": "Статья 127 Кодекса об административных правонарушениях",
                            "en": "Article 127 of the Code of Administrative Offences",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Бала құқықтары туралы конвенцияның 19-бабы",
                            "ru": "Статья 19 Конвенции о правах ребёнка",
                            "en": "Article 19 of the Convention on the Rights of the Child",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Ұсынымдар 2023 жылғы 3 наурыздағы № 61 бұйрықпен бекітілген.",
                    "ru": "Рекомендации утверждены приказом № 61 от 3 марта 2023 года.",
                    "en": "The recommendations were approved by Order No. 61 of 3 March 2023.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Мектепішілік есепке алу – тәртіп бұзған оқушыға қолданылатын жаза.",
                    "ru": "Внутришкольный учёт – это наказание для ученика, нарушившего дисциплину.",
                    "en": "Intra-school registration is a punishment for a pupil who has misbehaved.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Есепке алу – жаза емес, балаға жүйелі көмек ұйымдастыру құралы.",
                    "ru": "Учёт – не наказание, а инструмент системной помощи ребёнку.",
                    "en": "Registration is not a punishment but a tool for organising systematic help for the child.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Есепке алу құжаттарымен жұмыс істегенде қандай талаптар дұрыс?",
                    "ru": "Какие требования верны при работе с документами учёта?",
                    "en": "Which rules are correct when handling registration records?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Ақпаратқа тек баламен жұмыс істейтін мамандар қол жеткізеді",
                            "ru": "Доступ к информации имеют только специалисты, работающие с ребёнком",
                            "en": "Only specialists working with the child have access",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Жазбаларда бағалаушы жапсырмалардың орнына фактілер жазылады",
                            "ru": "В записях фиксируются факты, а не оценочные ярлыки",
                            "en": "Records state facts rather than judgemental labels",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Есептегі балалардың тізімі ата-аналар чатында жарияланады",
                            "ru": "Список детей на учёте публикуется в родительском чате",
                            "en": "The list of registered children is posted in the parents' chat",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Дербес деректерді өңдеу заңға сәйкес жүзеге асырылады",
                            "ru": "Персональные данные обрабатываются в соответствии с законом",
                            "en": "Personal data are processed in accordance with the law",
                        },
                        "correct": True,
                    },
                ],
                "explanation": {
                    "kk": "Құпиялылық, фактіге сүйену және заңды сақтау – міндетті талаптар. Тізімді жариялау баланы стигматизациялайды және дербес деректер туралы заңды бұзады.",
                    "ru": "Конфиденциальность, опора на факты и соблюдение закона обязательны. Публикация списка стигматизирует ребёнка и нарушает закон о персональных данных.",
                    "en": "Confidentiality, factual records and compliance with the law are mandatory. Publishing a list stigmatises children and breaks data-protection law.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Кейс-менеджмент кезеңін оның мазмұнымен сәйкестендіріңіз.",
                    "ru": "Сопоставьте этап кейс-менеджмента и его содержание.",
                    "en": "Match each stage of case management with its content.",
                },
                "pairs": [
                    {
                        "left": {"kk": "Бағалау", "ru": "Оценка", "en": "Assessment"},
                        "right": {
                            "kk": "Қажеттіліктер мен мықты жақтарды анықтау",
                            "ru": "Выявление потребностей и сильных сторон",
                            "en": "Identifying needs and strengths",
                        },
                    },
                    {
                        "left": {"kk": "Жоспарлау", "ru": "Планирование", "en": "Planning"},
                        "right": {
                            "kk": "Отбасымен бірге өлшенетін мақсаттар қою",
                            "ru": "Постановка измеримых целей вместе с семьёй",
                            "en": "Setting measurable goals with the family",
                        },
                    },
                    {
                        "left": {"kk": "Мониторинг", "ru": "Мониторинг", "en": "Monitoring"},
                        "right": {
                            "kk": "Келісілген мерзімде нәтижені тексеру",
                            "ru": "Проверка результата в согласованные сроки",
                            "en": "Checking results at agreed dates",
                        },
                    },
                    {
                        "left": {
                            "kk": "Кейсті жабу",
                            "ru": "Закрытие кейса",
                            "en": "Closing the case",
                        },
                        "right": {
                            "kk": "Мақсаттарға қол жеткізілгенде жұмысты аяқтау",
                            "ru": "Завершение работы после достижения целей",
                            "en": "Ending the work once the goals are met",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Кейс-менеджмент – бағалаудан жабуға дейінгі тұйық цикл, оны бір жауапты кейс-менеджер үйлестіреді.",
                    "ru": "Кейс-менеджмент – замкнутый цикл от оценки до закрытия, который координирует один ответственный кейс-менеджер.",
                    "en": "Case management is a closed cycle from assessment to closure, coordinated by one responsible case manager.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Жеке профилактикалық жоспардағы мақсаттардың қайсысы дұрыс тұжырымдалған?",
                    "ru": "Какая цель индивидуального плана профилактики сформулирована правильно?",
                    "en": "Which goal of an individual prevention plan is well formulated?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Бір тоқсан ішінде себепсіз сабақ қалдыру айына екі реттен аспайды",
                            "ru": "В течение четверти пропуски без причины – не более двух в месяц",
                            "en": "Over one term, no more than two unexcused absences a month",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бала жақсы бала болады",
                            "ru": "Ребёнок станет хорошим",
                            "en": "The child will become good",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Баланың мінез-құлқы жақсарады",
                            "ru": "Поведение ребёнка улучшится",
                            "en": "The child's behaviour will improve",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Дұрыс мақсат нақты, өлшенетін және мерзімі белгіленген болады.",
                    "ru": "Правильная цель конкретна, измерима и ограничена сроком.",
                    "en": "A good goal is specific, measurable and time-bound.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Баланы есепке алу туралы шешімді бір мұғалім өз бетінше қабылдамайды; оны мектептің уәкілетті алқалы органы қабылдайды.",
                    "ru": "Решение о постановке ребёнка на учёт не принимает один учитель единолично – его принимает уполномоченный коллегиальный орган школы.",
                    "en": "A single teacher does not decide alone to register a child; the school's authorised collective body does.",
                },
                "answer": True,
                "explanation": {
                    "kk": "Алқалы шешім біржақтылықты азайтады және баланың мүддесін қорғайды.",
                    "ru": "Коллегиальное решение снижает субъективность и защищает интересы ребёнка.",
                    "en": "A collective decision reduces bias and protects the child's interests.",
                },
            },
        ],
    },
}
