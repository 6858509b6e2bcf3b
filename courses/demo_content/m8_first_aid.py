"""Module 8: psychological first aid and referral."""

MODULE = {
    "slug": "psychological-first-aid",
    "title": {
        "kk": "Алғашқы психологиялық көмек және көмекке жолдау",
        "ru": "Первая психологическая помощь и перенаправление",
        "en": "Psychological first aid and referral",
    },
    "intro": {
        "kk": "Модуль дағдарыстағы балаға алғашқы психологиялық көмек көрсетуді, оны мамандар мен көмек қызметтеріне (111, balaqorgaubot2.0, «balaqorgau») жолдауды және педагогтің өз күшін сақтауын қарастырады.",
        "ru": "Модуль посвящён первой психологической помощи ребёнку в кризисе, его перенаправлению к специалистам и службам помощи (111, balaqorgaubot2.0, «balaqorgau») и сохранению сил самого педагога.",
        "en": "The module covers psychological first aid for a child in crisis, referral to specialists and help services (111, balaqorgaubot2.0, balaqorgau), and looking after the teacher's own well-being.",
    },
    "lessons": [
        {
            "slug": "pfa-principles",
            "title": {
                "kk": "Алғашқы психологиялық көмектің қағидаттары",
                "ru": "Принципы первой психологической помощи",
                "en": "Principles of psychological first aid",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Алғашқы психологиялық көмек</b> – ауыр оқиғаны бастан кешкен адамға көрсетілетін адами, қолдаушы және практикалық көмек. Бұл – психотерапия емес және оны арнайы дайындығы бар психолог қана көрсетеді деген сөз емес: оны кез келген педагог үйрене алады. Халықаралық тәжірибеде оның үш әрекеті бөлініп көрсетіледі:</p><ul><li><b>Қара</b> – қауіпсіздікті бағала: балаға тікелей қауіп бар ма, шұғыл медициналық көмек қажет пе, кім қатты күйзелісте?</li><li><b>Тыңда</b> – жақында, өзіңді таныстыр, сабырмен тыңда, баланы сөйлеуге мәжбүрлеме.</li><li><b>Байланыстыр</b> – баланы қажетті көмекпен, жақындарымен және ақпаратпен байланыстыр.</li></ul>",
                        "ru": "<p><b>Первая психологическая помощь</b> – гуманная, поддерживающая и практическая помощь человеку, пережившему тяжёлое событие. Это не психотерапия, и оказывать её может не только психолог: ей может научиться любой педагог. В международной практике выделяют три действия:</p><ul><li><b>Смотреть</b> – оценить безопасность: угрожает ли ребёнку опасность, нужна ли срочная медицинская помощь, кто в тяжёлом стрессе?</li><li><b>Слушать</b> – подойти, представиться, спокойно выслушать, не заставлять ребёнка говорить.</li><li><b>Связывать</b> – связать ребёнка с нужной помощью, близкими и информацией.</li></ul>",
                        "en": "<p><b>Psychological first aid</b> is humane, supportive and practical help for someone who has been through a distressing event. It is not psychotherapy, and it is not only for psychologists: any teacher can learn it. International practice highlights three actions:</p><ul><li><b>Look</b> – check safety: is the child in danger, is urgent medical help needed, who is in severe distress?</li><li><b>Listen</b> – approach, introduce yourself, listen calmly, do not press the child to talk.</li><li><b>Link</b> – connect the child with the help they need, with their loved ones and with information.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Алғашқы психологиялық көмектің мақсаты – «мәселені шешу» емес, баланың қауіпсіздігін, тыныштығын және өзін қолдаушы адамдармен байланысын қалпына келтіру.</p>",
                            "ru": "<p>Цель первой психологической помощи – не «решить проблему», а восстановить безопасность, спокойствие ребёнка и его связь с поддерживающими людьми.</p>",
                            "en": "<p>The aim of psychological first aid is not to “solve the problem” but to restore the child's safety, calm and connection with supportive people.</p>",
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Не істемеу керек",
                        "ru": "Чего не делать",
                        "en": "What not to do",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Баладан оқиғаны егжей-тегжейлі айтып беруді талап етпеңіз.</li><li>«Бәрі жақсы болады», «Жылама» деген сияқты жұбатуға асықпаңыз.</li><li>Орындай алмайтын уәде бермеңіз.</li><li>Баланы жалғыз қалдырмаңыз, егер оған қауіп төнсе.</li></ul>",
                        "ru": "<ul><li>Не требуйте от ребёнка подробного рассказа о случившемся.</li><li>Не спешите с утешениями вроде «Всё будет хорошо», «Не плачь».</li><li>Не давайте обещаний, которые не сможете выполнить.</li><li>Не оставляйте ребёнка одного, если ему угрожает опасность.</li></ul>",
                        "en": "<ul><li>Do not ask the child for a detailed account of what happened.</li><li>Do not rush to reassure with “Everything will be fine” or “Don't cry”.</li><li>Do not make promises you cannot keep.</li><li>Do not leave the child alone if they are in danger.</li></ul>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "«Қара, тыңда, байланыстыр» қадамдарының қайсысы сізге ең оңай, қайсысы ең қиын? Неліктен?",
                            "ru": "Какой из шагов «смотреть, слушать, связывать» даётся вам легче всего, а какой труднее всего? Почему?",
                            "en": "Which of the steps look, listen and link comes easiest to you, and which is hardest? Why?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "pfa-in-school",
            "title": {
                "kk": "Мектептегі дағдарыстық жағдайлар",
                "ru": "Кризисные ситуации в школе",
                "en": "Crisis situations at school",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Мектепте алғашқы психологиялық көмек түрлі жағдайда қажет болуы мүмкін: төбелестен кейін, бала қатты үрейленгенде, жақынынан айырылғаны туралы хабар келгенде, сыныпта қайғылы оқиға болғанда.</p>",
                        "ru": "<p>В школе первая психологическая помощь может понадобиться в разных ситуациях: после драки, при сильной панике у ребёнка, при известии о смерти близкого, после трагического события в классе.</p>",
                        "en": "<p>At school, psychological first aid may be needed in many situations: after a fight, when a child panics, on news of a loved one's death, after a tragic event in the class.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Баланы тыныштандыру тәсілдері",
                        "ru": "Приёмы, помогающие ребёнку успокоиться",
                        "en": "Techniques to help a child calm down",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Тыныш орын:</b> баланы көпшіліктен алыс, қауіпсіз жерге апарыңыз.</li><li><b>Баяу тыныс:</b> бірге төртке дейін санап дем алып, төртке дейін санап дем шығару.</li><li><b>«5-4-3-2-1» тәсілі:</b> айналадан көретін 5 затты, еститін 4 дыбысты, сезетін 3 нәрсені, иіс сезетін 2 нәрсені және дәм сезетін 1 нәрсені атау – ойды осы сәтке қайтарады.</li><li><b>Қарапайым қажеттіліктер:</b> су, жылы киім, демалуға мүмкіндік.</li><li><b>Жақындарымен байланыс:</b> ата-анасына немесе сенімді ересекке хабарласуға көмектесу (егер олар қауіптің көзі болмаса).</li></ul>",
                        "ru": "<ul><li><b>Тихое место:</b> отведите ребёнка в безопасное место подальше от толпы.</li><li><b>Медленное дыхание:</b> вместе вдох на счёт четыре и выдох на счёт четыре.</li><li><b>Приём «5-4-3-2-1»:</b> назвать 5 вещей, которые видишь, 4 звука, которые слышишь, 3 ощущения, 2 запаха и 1 вкус – это возвращает внимание в настоящий момент.</li><li><b>Простые потребности:</b> вода, тёплая одежда, возможность отдохнуть.</li><li><b>Связь с близкими:</b> помочь связаться с родителями или доверенным взрослым (если они не источник опасности).</li></ul>",
                        "en": "<ul><li><b>A quiet place:</b> take the child somewhere safe, away from the crowd.</li><li><b>Slow breathing:</b> breathe in together for a count of four and out for a count of four.</li><li><b>The 5-4-3-2-1 technique:</b> name 5 things you can see, 4 you can hear, 3 you can feel, 2 you can smell and 1 you can taste – it brings attention back to the present.</li><li><b>Basic needs:</b> water, warm clothing, a chance to rest.</li><li><b>Contact with loved ones:</b> help the child reach a parent or trusted adult (unless they are the source of danger).</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Алғашқы көмектен кейін міндетті түрде педагог-психологқа хабарлаңыз және болған жағдайды мектеп тәртібіне сәйкес тіркеңіз. Зорлық-зомбылық белгілері анықталса – ведомствоаралық алгоритм бойынша әрекет етіңіз.</p>",
                            "ru": "<p>После первой помощи обязательно сообщите педагогу-психологу и зафиксируйте произошедшее по порядку, принятому в школе. Если выявлены признаки насилия – действуйте по межведомственному алгоритму.</p>",
                            "en": "<p>After first aid, always inform the teacher-psychologist and record what happened according to school procedure. If there are signs of violence, follow the inter-agency algorithm.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сабақ кезінде бір оқушы кенет жылап, қатты үрейленді. Алғашқы бес минуттағы әрекеттеріңізді сипаттаңыз.",
                            "ru": "Во время урока ученик внезапно расплакался и сильно испугался. Опишите свои действия в первые пять минут.",
                            "en": "During a lesson a pupil suddenly bursts into tears in a panic. Describe what you do in the first five minutes.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "referral-routes",
            "title": {
                "kk": "Көмекке жолдау бағыттары",
                "ru": "Маршруты перенаправления",
                "en": "Referral routes",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Мұғалім барлық мәселені өзі шешпейді – ол баланы керекті көмекпен дер кезінде байланыстырады. Әр педагог келесі көмек көздерін білуі және балалар мен ата-аналарға айта алуы керек.</p>",
                        "ru": "<p>Учитель не решает всё сам – он вовремя связывает ребёнка с нужной помощью. Каждый педагог должен знать следующие источники помощи и уметь рассказать о них детям и родителям.</p>",
                        "en": "<p>A teacher does not solve everything alone – they connect the child with the right help in time. Every teacher should know these sources of help and be able to tell children and parents about them.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Мектеп ішінде және сыртында",
                        "ru": "Внутри школы и за её пределами",
                        "en": "Inside and outside the school",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Мектепте:</b> педагог-психолог, әлеуметтік педагог, сынып жетекшісі, мектеп басшылығы, медициналық қызметкер.</li><li><b>111</b> – балалар мен отбасыларға арналған байланыс орталығы.</li><li><b>balaqorgaubot2.0</b> – балаларға жедел психологиялық және құқықтық көмек көрсететін чат-бот.</li><li><b>«balaqorgau» веб-сайты</b> – көмек алу жолдары туралы ақпарат.</li><li><b>Өңірлік call-орталықтар</b> – барлық өңірлерде білім басқармалары жанында жұмыс істейді.</li><li><b>112</b> – өмірге тікелей қауіп төнгенде шұғыл қызметтер.</li></ul>",
                        "ru": "<ul><li><b>В школе:</b> педагог-психолог, социальный педагог, классный руководитель, руководство школы, медицинский работник.</li><li><b>111</b> – контакт-центр для детей и семей.</li><li><b>balaqorgaubot2.0</b> – чат-бот экстренной психологической и правовой помощи детям.</li><li><b>Веб-сайт «balaqorgau»</b> – информация о том, где получить помощь.</li><li><b>Региональные call-центры</b> – работают при управлениях образования во всех регионах.</li><li><b>112</b> – экстренные службы при непосредственной угрозе жизни.</li></ul>",
                        "en": "<ul><li><b>At school:</b> the teacher-psychologist, the social pedagogue, the form tutor, the school leadership, the school nurse or doctor.</li><li><b>111</b> – the contact centre for children and families.</li><li><b>balaqorgaubot2.0</b> – a chat-bot offering urgent psychological and legal help to children.</li><li><b>The balaqorgau web site</b> – information on where to get help.</li><li><b>Regional call centres</b> – run by the education departments in every region.</li><li><b>112</b> – emergency services when life is in immediate danger.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Көмекке жолдағанда баланы «нөмірмен» жалғыз қалдырмаңыз: мүмкін болса, психологқа бірге барыңыз немесе қоңырауды бірге шалыңыз, кейін баладан жағдайын сұраңыз.</p>",
                            "ru": "<p>Перенаправляя ребёнка, не оставляйте его один на один с «номером телефона»: по возможности сходите к психологу вместе или позвоните вместе, а потом спросите ребёнка, как он.</p>",
                            "en": "<p>When referring a child, don't just hand over a phone number: if possible, go to the psychologist together or make the call together, and check in with the child afterwards.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Өз өңіріңіздің call-орталығының және мектеп психологының байланыс деректерін білесіз бе? Оларды балалар көре алатын жерге қалай орналастырар едіңіз?",
                            "ru": "Знаете ли вы контакты call-центра вашего региона и школьного психолога? Как бы вы разместили их там, где их увидят дети?",
                            "en": "Do you know the contacts of your region's call centre and the school psychologist? How would you display them where children will see them?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "teacher-self-care",
            "title": {
                "kk": "Педагогтің өзін-өзі қолдауы",
                "ru": "Забота педагога о себе",
                "en": "Teacher self-care",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Зорлық-зомбылық, буллинг және суицид тақырыптарымен жұмыс педагогке де ауыр тиеді. Басқалардың жарақатын тыңдау шаршау, ұйқысыздық, ашушаңдық немесе немқұрайлылық түрінде көрінетін <b>кәсіби күйзеліске</b> және <b>эмоционалдық күйіп-жануға</b> әкелуі мүмкін.</p>",
                        "ru": "<p>Работа с темами насилия, буллинга и суицида тяжела и для педагога. Соприкосновение с чужой травмой может привести к <b>профессиональному стрессу</b> и <b>эмоциональному выгоранию</b>, которые проявляются усталостью, бессонницей, раздражительностью или безразличием.</p>",
                        "en": "<p>Working with violence, bullying and suicide weighs on teachers too. Hearing about others' trauma can lead to <b>occupational stress</b> and <b>burnout</b>, which show up as fatigue, sleeplessness, irritability or indifference.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Күшті сақтау тәсілдері",
                        "ru": "Как сохранить силы",
                        "en": "How to keep your strength",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Жалғыз көтермеңіз:</b> ауыр жағдайларды психологпен, әріптестермен, басшылықпен талқылаңыз (құпиялылықты сақтай отырып).</li><li><b>Шекара қойыңыз:</b> сіздің рөліңіз – байқау, қолдау және байланыстыру; емдеу мен тергеу – мамандардың ісі.</li><li><b>Қалпына келу:</b> ұйқы, қозғалыс, жақындармен уақыт, жұмыстан тыс қызығушылық.</li><li><b>Көмек сұраңыз:</b> күйзеліс ұзаққа созылса, маманға жүгіну – әлсіздік емес.</li></ul>",
                        "ru": "<ul><li><b>Не несите в одиночку:</b> обсуждайте тяжёлые случаи с психологом, коллегами, руководством (соблюдая конфиденциальность).</li><li><b>Обозначьте границы:</b> ваша роль – заметить, поддержать и связать с помощью; лечение и расследование – дело специалистов.</li><li><b>Восстановление:</b> сон, движение, время с близкими, интересы вне работы.</li><li><b>Просите о помощи:</b> если стресс затягивается, обращение к специалисту – не слабость.</li></ul>",
                        "en": "<ul><li><b>Don't carry it alone:</b> discuss hard cases with the psychologist, colleagues or leadership (respecting confidentiality).</li><li><b>Set boundaries:</b> your role is to notice, support and connect; treatment and investigation belong to specialists.</li><li><b>Recover:</b> sleep, exercise, time with loved ones, interests outside work.</li><li><b>Ask for help:</b> if stress lasts, seeing a specialist is not a weakness.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Сабырлы, өзіне сенімді ересек – баланың қауіпсіздігінің ең маңызды ресурсы. Өзіңізге қамқорлық жасау – балаларға қамқорлықтың бір бөлігі.</p>",
                            "ru": "<p>Спокойный, уверенный взрослый – важнейший ресурс безопасности ребёнка. Забота о себе – часть заботы о детях.</p>",
                            "en": "<p>A calm, confident adult is the most important resource for a child's safety. Caring for yourself is part of caring for children.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Қиын жұмыс күнінен кейін сізге не көмектеседі? Келесі айға өзіңізді қолдаудың бір нақты әдетін жазыңыз.",
                            "ru": "Что помогает вам после трудного рабочего дня? Запишите одну конкретную привычку заботы о себе на следующий месяц.",
                            "en": "What helps you after a hard working day? Write down one concrete self-care habit for the coming month.",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "8-модуль бойынша тест: алғашқы психологиялық көмек",
            "ru": "Тест по модулю 8: первая психологическая помощь",
            "en": "Module 8 test: psychological first aid",
        },
        "pass_mark": 70,
        "attempt_limit": 3,
        "time_limit_minutes": None,
        "draw_count": 0,
        "shuffle_options": True,
        "questions": [
            {
                "kind": "matching",
                "text": {
                    "kk": "Алғашқы психологиялық көмектің әрекетін оның мазмұнымен сәйкестендіріңіз.",
                    "ru": "Сопоставьте действие первой психологической помощи и его содержание.",
                    "en": "Match each action of psychological first aid with what it involves.",
                },
                "pairs": [
                    {
                        "left": {"kk": "Қара", "ru": "Смотреть", "en": "Look"},
                        "right": {
                            "kk": "Қауіпсіздікті және шұғыл қажеттіліктерді бағалау",
                            "ru": "Оценить безопасность и срочные потребности",
                            "en": "Check safety and urgent needs",
                        },
                    },
                    {
                        "left": {"kk": "Тыңда", "ru": "Слушать", "en": "Listen"},
                        "right": {
                            "kk": "Сабырмен тыңдау, сөйлеуге мәжбүрлемеу",
                            "ru": "Спокойно выслушать, не заставляя говорить",
                            "en": "Listen calmly without pressing the child to talk",
                        },
                    },
                    {
                        "left": {"kk": "Байланыстыр", "ru": "Связывать", "en": "Link"},
                        "right": {
                            "kk": "Көмекпен, жақындармен және ақпаратпен байланыстыру",
                            "ru": "Связать с помощью, близкими и информацией",
                            "en": "Connect with help, loved ones and information",
                        },
                    },
                ],
                "explanation": {
                    "kk": "«Қара, тыңда, байланыстыр» – алғашқы психологиялық көмектің негізгі үш әрекеті.",
                    "ru": "«Смотреть, слушать, связывать» – три основных действия первой психологической помощи.",
                    "en": "Look, listen and link are the three core actions of psychological first aid.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Қазақстандағы балалар мен отбасыларға арналған байланыс орталығының нөмірі қандай?",
                    "ru": "Какой номер у контакт-центра для детей и семей в Казахстане?",
                    "en": "What is the number of the contact centre for children and families in Kazakhstan?",
                },
                "options": [
                    {"text": {"kk": "111", "ru": "111", "en": "111"}, "correct": True},
                    {"text": {"kk": "101", "ru": "101", "en": "101"}, "correct": False},
                    {"text": {"kk": "104", "ru": "104", "en": "104"}, "correct": False},
                ],
                "explanation": {
                    "kk": "111 – балалар мен отбасыларға арналған байланыс орталығы. Өмірге тікелей қауіп төнсе – 112.",
                    "ru": "111 – контакт-центр для детей и семей. При непосредственной угрозе жизни – 112.",
                    "en": "111 is the contact centre for children and families. In immediate danger to life, call 112.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Балаларға жедел психологиялық және құқықтық көмек алу үшін тезистерде қандай ресурстар аталған?",
                    "ru": "Какие ресурсы экстренной психологической и правовой помощи детям названы в тезисах?",
                    "en": "Which resources for urgent psychological and legal help for children are named in the theses?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "balaqorgaubot2.0 чат-боты",
                            "ru": "Чат-бот balaqorgaubot2.0",
                            "en": "The balaqorgaubot2.0 chat-bot",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "«balaqorgau» веб-сайты",
                            "ru": "Веб-сайт «balaqorgau»",
                            "en": "The balaqorgau web site",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Білім басқармалары жанындағы өңірлік call-орталықтар",
                            "ru": "Региональные call-центры при управлениях образования",
                            "en": "Regional call centres at education departments",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Ашық ата-аналар чаты",
                            "ru": "Открытый родительский чат",
                            "en": "An open parents' chat",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Чат-бот, веб-сайт және өңірлік call-орталықтар – ресми көмек арналары. Ашық чат көмек арнасы емес және баланың құпиялылығына қауіп төндіреді.",
                    "ru": "Чат-бот, веб-сайт и региональные call-центры – официальные каналы помощи. Открытый чат к ним не относится и угрожает конфиденциальности ребёнка.",
                    "en": "The chat-bot, web site and regional call centres are official help channels. An open chat is not, and it endangers the child's privacy.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Алғашқы психологиялық көмекті тек дипломы бар психолог көрсете алады.",
                    "ru": "Первую психологическую помощь может оказывать только психолог с дипломом.",
                    "en": "Only a qualified psychologist can give psychological first aid.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Алғашқы психологиялық көмек – психотерапия емес; оны кез келген дайындалған педагог көрсете алады.",
                    "ru": "Первая психологическая помощь – не психотерапия; её может оказать любой подготовленный педагог.",
                    "en": "Psychological first aid is not psychotherapy; any trained teacher can give it.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Қатты үрейленген баланы тыныштандыру үшін қай әрекет ең орынды?",
                    "ru": "Какое действие уместнее всего, чтобы успокоить сильно испуганного ребёнка?",
                    "en": "Which action is most appropriate to calm a badly frightened child?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Тыныш жерге апарып, бірге баяу тыныс алу",
                            "ru": "Отвести в тихое место и вместе медленно дышать",
                            "en": "Take them somewhere quiet and breathe slowly together",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Сыныптың алдында не болғанын толық айтып беруді сұрау",
                            "ru": "Попросить подробно рассказать о случившемся перед классом",
                            "en": "Ask them to describe what happened in front of the class",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "«Жылама, бәрі жақсы» деп сабақты жалғастыру",
                            "ru": "Сказать «Не плачь, всё хорошо» и продолжить урок",
                            "en": "Say “Don't cry, it's fine” and carry on with the lesson",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Қауіпсіз орын мен баяу тыныс күйзелісті азайтады. Көпшілік алдында сұрау мен сезімді елемеу жағдайды ушықтырады.",
                    "ru": "Безопасное место и медленное дыхание снижают стресс. Расспросы при всех и обесценивание чувств усугубляют состояние.",
                    "en": "A safe place and slow breathing reduce stress. Questioning in public and dismissing feelings make things worse.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Баланы көмекке жолдағанда тек телефон нөмірін беру жеткіліксіз; мүмкін болса, маманға бірге бару және кейін баланың жағдайын сұрау керек.",
                    "ru": "При перенаправлении ребёнка недостаточно только дать номер телефона; по возможности нужно сходить к специалисту вместе и потом спросить, как он.",
                    "en": "When referring a child, giving a phone number is not enough; if possible, go to the specialist together and check in afterwards.",
                },
                "answer": True,
                "explanation": {
                    "kk": "«Жылы» жолдау баланың көмекке шынымен жетуін қамтамасыз етеді.",
                    "ru": "«Тёплое» перенаправление помогает ребёнку действительно дойти до помощи.",
                    "en": "A “warm” referral makes it far more likely the child actually reaches help.",
                },
            },
        ],
    },
}
