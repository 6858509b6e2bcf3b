"""The final test of the course: 20 questions across all eight modules."""

FINAL_TEST = {
    "title": {
        "kk": "Қорытынды тест: зорлық-зомбылықтың, буллингтің, суицидтің алдын алу",
        "ru": "Итоговый тест: профилактика насилия, буллинга и суицида",
        "en": "Final test: prevention of violence, bullying and suicide",
    },
    "pass_mark": 70,
    "attempt_limit": 3,
    "time_limit_minutes": 40,
    "draw_count": 0,
    "shuffle_options": True,
    "questions": [
        # 1. Legal framework
        {
            "kind": "single",
            "text": {
                "kk": "Тезистерге сәйкес орта білім беру ұйымдарында қанша педагог-психолог жұмыс істейді?",
                "ru": "Сколько педагогов-психологов, согласно тезисам, работает в организациях среднего образования?",
                "en": "According to the theses, how many teacher-psychologists work in secondary schools?",
            },
            "options": [
                {"text": {"kk": "8 400", "ru": "8 400", "en": "8,400"}, "correct": True},
                {"text": {"kk": "4 674", "ru": "4 674", "en": "4,674"}, "correct": False},
                {"text": {"kk": "7 203", "ru": "7 203", "en": "7,203"}, "correct": False},
            ],
            "explanation": {
                "kk": "8 400 педагог-психолог және 4 674 әлеуметтік педагог жұмыс істейді; 7 203 – 2022 жылы 127-бап бойынша жауапкершілікке тартылған ата-аналар саны.",
                "ru": "Работают 8 400 педагогов-психологов и 4 674 социальных педагога; 7 203 – число родителей, привлечённых к ответственности по статье 127 в 2022 году.",
                "en": "There are 8,400 teacher-psychologists and 4,674 social pedagogues; 7,203 is the number of parents held liable under article 127 in 2022.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Пандемия салдары тезистерде аталған бес фактордың бірі болып табылады.",
                "ru": "Последствия пандемии – один из пяти факторов, названных в тезисах.",
                "en": "The aftermath of the pandemic is one of the five factors named in the theses.",
            },
            "answer": True,
            "explanation": {
                "kk": "Бес фактор: ұрпақтар сабақтастығының әлсіреуі, ата-аналардың тәрбие процесіне қатысуының төмендігі, отбасындағы тәрбиенің осалдығы, интернеттің ашықтығы, пандемия салдары.",
                "ru": "Пять факторов: ослабление преемственности поколений, низкое участие родителей в воспитании, слабость семейного воспитания, открытость интернета, последствия пандемии.",
                "en": "The five factors: weakening continuity between generations, low parental involvement, weak family upbringing, an open internet, the aftermath of the pandemic.",
            },
        },
        {
            "kind": "multiple",
            "text": {
                "kk": "Төмендегілердің қайсылары тезистерде аталған факторларға жатады?",
                "ru": "Что из перечисленного относится к факторам, названным в тезисах?",
                "en": "Which of the following are among the factors named in the theses?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Интернет кеңістігінің ашықтығы",
                        "ru": "Открытость интернет-пространства",
                        "en": "An open internet",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Отбасындағы тәрбиенің осалдығы",
                        "ru": "Слабость семейного воспитания",
                        "en": "Weak upbringing in the family",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Ата-аналардың мектептегі тәрбие процесіне қатысуының төмендігі",
                        "ru": "Низкое участие родителей в воспитательном процессе школы",
                        "en": "Low parental involvement in the school's upbringing work",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Мектептердегі спорт залдарының жетіспеуі",
                        "ru": "Нехватка спортивных залов в школах",
                        "en": "A shortage of school sports halls",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Спорт залдарының жетіспеуі тезистерде аталмаған; қалған үшеуі – бес фактордың қатарында.",
                "ru": "Нехватка спортзалов в тезисах не названа; остальные три входят в пять факторов.",
                "en": "A shortage of sports halls is not mentioned; the other three are among the five factors.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Балаларға қатысты құқық бұзушылықты жасыру заң бойынша жауапкершілікке әкеледі.",
                "ru": "Сокрытие правонарушения в отношении ребёнка влечёт ответственность по закону.",
                "en": "Concealing an offence against a child carries legal liability.",
            },
            "answer": True,
            "explanation": {
                "kk": "Жасыру үшін әкімшілік жауапкершілік қолданылады, ал министрлік хабарламағаны үшін жазаны қатаңдатуды ұсынады.",
                "ru": "За сокрытие применяется административная ответственность, а министерство предлагает ужесточить наказание за несообщение.",
                "en": "Concealment is subject to administrative liability, and the ministry proposes tougher penalties for failing to report.",
            },
        },
        {
            "kind": "matching",
            "text": {
                "kk": "Құжатты оның мазмұнымен сәйкестендіріңіз.",
                "ru": "Сопоставьте документ и его содержание.",
                "en": "Match each document with what it covers.",
            },
            "pairs": [
                {
                    "left": {
                        "kk": "№ 61 бұйрық (03.03.2023)",
                        "ru": "Приказ № 61 (03.03.2023)",
                        "en": "Order No. 61 (03.03.2023)",
                    },
                    "right": {
                        "kk": "Балаларды мектепішілік есепке алу бойынша ұсынымдар",
                        "ru": "Рекомендации по внутришкольному учёту детей",
                        "en": "Recommendations on intra-school registration of children",
                    },
                },
                {
                    "left": {
                        "kk": "Баланы жәбірлеудің алдын алу қағидалары",
                        "ru": "Правила профилактики жестокого обращения с ребёнком",
                        "en": "Rules on preventing child abuse",
                    },
                    "right": {
                        "kk": "Білім беру ұйымдарындағы алдын алу жұмысының жүйесі",
                        "ru": "Система профилактической работы в организациях образования",
                        "en": "The system of preventive work in schools",
                    },
                },
                {
                    "left": {
                        "kk": "Психологиялық қызмет қағидалары",
                        "ru": "Правила деятельности психологической службы",
                        "en": "Rules of the psychological service",
                    },
                    "right": {
                        "kk": "Мектеп психологының жұмыс бағыттары",
                        "ru": "Направления работы школьного психолога",
                        "en": "The areas of a school psychologist's work",
                    },
                },
                {
                    "left": {
                        "kk": "Ведомствоаралық іс-қимыл алгоритмі",
                        "ru": "Межведомственный алгоритм действий",
                        "en": "The inter-agency algorithm",
                    },
                    "right": {
                        "kk": "Зорлық-зомбылық фактілерін анықтау және оларға бірлесіп әрекет ету",
                        "ru": "Выявление фактов насилия и совместное реагирование на них",
                        "en": "Detecting violence and responding to it jointly",
                    },
                },
            ],
            "explanation": {
                "kk": "Бұл құжаттар бірге мектептің зорлық-зомбылықтың алдын алу жөніндегі жұмысының құқықтық негізін құрайды.",
                "ru": "Вместе эти документы составляют правовую основу работы школы по профилактике насилия.",
                "en": "Together these documents form the legal basis of the school's work on preventing violence.",
            },
        },
        # 2. Bullying
        {
            "kind": "single",
            "text": {
                "kk": "Қай жағдай буллингке жатады?",
                "ru": "Какая ситуация является буллингом?",
                "en": "Which situation is bullying?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Бір ай бойы бір топ оқушы сыныптасының сөмкесін күнде жасырып, ол жылағанда күледі",
                        "ru": "Месяц подряд группа учеников каждый день прячет портфель одноклассника и смеётся, когда он плачет",
                        "en": "For a month a group of pupils hides a classmate's bag every day and laughs when he cries",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Екі дос ойын ережесі туралы бір рет дауласып қалды",
                        "ru": "Два друга один раз поспорили о правилах игры",
                        "en": "Two friends argued once about the rules of a game",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "Мұғалім аяқталмаған жұмысқа төмен баға қойды",
                        "ru": "Учитель поставил низкую оценку за незаконченную работу",
                        "en": "A teacher gave a low mark for unfinished work",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Буллинг – әдейі, қайталанатын және күш теңсіздігі жағдайындағы агрессия. Бір реттік дау – жанжал, ал әділ баға – педагогтің міндеті.",
                "ru": "Буллинг – умышленная, повторяющаяся агрессия при неравенстве сил. Разовый спор – конфликт, а справедливая оценка – обязанность педагога.",
                "en": "Bullying is intentional, repeated aggression with an imbalance of power. A one-off argument is a conflict, and fair marking is part of a teacher's job.",
            },
        },
        {
            "kind": "multiple",
            "text": {
                "kk": "Кибербуллингтің әдеттегі буллингтен айырмашылығы қандай?",
                "ru": "Чем кибербуллинг отличается от обычного буллинга?",
                "en": "How does cyberbullying differ from ordinary bullying?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Тәулік бойы жалғаса алады",
                        "ru": "Может продолжаться круглосуточно",
                        "en": "It can go on round the clock",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Бастамашы жасырын болуы мүмкін",
                        "ru": "Инициатор может быть анонимным",
                        "en": "The initiator may be anonymous",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Аудиториясы кең, контент тез таралады",
                        "ru": "Широкая аудитория, контент быстро распространяется",
                        "en": "The audience is large and content spreads fast",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Сабақ біткенде өздігінен тоқтайды",
                        "ru": "Сам прекращается после уроков",
                        "en": "It stops by itself when school ends",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Кибербуллинг мектеп қабырғасынан тыс та жалғасады, сондықтан бала үйде де өзін қауіпсіз сезінбейді.",
                "ru": "Кибербуллинг продолжается и за стенами школы, поэтому ребёнок не чувствует себя в безопасности даже дома.",
                "en": "Cyberbullying continues outside school, so the child does not feel safe even at home.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Буллинг туралы ересекке хабарлаған оқушы «шағымқой» саналады, сондықтан мұндай әрекетті қолдамау керек.",
                "ru": "Ученик, сообщивший взрослому о буллинге, – «ябеда», поэтому такое поведение не стоит поощрять.",
                "en": "A pupil who tells an adult about bullying is a “snitch”, so this should not be encouraged.",
            },
            "answer": False,
            "explanation": {
                "kk": "Хабарлау – көмек. Куәгерлерді қорғаушыға айналдыру – буллингтің алдын алудың ең тиімді тетігі.",
                "ru": "Сообщить – значит помочь. Превратить свидетелей в защитников – самый действенный рычаг профилактики буллинга.",
                "en": "Telling is helping. Turning bystanders into defenders is the most effective lever against bullying.",
            },
        },
        # 3. Violence
        {
            "kind": "single",
            "text": {
                "kk": "Бала зорлық-зомбылық туралы айтып жатқанда қай сұрақ орынды?",
                "ru": "Какой вопрос уместен, когда ребёнок рассказывает о насилии?",
                "en": "Which question is appropriate while a child is disclosing violence?",
            },
            "options": [
                {
                    "text": {
                        "kk": "«Одан әрі не болды?»",
                        "ru": "«Что было дальше?»",
                        "en": "“What happened next?”",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "«Мұны өгей әкең істеді ме?»",
                        "ru": "«Это сделал твой отчим?»",
                        "en": "“Was it your stepfather?”",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "«Неге бұрын айтпадың?»",
                        "ru": "«Почему ты раньше не рассказал?»",
                        "en": "“Why didn't you tell anyone before?”",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Ашық сұрақ баланы жетелемейді. Жетелейтін сұрақ оның айтқанын бұрмалауы мүмкін, ал «неге бұрын айтпадың» деген сұрақ кінә сезімін тудырады.",
                "ru": "Открытый вопрос не подсказывает ответ. Наводящий вопрос может исказить рассказ, а «почему раньше не сказал» вызывает чувство вины.",
                "en": "An open question does not lead. A leading question can distort the account, and “why didn't you tell before” makes the child feel guilty.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Зорлық-зомбылыққа күдік туындаса, мұғалім дәлел табу үшін баланың денесін өзі қарауы керек.",
                "ru": "При подозрении на насилие учитель должен сам осмотреть тело ребёнка, чтобы найти доказательства.",
                "en": "If violence is suspected, the teacher should examine the child's body personally to find proof.",
            },
            "answer": False,
            "explanation": {
                "kk": "Тексеру – мамандардың ісі. Мұғалім байқағанын жазып, дереу хабарлайды.",
                "ru": "Осмотр – дело специалистов. Учитель записывает замеченное и сразу сообщает.",
                "en": "Examination is for specialists. The teacher records what they noticed and reports at once.",
            },
        },
        # 4. Suicide prevention
        {
            "kind": "multiple",
            "text": {
                "kk": "Қайсылары суицид қаупінің белгілері болуы мүмкін?",
                "ru": "Что из перечисленного может быть признаком суицидального риска?",
                "en": "Which of these may be warning signs of suicide risk?",
            },
            "options": [
                {
                    "text": {
                        "kk": "«Мен бәріне ауыртпалықпын» деген сөздер",
                        "ru": "Слова «Я всем в тягость»",
                        "en": "Saying “I'm a burden to everyone”",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Достардан және сүйікті істерден алшақтау",
                        "ru": "Отдаление от друзей и любимых занятий",
                        "en": "Withdrawing from friends and favourite activities",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Қоштасу сияқты хабарламалар",
                        "ru": "Сообщения, похожие на прощание",
                        "en": "Messages that sound like goodbyes",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Жақсы баға алып, оны достарымен бірге тойлау",
                        "ru": "Получить хорошую оценку и отпраздновать с друзьями",
                        "en": "Getting a good mark and celebrating with friends",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Өзін ауыртпалық сезіну, оқшаулану және қоштасу – назар аударуды қажет ететін белгілер. Достармен қуану – қорғаушы фактор.",
                "ru": "Ощущение себя обузой, изоляция и прощание – признаки, требующие внимания. Радость с друзьями – защитный фактор.",
                "en": "Feeling like a burden, withdrawal and goodbyes are signs that need attention. Celebrating with friends is a protective factor.",
            },
        },
        {
            "kind": "single",
            "text": {
                "kk": "Баладан «Өзіңе қол жұмсау туралы ойлар келе ме?» деп тікелей сұрау туралы қай тұжырым дұрыс?",
                "ru": "Какое утверждение о прямом вопросе ребёнку «Бывают ли у тебя мысли о самоубийстве?» верно?",
                "en": "Which statement about asking a child directly “Are you having thoughts of suicide?” is correct?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Қамқорлықпен қойылған сұрақ қауіпті арттырмайды және сөйлесуге жол ашады",
                        "ru": "Заботливый вопрос не повышает риск и открывает путь к разговору",
                        "en": "A caring question does not raise the risk and opens up the conversation",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Мұндай сұрақ балаға ой салады, сондықтан оны қоюға болмайды",
                        "ru": "Такой вопрос внушает мысль, поэтому задавать его нельзя",
                        "en": "Such a question plants the idea, so it must never be asked",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "Бұл сұрақты тек полиция қызметкері қоя алады",
                        "ru": "Такой вопрос может задать только сотрудник полиции",
                        "en": "Only a police officer may ask this question",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Тікелей сұрақ ой салмайды деген – дәлелденген факт; ол балаға өз күйін айтуға мүмкіндік береді.",
                "ru": "То, что прямой вопрос не внушает мысль, – установленный факт; он даёт ребёнку возможность рассказать о своём состоянии.",
                "en": "It is established that a direct question does not plant the idea; it lets the child say how they are.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Мектептегі қайғылы оқиғадан кейін оқушылар қауіпті түсінуі үшін оның тәсілін сыныпта егжей-тегжейлі талқылау керек.",
                "ru": "После трагедии в школе способ нужно подробно обсудить в классе, чтобы ученики поняли опасность.",
                "en": "After a tragedy at school, the method should be discussed in detail in class so that pupils understand the danger.",
            },
            "answer": False,
            "explanation": {
                "kk": "Тәсілдің егжей-тегжейін талқылау басқа балалар үшін қауіпті арттырады. Сыныппен қысқа әрі шынайы сөйлесіп, қолдау мен көмек көздеріне назар аудару керек.",
                "ru": "Обсуждение подробностей способа повышает риск для других детей. С классом говорят коротко и честно, делая акцент на поддержке и источниках помощи.",
                "en": "Discussing details of the method raises the risk for other children. Talk briefly and honestly, focusing on support and sources of help.",
            },
        },
        # 5. Registration
        {
            "kind": "single",
            "text": {
                "kk": "Жеке профилактикалық жоспардың мақсаттарына қол жеткізілгенде не болады?",
                "ru": "Что происходит, когда цели индивидуального плана профилактики достигнуты?",
                "en": "What happens when the goals of an individual prevention plan are reached?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Бала мектепішілік есептен шығарылады",
                        "ru": "Ребёнка снимают с внутришкольного учёта",
                        "en": "The child is removed from the intra-school register",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Бала мектеп бітіргенге дейін есепте қалады",
                        "ru": "Ребёнок остаётся на учёте до окончания школы",
                        "en": "The child stays on the register until leaving school",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "Бала басқа мектепке ауыстырылады",
                        "ru": "Ребёнка переводят в другую школу",
                        "en": "The child is transferred to another school",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Есепке алу – уақытша қолдау құралы; мақсатқа жеткенде бала есептен шығарылады.",
                "ru": "Учёт – временный инструмент поддержки; по достижении целей ребёнка снимают с учёта.",
                "en": "Registration is a temporary support tool; once the goals are met, the child comes off the register.",
            },
        },
        # 8. Help routes
        {
            "kind": "matching",
            "text": {
                "kk": "Көмек көзін оның мақсатымен сәйкестендіріңіз.",
                "ru": "Сопоставьте источник помощи и его назначение.",
                "en": "Match each source of help with its purpose.",
            },
            "pairs": [
                {
                    "left": {"kk": "111", "ru": "111", "en": "111"},
                    "right": {
                        "kk": "Балалар мен отбасыларға арналған байланыс орталығы",
                        "ru": "Контакт-центр для детей и семей",
                        "en": "Contact centre for children and families",
                    },
                },
                {
                    "left": {"kk": "112", "ru": "112", "en": "112"},
                    "right": {
                        "kk": "Өмірге тікелей қауіп төнгендегі шұғыл қызметтер",
                        "ru": "Экстренные службы при угрозе жизни",
                        "en": "Emergency services when life is in danger",
                    },
                },
                {
                    "left": {
                        "kk": "balaqorgaubot2.0",
                        "ru": "balaqorgaubot2.0",
                        "en": "balaqorgaubot2.0",
                    },
                    "right": {
                        "kk": "Жедел психологиялық және құқықтық көмек көрсететін чат-бот",
                        "ru": "Чат-бот экстренной психологической и правовой помощи",
                        "en": "Chat-bot for urgent psychological and legal help",
                    },
                },
                {
                    "left": {
                        "kk": "Педагог-психолог",
                        "ru": "Педагог-психолог",
                        "en": "Teacher-psychologist",
                    },
                    "right": {
                        "kk": "Мектепте бағалау және кеңес беру",
                        "ru": "Оценка и консультирование в школе",
                        "en": "Assessment and counselling at school",
                    },
                },
            ],
            "explanation": {
                "kk": "Әр педагог осы көмек көздерін білуі және балалар мен ата-аналарға айта алуы керек.",
                "ru": "Каждый педагог должен знать эти источники помощи и уметь рассказать о них детям и родителям.",
                "en": "Every teacher should know these sources of help and be able to tell children and parents about them.",
            },
        },
        # 6. Parents
        {
            "kind": "single",
            "text": {
                "kk": "127-бап бойынша жауапкершілікке тартылған ата-аналар санының қай тізбегі дұрыс (2020 → 2021 → 2022)?",
                "ru": "Какая последовательность числа родителей, привлечённых к ответственности по статье 127, верна (2020 → 2021 → 2022)?",
                "en": "Which sequence of parents held liable under article 127 is correct (2020 → 2021 → 2022)?",
            },
            "options": [
                {
                    "text": {
                        "kk": "5 618 → 5 858 → 7 203",
                        "ru": "5 618 → 5 858 → 7 203",
                        "en": "5,618 → 5,858 → 7,203",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "7 203 → 5 858 → 5 618",
                        "ru": "7 203 → 5 858 → 5 618",
                        "en": "7,203 → 5,858 → 5,618",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "5 858 → 5 618 → 7 203",
                        "ru": "5 858 → 5 618 → 7 203",
                        "en": "5,858 → 5,618 → 7,203",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Көрсеткіш жыл сайын өскен: 2020 жылы – 5 618, 2021 жылы – 5 858, 2022 жылы – 7 203.",
                "ru": "Показатель рос каждый год: 2020 – 5 618, 2021 – 5 858, 2022 – 7 203.",
                "en": "The figure rose every year: 2020 – 5,618, 2021 – 5,858, 2022 – 7,203.",
            },
        },
        {
            "kind": "true_false",
            "text": {
                "kk": "Ата-аналар академиясы әр мектепте ата-аналарды ата-аналық міндеттерін атқаруда қолдау және оқыту үшін құрылады.",
                "ru": "Академия родителей создаётся в каждой школе для поддержки и обучения родителей в выполнении родительских обязанностей.",
                "en": "A Parents' Academy is being set up in every school to support and train parents in their parental duties.",
            },
            "answer": True,
            "explanation": {
                "kk": "Тезистерде Ата-аналар академиясын әр мектепте құру жүйелі шешімдердің бірі ретінде аталған.",
                "ru": "В тезисах создание Академии родителей в каждой школе названо одним из системных решений.",
                "en": "The theses name a Parents' Academy in every school as one of the systemic measures.",
            },
        },
        # 7. Media literacy
        {
            "kind": "multiple",
            "text": {
                "kk": "Күмәнді хабарламаны тексергенде қандай сұрақтар қою керек?",
                "ru": "Какие вопросы нужно задать, проверяя сомнительное сообщение?",
                "en": "Which questions should you ask when checking a doubtful message?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Оны кім жасады және дереккөзі қандай?",
                        "ru": "Кто его создал и каков источник?",
                        "en": "Who made it and what is the source?",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Ол не үшін жасалды?",
                        "ru": "Зачем оно создано?",
                        "en": "Why was it made?",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Басқа сенімді дереккөздер оны растай ма?",
                        "ru": "Подтверждают ли его другие надёжные источники?",
                        "en": "Do other reliable sources confirm it?",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Лайк көп болса, ол міндетті түрде шын ба?",
                        "ru": "Если лайков много, значит, это точно правда?",
                        "en": "If it has many likes, must it be true?",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Автор, мақсат және дәлел – тексерудің негізі. Танымалдық шындықтың дәлелі емес.",
                "ru": "Автор, цель и доказательства – основа проверки. Популярность не доказывает правдивость.",
                "en": "Author, purpose and evidence are the basis of checking. Popularity is no proof of truth.",
            },
        },
        {
            "kind": "single",
            "text": {
                "kk": "Балаларға арналған сим-карталарды енгізу туралы ұсыныстың мақсаты қандай?",
                "ru": "Какова цель предложения ввести детские сим-карты?",
                "en": "What is the aim of the proposal to introduce children's SIM cards?",
            },
            "options": [
                {
                    "text": {
                        "kk": "Әлеуметтік желілерді ата-ана рұқсатынсыз пайдалануды және түнде интернетке қосылуды шектеу",
                        "ru": "Ограничить использование соцсетей без разрешения родителей и доступ в интернет ночью",
                        "en": "Restrict social-network use without parental permission and night-time internet access",
                    },
                    "correct": True,
                },
                {
                    "text": {
                        "kk": "Балалардың интернетке қол жеткізуін толығымен тыю",
                        "ru": "Полностью запретить детям доступ в интернет",
                        "en": "Ban children from the internet altogether",
                    },
                    "correct": False,
                },
                {
                    "text": {
                        "kk": "Мұғалімдерге оқушылардың хат-хабарын оқу мүмкіндігін беру",
                        "ru": "Дать учителям возможность читать переписку учеников",
                        "en": "Let teachers read pupils' messages",
                    },
                    "correct": False,
                },
            ],
            "explanation": {
                "kk": "Ұсыныс толық тыйым емес, ата-ана рұқсатынсыз әлеуметтік желілерді пайдалану мен түнгі қолжетімділікке шектеу енгізуді көздейді.",
                "ru": "Предложение предусматривает не полный запрет, а ограничение соцсетей без разрешения родителей и ночного доступа.",
                "en": "The proposal is not a total ban but limits on social networks without parental permission and on night-time access.",
            },
        },
        # 1. Legal framework – forms of abuse
        {
            "kind": "matching",
            "text": {
                "kk": "Баланы жәбірлеу түрін мысалмен сәйкестендіріңіз.",
                "ru": "Сопоставьте форму жестокого обращения и пример.",
                "en": "Match each form of abuse with an example.",
            },
            "pairs": [
                {
                    "left": {
                        "kk": "Физикалық зорлық-зомбылық",
                        "ru": "Физическое насилие",
                        "en": "Physical abuse",
                    },
                    "right": {
                        "kk": "Дене жазасы",
                        "ru": "Телесное наказание",
                        "en": "Corporal punishment",
                    },
                },
                {
                    "left": {
                        "kk": "Психологиялық зорлық-зомбылық",
                        "ru": "Психологическое насилие",
                        "en": "Psychological abuse",
                    },
                    "right": {
                        "kk": "Үнемі қорлау және қорқыту",
                        "ru": "Постоянные унижения и запугивание",
                        "en": "Constant humiliation and threats",
                    },
                },
                {
                    "left": {
                        "kk": "Немқұрайлылық",
                        "ru": "Пренебрежение нуждами",
                        "en": "Neglect",
                    },
                    "right": {
                        "kk": "Ауырған балаға медициналық көмек іздемеу",
                        "ru": "Не обращаться за медицинской помощью для больного ребёнка",
                        "en": "Not seeking medical care for a sick child",
                    },
                },
            ],
            "explanation": {
                "kk": "Жәбірлеу тек әрекет емес, әрекетсіздік те болуы мүмкін: немқұрайлылық та баланың денсаулығы мен дамуына зиян келтіреді.",
                "ru": "Жестокое обращение – это не только действия, но и бездействие: пренебрежение нуждами тоже вредит здоровью и развитию ребёнка.",
                "en": "Abuse can be an omission as well as an act: neglect also harms a child's health and development.",
            },
        },
    ],
}
