"""Module 7: media literacy and a safe internet."""

MODULE = {
    "slug": "media-literacy-safe-internet",
    "title": {
        "kk": "Медиасауаттылық және қауіпсіз интернет",
        "ru": "Медиаграмотность и безопасный интернет",
        "en": "Media literacy and a safe internet",
    },
    "intro": {
        "kk": "Интернет кеңістігінің ашықтығы – балаларға қатысты құқық бұзушылықтардың өсуіне әсер ететін факторлардың бірі. Модуль онлайн-тәуекелдерді, ата-аналық бақылау құралдарын және сабақта медиасауаттылықты дамыту жолдарын қарастырады.",
        "ru": "Открытость интернет-пространства – один из факторов роста правонарушений в отношении детей. Модуль рассматривает онлайн-риски, инструменты родительского контроля и способы развивать медиаграмотность на уроках.",
        "en": "An open internet is one of the factors behind the rise in offences against children. The module looks at online risks, parental-control tools and ways to develop media literacy in class.",
    },
    "lessons": [
        {
            "slug": "media-literacy-basics",
            "title": {
                "kk": "Медиасауаттылық негіздері",
                "ru": "Основы медиаграмотности",
                "en": "Media literacy basics",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Медиасауаттылық</b> – ақпаратты табу, сыни бағалау, жауапкершілікпен жасау және тарату қабілеті. 5–11 сыныптарда енгізілген «Жаһандық құзыреттілік» курсында медиасауаттылық тақырыптары қарастырылған; оларды пән мұғалімдері өз сабақтарында да дамыта алады.</p>",
                        "ru": "<p><b>Медиаграмотность</b> – умение находить информацию, критически её оценивать, ответственно создавать и распространять. Темы медиаграмотности включены в курс «Глобальные компетенции», введённый в 5–11 классах; развивать их могут и учителя-предметники на своих уроках.</p>",
                        "en": "<p><b>Media literacy</b> is the ability to find information, evaluate it critically, and create and share it responsibly. Media-literacy topics are part of the “Global Competence” course introduced in grades 5–11, and subject teachers can build these skills in their own lessons too.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Кез келген хабарламаға қойылатын бес сұрақ",
                        "ru": "Пять вопросов к любому сообщению",
                        "en": "Five questions for any message",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Кім жасады?</b> Авторы мен дереккөзі белгілі ме?</li><li><b>Не үшін?</b> Хабарламаның мақсаты – ақпарат беру, сату, қорқыту немесе эмоция тудыру ма?</li><li><b>Дәлелі бар ма?</b> Басқа сенімді дереккөздер растай ма?</li><li><b>Не айтылмай қалды?</b> Қандай көзқарас көрсетілмеген?</li><li><b>Маған қалай әсер етеді?</b> Хабарлама мені асығыс әрекетке итермелей ме?</li></ul>",
                        "ru": "<ul><li><b>Кто создал?</b> Известны ли автор и источник?</li><li><b>Зачем?</b> Цель сообщения – информировать, продать, напугать или вызвать эмоции?</li><li><b>Есть ли доказательства?</b> Подтверждают ли его другие надёжные источники?</li><li><b>О чём умолчали?</b> Какая точка зрения не представлена?</li><li><b>Как это действует на меня?</b> Не подталкивает ли сообщение к поспешным действиям?</li></ul>",
                        "en": "<ul><li><b>Who made it?</b> Are the author and source known?</li><li><b>Why?</b> Is the aim to inform, sell, frighten or stir emotions?</li><li><b>Is there evidence?</b> Do other reliable sources confirm it?</li><li><b>What is left out?</b> Which point of view is missing?</li><li><b>How does it affect me?</b> Is it pushing me to act in a hurry?</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Күшті эмоция (қорқыныш, ашу, таңданыс) тудыратын және «тез тарат!» деп шақыратын хабарлама – тексеру қажеттігінің белгісі. Балалар арасында таралатын «қауіпті топтар» мен «челлендждер» туралы үрейлі хабарламалар да көбіне дәл осылай құрылады.</p>",
                            "ru": "<p>Сообщение, вызывающее сильную эмоцию (страх, гнев, изумление) и призывающее «срочно распространить», – сигнал, что его нужно проверить. Так часто устроены и пугающие сообщения об «опасных группах» и «челленджах», которые ходят среди детей.</p>",
                            "en": "<p>A message that triggers strong emotion (fear, anger, amazement) and urges you to “share now!” is a signal to check it. Alarming messages about “dangerous groups” and “challenges” that circulate among children are often built this way.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Өз пәніңіздің бір сабағына медиасауаттылық элементін қалай енгізер едіңіз? Нақты тапсырма ұсыныңыз.",
                            "ru": "Как бы вы включили элемент медиаграмотности в урок по своему предмету? Предложите конкретное задание.",
                            "en": "How would you build a media-literacy element into a lesson in your subject? Suggest a concrete task.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "online-risks",
            "title": {
                "kk": "Балаларға арналған онлайн-тәуекелдер",
                "ru": "Онлайн-риски для детей",
                "en": "Online risks for children",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Кибербуллинг</b> – желідегі қорлау мен қысым.</li><li><b>Груминг</b> – ересек адамның балаға сенім арту үшін өзін құрдасы немесе «дос» етіп көрсетіп, кейін оны жыныстық қанауға тартуы.</li><li><b>Бопсалау</b> – баладан жеке немесе интимдік сурет алып, кейін оны жариялаймын деп қорқыту.</li><li><b>Зиянды контент</b> – зорлық-зомбылық, өзіне зиян келтіруді насихаттау, қауіпті «челлендждер».</li><li><b>Алаяқтық және дербес деректердің таралуы.</b></li><li><b>Экранға тәуелділік және түнгі уақытта интернетті пайдалану</b> – ұйқы мен оқуға зиян.</li></ul>",
                        "ru": "<ul><li><b>Кибербуллинг</b> – оскорбления и травля в сети.</li><li><b>Груминг</b> – взрослый выдаёт себя за сверстника или «друга», чтобы завоевать доверие ребёнка и затем вовлечь его в сексуальную эксплуатацию.</li><li><b>Шантаж</b> – получив от ребёнка личные или интимные изображения, угрожают их опубликовать.</li><li><b>Вредный контент</b> – насилие, пропаганда самоповреждения, опасные «челленджи».</li><li><b>Мошенничество и утечка персональных данных.</b></li><li><b>Зависимость от экрана и ночное использование интернета</b> – вред сну и учёбе.</li></ul>",
                        "en": "<ul><li><b>Cyberbullying</b> – insults and harassment online.</li><li><b>Grooming</b> – an adult poses as a peer or “friend” to win a child's trust and then draw them into sexual exploitation.</li><li><b>Blackmail</b> – after obtaining personal or intimate images from a child, someone threatens to publish them.</li><li><b>Harmful content</b> – violence, promotion of self-harm, dangerous “challenges”.</li><li><b>Fraud and leaks of personal data.</b></li><li><b>Screen dependence and night-time internet use</b> – harmful to sleep and study.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Грумингтің белгілері",
                        "ru": "Признаки груминга",
                        "en": "Signs of grooming",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>Бала жаңа «онлайн-досы» туралы жасырын сөйлейді, кенеттен сыйлықтар немесе ойын валютасын алады, телефонды жасырады, түнде хат жазысады, қарым-қатынасты басқа жабық мессенджерге көшіруді сұрайды. Балаларға мынаны түсіндіріңіз: «сырымызды ешкімге айтпа» деп сұрайтын онлайн-таныс – қауіптің белгісі.</p>",
                        "ru": "<p>Ребёнок скрытно говорит о новом «онлайн-друге», неожиданно получает подарки или игровую валюту, прячет телефон, переписывается по ночам, его просят перейти в другой, закрытый мессенджер. Объясните детям: онлайн-знакомый, который просит «никому не рассказывать о нашем секрете», – признак опасности.</p>",
                        "en": "<p>The child is secretive about a new “online friend”, suddenly receives gifts or game currency, hides the phone, chats late at night, and is asked to move the conversation to another, closed messenger. Explain to children: an online acquaintance who asks them to “keep our secret” is a danger sign.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Груминг, бопсалау немесе баланың интимдік суреттері туралы ақпарат алсаңыз – бұл қылмыс белгісі. Суреттерді өзіңіз ашпаңыз, сақтамаңыз және ешкімге жібермеңіз; дереу мектеп басшылығына және полицияға хабарлаңыз.</p>",
                            "ru": "<p>Если вы узнали о груминге, шантаже или интимных изображениях ребёнка – это признаки преступления. Не открывайте, не сохраняйте и никому не пересылайте изображения сами; немедленно сообщите руководству школы и в полицию.</p>",
                            "en": "<p>If you learn of grooming, blackmail or intimate images of a child, these are signs of a crime. Do not open, save or forward the images yourself; inform the school leadership and the police immediately.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіздің оқушыларыңыз қандай платформаларды жиі пайдаланады? Олардың қайсысында қандай тәуекел басым деп ойлайсыз?",
                            "ru": "Какими платформами чаще всего пользуются ваши ученики? Какой риск, по-вашему, преобладает на каждой из них?",
                            "en": "Which platforms do your pupils use most? Which risk do you think dominates on each of them?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "parental-control",
            "title": {
                "kk": "Ата-аналық бақылау және цифрлық келісім",
                "ru": "Родительский контроль и цифровой договор",
                "en": "Parental control and a family digital agreement",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Министрлік балалардың интернетті пайдалануына «ата-ана бақылауын» қолдану тәсілдері бойынша кең ауқымды ақпараттық жұмыс жүргізуді маңызды деп санайды. Сондай-ақ балаларға арналған сим-карталар арқылы олардың әлеуметтік желілерді ата-анасының рұқсатынсыз пайдалануына және түнгі уақытта интернетке қосылуына шектеу енгізу ұсынылуда.</p>",
                        "ru": "<p>Министерство считает важным вести широкую информационную работу о способах применения «родительского контроля» при использовании детьми интернета. Также предлагается через детские сим-карты ограничить использование детьми соцсетей без разрешения родителей и доступ к интернету в ночное время.</p>",
                        "en": "<p>The ministry considers broad awareness work on parental-control methods for children's internet use to be important. It also proposes children's SIM cards that would restrict use of social networks without parental permission and internet access at night.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Ата-аналарға кеңес беруге болатын құралдар",
                        "ru": "Инструменты, которые можно посоветовать родителям",
                        "en": "Tools to recommend to parents",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Құрылғының кірістірілген функциялары:</b> Android үшін Google Family Link, iPhone үшін «Экран уақыты» (Screen Time) – қолданбалар мен уақытты шектеу, түнгі режим.</li><li><b>Платформа параметрлері:</b> TikTok-тағы Family Pairing режимі, жабық аккаунт, жеке хабарламаларды шектеу, орналасқан жерді көрсетпеу.</li><li><b>Көптеген әлеуметтік желілердің ережелерінде ең төменгі жас – 13.</b></li><li><b>Отбасылық цифрлық келісім:</b> экран уақыты, түнде телефон бөлмеден тыс қалады, бейтаныспен кездеспеу, қиындық болса ата-анаға айту – жазалаусыз.</li></ul>",
                        "ru": "<ul><li><b>Встроенные функции устройства:</b> Google Family Link для Android, «Экранное время» (Screen Time) для iPhone – ограничение приложений и времени, ночной режим.</li><li><b>Настройки платформ:</b> режим Family Pairing в TikTok, закрытый аккаунт, ограничение личных сообщений, отключение геолокации.</li><li><b>В правилах большинства соцсетей минимальный возраст – 13 лет.</b></li><li><b>Семейный цифровой договор:</b> экранное время, ночью телефон остаётся вне спальни, не встречаться с онлайн-знакомыми, при проблеме рассказать родителям – без наказания.</li></ul>",
                        "en": "<ul><li><b>Built-in device features:</b> Google Family Link on Android, Screen Time on iPhone – limits on apps and time, a night mode.</li><li><b>Platform settings:</b> Family Pairing in TikTok, a private account, limits on direct messages, location turned off.</li><li><b>Most social networks set a minimum age of 13 in their rules.</b></li><li><b>A family digital agreement:</b> screen time, the phone stays out of the bedroom at night, no meeting online acquaintances, tell parents about any problem – without punishment.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Техникалық бақылау сенімді алмастырмайды. Бала қиындыққа тап болғанда телефонынан айырыламын деп қорықпай, ата-анасына айта алуы керек – бұл кез келген бағдарламадан маңыздырақ.</p>",
                            "ru": "<p>Технический контроль не заменяет доверия. Ребёнок должен иметь возможность рассказать родителям о проблеме, не боясь лишиться телефона, – это важнее любой программы.</p>",
                            "en": "<p>Technical control does not replace trust. A child must be able to tell parents about a problem without fearing they will lose their phone – that matters more than any app.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Ата-аналар жиналысында отбасылық цифрлық келісімді ұсыну үшін оның қандай үш негізгі ережесін таңдар едіңіз және неліктен?",
                            "ru": "Какие три главных правила семейного цифрового договора вы бы предложили на родительском собрании и почему?",
                            "en": "Which three key rules of a family digital agreement would you propose at a parents' meeting, and why?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "digital-citizenship",
            "title": {
                "kk": "Цифрлық азаматтық: сабақта не үйретеміз",
                "ru": "Цифровая гражданственность: чему учим на уроке",
                "en": "Digital citizenship: what we teach in class",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Цифрлық із:</b> желіге жарияланғанның бәрі ұзақ сақталады және оны басқалар көшіріп алуы мүмкін.</li><li><b>Жеке ақпаратты қорғау:</b> мекенжай, мектеп, телефон нөмірі, құпиясөз – бейтаныс адамдарға айтылмайды.</li><li><b>Құрметті қарым-қатынас:</b> экранның арғы жағында да тірі адам бар; біреуді мазақ ететін контентті «лайктау» мен тарату да буллингке қатысу.</li><li><b>Көмек сұрау:</b> онлайн-қауіп туралы ересекке айту – ерлік, «шағымдану» емес.</li></ul>",
                        "ru": "<ul><li><b>Цифровой след:</b> всё, что опубликовано в сети, хранится долго, и это могут скопировать другие.</li><li><b>Защита личной информации:</b> адрес, школа, номер телефона, пароль – не сообщаются незнакомцам.</li><li><b>Уважительное общение:</b> по ту сторону экрана тоже живой человек; «лайкать» и распространять контент, высмеивающий кого-то, – тоже участие в буллинге.</li><li><b>Просьба о помощи:</b> рассказать взрослому об онлайн-угрозе – смелый поступок, а не «ябедничество».</li></ul>",
                        "en": "<ul><li><b>Digital footprint:</b> everything posted online lasts a long time and can be copied by others.</li><li><b>Protecting personal information:</b> home address, school, phone number and passwords are not shared with strangers.</li><li><b>Respectful communication:</b> there is a real person on the other side of the screen; liking or sharing content that mocks someone is taking part in bullying.</li><li><b>Asking for help:</b> telling an adult about an online threat is brave, not “snitching”.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Сынып сағатына арналған идеялар",
                        "ru": "Идеи для классного часа",
                        "en": "Ideas for a form period",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>«Фейкті тап»: оқушылар екі жаңалықты салыстырып, бес сұрақ арқылы сенімдісін анықтайды.</li><li>«Жарияламас бұрын ойлан»: жазбаның жарияланғаннан кейінгі салдарын талқылау.</li><li>Сынып чатының ережелерін оқушылардың өздерімен бірге жасау.</li><li>Құпиялылық параметрлерін практикалық түрде бірге тексеру.</li></ul>",
                        "ru": "<ul><li>«Найди фейк»: ученики сравнивают две новости и с помощью пяти вопросов определяют надёжную.</li><li>«Подумай, прежде чем публиковать»: обсуждение последствий публикации.</li><li>Правила классного чата, составленные вместе с учениками.</li><li>Совместная практическая проверка настроек конфиденциальности.</li></ul>",
                        "en": "<ul><li>“Spot the fake”: pupils compare two news items and use the five questions to decide which is reliable.</li><li>“Think before you post”: discussing what happens after something is published.</li><li>Class-chat rules written together with the pupils.</li><li>Checking privacy settings together in practice.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Мұғалім – цифрлық мінез-құлықтың үлгісі. Оқушылардың фотоларын келісімсіз жарияламаңыз, сынып чатында құрметті үн сақтаңыз және жеке деректерді ашық топтарда талқыламаңыз.</p>",
                            "ru": "<p>Учитель – образец цифрового поведения. Не публикуйте фото учеников без согласия, сохраняйте уважительный тон в классном чате и не обсуждайте персональные данные в открытых группах.</p>",
                            "en": "<p>The teacher is a model of digital behaviour. Do not post pupils' photos without consent, keep a respectful tone in the class chat and never discuss personal data in open groups.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Оқушыларыңызбен цифрлық із туралы сөйлескенде қандай нақты мысал келтірер едіңіз?",
                            "ru": "Какой конкретный пример вы привели бы, обсуждая с учениками цифровой след?",
                            "en": "What concrete example would you use when discussing digital footprints with your pupils?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "7-модуль бойынша тест: медиасауаттылық",
            "ru": "Тест по модулю 7: медиаграмотность",
            "en": "Module 7 test: media literacy",
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
                    "kk": "5–11 сыныптарда медиасауаттылық тақырыптары қай курста қарастырылған?",
                    "ru": "В каком курсе для 5–11 классов рассматриваются темы медиаграмотности?",
                    "en": "In which course for grades 5–11 are media-literacy topics covered?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "«Жаһандық құзыреттілік»",
                            "ru": "«Глобальные компетенции»",
                            "en": "“Global Competence”",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "«Информатика»",
                            "ru": "«Информатика»",
                            "en": "“Computer Science”",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "«Өзін-өзі тану»",
                            "ru": "«Самопознание»",
                            "en": "“Self-Knowledge”",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Тезистерде медиасауаттылық тақырыптары 5–11 сыныптарда енгізілген «Жаһандық құзыреттілік» курсында қарастырылғаны айтылған.",
                    "ru": "В тезисах указано, что темы медиаграмотности рассматриваются в курсе «Глобальные компетенции», введённом в 5–11 классах.",
                    "en": "The theses state that media-literacy topics are covered in the Global Competence course introduced in grades 5–11.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Қайсылары грумингтің белгілері болуы мүмкін?",
                    "ru": "Что из перечисленного может быть признаками груминга?",
                    "en": "Which of these may be signs of grooming?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Онлайн-таныс «сырымызды ешкімге айтпа» деп сұрайды",
                            "ru": "Онлайн-знакомый просит «никому не рассказывать о нашем секрете»",
                            "en": "An online acquaintance asks the child to “keep our secret”",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бала бейтаныс адамнан күтпеген сыйлықтар алады",
                            "ru": "Ребёнок получает неожиданные подарки от незнакомца",
                            "en": "The child receives unexpected gifts from a stranger",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Қарым-қатынасты жабық мессенджерге көшіруді сұрау",
                            "ru": "Просьба перейти в закрытый мессенджер",
                            "en": "Being asked to move to a closed messenger",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бала сыныптастарымен ортақ жобаны онлайн талқылайды",
                            "ru": "Ребёнок обсуждает с одноклассниками общий проект онлайн",
                            "en": "The child discusses a group project with classmates online",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Құпиялылықты талап ету, сыйлықтар және жабық арнаға көшу – грумингтің типтік белгілері. Сыныптастармен жобаны талқылау – қалыпты әрекет.",
                    "ru": "Требование секретности, подарки и переход в закрытый канал – типичные признаки груминга. Обсуждение проекта с одноклассниками – нормальное поведение.",
                    "en": "Demands for secrecy, gifts and moving to a closed channel are typical signs of grooming. Discussing a project with classmates is normal.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Оқушының интимдік суреті туралы білген мұғалім оны дәлел ретінде өз телефонына сақтап, әріптестеріне жіберуі керек.",
                    "ru": "Учитель, узнавший об интимном изображении ученика, должен сохранить его на свой телефон как доказательство и переслать коллегам.",
                    "en": "A teacher who learns of an intimate image of a pupil should save it on their phone as evidence and forward it to colleagues.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Мұндай суреттерді сақтауға және жіберуге болмайды. Дереу басшылыққа және полицияға хабарлау керек.",
                    "ru": "Такие изображения нельзя сохранять и пересылать. Нужно немедленно сообщить руководству и в полицию.",
                    "en": "Such images must never be saved or forwarded. Inform the leadership and the police immediately.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Тәуекелді оның сипаттамасымен сәйкестендіріңіз.",
                    "ru": "Сопоставьте риск и его описание.",
                    "en": "Match each risk with its description.",
                },
                "pairs": [
                    {
                        "left": {"kk": "Груминг", "ru": "Груминг", "en": "Grooming"},
                        "right": {
                            "kk": "Ересектің балаға «дос» болып сенім артуы",
                            "ru": "Взрослый втирается в доверие под видом «друга»",
                            "en": "An adult gains trust by posing as a “friend”",
                        },
                    },
                    {
                        "left": {"kk": "Бопсалау", "ru": "Шантаж", "en": "Blackmail"},
                        "right": {
                            "kk": "Жеке суретті жариялаймын деп қорқыту",
                            "ru": "Угроза опубликовать личное изображение",
                            "en": "Threatening to publish a private image",
                        },
                    },
                    {
                        "left": {"kk": "Кибербуллинг", "ru": "Кибербуллинг", "en": "Cyberbullying"},
                        "right": {
                            "kk": "Желіде жүйелі түрде қорлау",
                            "ru": "Систематические оскорбления в сети",
                            "en": "Repeated insults online",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Тәуекелдерді ажырата білу балаға және ата-анаға нақты кеңес беруге көмектеседі.",
                    "ru": "Умение различать риски помогает дать ребёнку и родителям конкретный совет.",
                    "en": "Telling the risks apart helps you give children and parents specific advice.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Ата-аналық бақылау туралы қай тұжырым дұрыс?",
                    "ru": "Какое утверждение о родительском контроле верно?",
                    "en": "Which statement about parental control is correct?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Техникалық құралдар пайдалы, бірақ баламен сенімді қарым-қатынасты алмастырмайды",
                            "ru": "Технические средства полезны, но не заменяют доверительных отношений с ребёнком",
                            "en": "Technical tools help but do not replace a trusting relationship with the child",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бағдарлама орнатылса, баламен интернет туралы сөйлесудің қажеті жоқ",
                            "ru": "Если программа установлена, говорить с ребёнком об интернете не нужно",
                            "en": "Once an app is installed, there is no need to talk with the child about the internet",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Бала проблема туралы айтса, телефонын міндетті түрде тартып алу керек",
                            "ru": "Если ребёнок рассказал о проблеме, телефон нужно обязательно отобрать",
                            "en": "If a child reports a problem, the phone must be taken away",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Бала жазадан қорықса, қиындық туралы айтпайды. Бақылау құралдары сенім мен келісіммен бірге ғана тиімді.",
                    "ru": "Если ребёнок боится наказания, он не расскажет о проблеме. Средства контроля эффективны только вместе с доверием и договорённостями.",
                    "en": "A child who fears punishment will not report a problem. Control tools work only together with trust and agreements.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Біреуді мазақ ететін контентті «лайктау» және тарату да кибербуллингке қатысу болып саналады.",
                    "ru": "«Лайкать» и распространять контент, высмеивающий кого-то, – это тоже участие в кибербуллинге.",
                    "en": "Liking and sharing content that mocks someone also counts as taking part in cyberbullying.",
                },
                "answer": True,
                "explanation": {
                    "kk": "Тарату аудиторияны кеңейтіп, жәбірленушіге келтірілетін зиянды көбейтеді.",
                    "ru": "Распространение расширяет аудиторию и увеличивает вред пострадавшему.",
                    "en": "Sharing widens the audience and increases the harm to the target.",
                },
            },
        ],
    },
}
