"""Module 2: recognising bullying and cyberbullying."""

MODULE = {
    "slug": "bullying-and-cyberbullying",
    "title": {
        "kk": "Буллинг пен кибербуллингті тану",
        "ru": "Распознавание буллинга и кибербуллинга",
        "en": "Recognising bullying and cyberbullying",
    },
    "intro": {
        "kk": "Модуль буллингті қарапайым жанжалдан ажыратуға, оның түрлері мен белгілерін тануға және мектепте буллингке төзбеушілік мәдениетін қалыптастыруға үйретеді.",
        "ru": "Модуль учит отличать буллинг от обычного конфликта, распознавать его формы и признаки и формировать в школе культуру нетерпимости к буллингу.",
        "en": "The module teaches how to tell bullying from an ordinary conflict, recognise its forms and signs, and build a school culture of zero tolerance for bullying.",
    },
    "lessons": [
        {
            "slug": "what-is-bullying",
            "title": {
                "kk": "Буллинг деген не және ол жанжалдан немен ерекшеленеді",
                "ru": "Что такое буллинг и чем он отличается от конфликта",
                "en": "What bullying is and how it differs from conflict",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Буллинг</b> – бір баланың немесе топтың басқа балаға қарсы әдейі, <b>жүйелі түрде қайталанатын</b> агрессиялық әрекеттері. Буллингтің үш басты белгісі бар: <b>әдейілік</b> (зиян келтіру ниеті), <b>қайталану</b> және <b>күш теңсіздігі</b> (жәбірленуші өзін қорғай алмайды).</p>",
                        "ru": "<p><b>Буллинг</b> – умышленные, <b>систематически повторяющиеся</b> агрессивные действия одного ребёнка или группы против другого ребёнка. У буллинга три главных признака: <b>умышленность</b> (намерение причинить вред), <b>повторяемость</b> и <b>неравенство сил</b> (пострадавший не может себя защитить).</p>",
                        "en": "<p><b>Bullying</b> is intentional, <b>repeated</b> aggressive behaviour by one child or a group towards another child. It has three key features: <b>intent</b> (the aim is to hurt), <b>repetition</b> and an <b>imbalance of power</b> (the target cannot defend themselves).</p>",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Жанжал</b> – күштері шамалас тараптардың бір реттік немесе кездейсоқ келіспеушілігі; екі жақ та өз пікірін қорғай алады және әдетте жанжалды шешуге мүдделі. Жанжалда медиация (тараптарды татуластыру) көмектеседі. Ал буллингте «екеуің де кінәлісіңдер» деген тәсіл жәбірленушіні одан әрі жарақаттайды.</p>",
                        "ru": "<p><b>Конфликт</b> – разовое или случайное разногласие сторон примерно равной силы; обе стороны могут отстаивать свою позицию и обычно заинтересованы в решении. В конфликте помогает медиация (примирение сторон). В буллинге же подход «вы оба виноваты» ещё больше травмирует пострадавшего.</p>",
                        "en": "<p>A <b>conflict</b> is a one-off or occasional disagreement between parties of roughly equal strength; both can stand up for themselves and usually want to resolve it. Mediation helps in a conflict. In bullying, however, a “you are both to blame” approach hurts the target even more.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Буллингке қатысушылардың рөлдері",
                        "ru": "Роли участников буллинга",
                        "en": "The roles in bullying",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Бастамашы</b> – қысымды бастайтын және басқаратын бала.</li><li><b>Көмекшілер</b> – бастамашыға белсенді қолдау көрсететіндер.</li><li><b>Жәбірленуші</b> – қысымға ұшырайтын бала.</li><li><b>Куәгерлер</b> – болып жатқанды көретін, бірақ араласпайтын балалар. Олардың үнсіздігін бастамашы келісім деп қабылдайды.</li><li><b>Қорғаушылар</b> – жәбірленушіні қолдап, ересектерге хабарлайтын балалар.</li></ul>",
                        "ru": "<ul><li><b>Инициатор</b> – ребёнок, который начинает травлю и руководит ею.</li><li><b>Помощники</b> – активно поддерживают инициатора.</li><li><b>Пострадавший</b> – ребёнок, которого травят.</li><li><b>Свидетели</b> – видят происходящее, но не вмешиваются. Их молчание инициатор воспринимает как одобрение.</li><li><b>Защитники</b> – поддерживают пострадавшего и сообщают взрослым.</li></ul>",
                        "en": "<ul><li><b>The initiator</b> – the child who starts and leads the bullying.</li><li><b>Assistants</b> – actively support the initiator.</li><li><b>The target</b> – the child who is bullied.</li><li><b>Bystanders</b> – see what is happening but do not intervene. The initiator reads their silence as approval.</li><li><b>Defenders</b> – support the target and tell adults.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Буллинг – топтық құбылыс. Алдын алудың ең тиімді тетігі – куәгерлерді қорғаушыға айналдыру: балаларға ересекке хабарлау «шағымдану» емес, көмек екенін түсіндіріңіз.</p>",
                            "ru": "<p>Буллинг – групповое явление. Самый действенный рычаг профилактики – превратить свидетелей в защитников: объясните детям, что сообщить взрослому – не «ябедничество», а помощь.</p>",
                            "en": "<p>Bullying is a group phenomenon. The most effective lever of prevention is turning bystanders into defenders: explain to children that telling an adult is not “snitching” but help.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Өз тәжірибеңізден бір жағдайды еске түсіріңіз: ол жанжал ма, әлде буллинг пе еді? Қай белгілерге сүйеніп осындай қорытынды жасайсыз?",
                            "ru": "Вспомните случай из своей практики: это был конфликт или буллинг? На какие признаки вы опираетесь, делая такой вывод?",
                            "en": "Recall a situation from your practice: was it a conflict or bullying? Which features lead you to that conclusion?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "forms-and-signs-of-bullying",
            "title": {
                "kk": "Буллингтің түрлері мен белгілері",
                "ru": "Формы и признаки буллинга",
                "en": "Forms and signs of bullying",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "heading",
                    {
                        "kk": "Буллингтің түрлері",
                        "ru": "Формы буллинга",
                        "en": "Forms of bullying",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Физикалық</b> – ұру, итеру, шалып жығу.</li><li><b>Сөздік</b> – мазақ ету, лақап ат қою, қорлау, қорқыту.</li><li><b>Әлеуметтік</b> – топтан шеттету, өсек тарату, басқаларды баламен сөйлеспеуге көндіру.</li><li><b>Мүлікке қатысты</b> – заттарын тартып алу, бүлдіру, ақша талап ету.</li><li><b>Кибербуллинг</b> – цифрлық құралдар арқылы қысым көрсету.</li></ul>",
                        "ru": "<ul><li><b>Физический</b> – удары, толчки, подножки.</li><li><b>Вербальный</b> – насмешки, обидные прозвища, оскорбления, угрозы.</li><li><b>Социальный</b> – исключение из группы, распространение слухов, подговаривание других не общаться с ребёнком.</li><li><b>Имущественный</b> – отбирание и порча вещей, вымогательство денег.</li><li><b>Кибербуллинг</b> – травля с помощью цифровых средств.</li></ul>",
                        "en": "<ul><li><b>Physical</b> – hitting, pushing, tripping.</li><li><b>Verbal</b> – mockery, hurtful nicknames, insults, threats.</li><li><b>Social</b> – exclusion from the group, spreading rumours, persuading others not to talk to the child.</li><li><b>Property-related</b> – taking or damaging belongings, extorting money.</li><li><b>Cyberbullying</b> – harassment through digital means.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Баланың буллингке ұшырап жүргенін көрсететін белгілер",
                        "ru": "Признаки того, что ребёнка травят",
                        "en": "Signs that a child is being bullied",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Мектепке барғысы келмейді, себепсіз сабақ қалдырады, басы немесе іші ауырады деп жиі шағымданады.</li><li>Заттары жоғалады немесе бүлінеді, денесінде түсініксіз көгерулер пайда болады.</li><li>Үзілісте жалғыз қалады, мұғалімге жақын жүреді, топтық жұмыстан қашқақтайды.</li><li>Үлгерімі кенеттен төмендейді, тұйықталады, ашушаң болады.</li><li>Телефонды көргенде мазасызданады немесе оны мүлде пайдаланбай қояды.</li></ul><p>Бір белгі әлі буллинг дегенді білдірмейді, бірақ бірнеше белгінің бірге кездесуі – баламен сөйлесуге және психологқа хабарлауға негіз.</p>",
                        "ru": "<ul><li>Не хочет идти в школу, пропускает уроки без причины, часто жалуется на головную боль или боль в животе.</li><li>Вещи пропадают или портятся, на теле появляются необъяснимые синяки.</li><li>На переменах остаётся один, держится рядом с учителем, избегает групповой работы.</li><li>Успеваемость резко падает, ребёнок замыкается, становится раздражительным.</li><li>Тревожится при виде телефона или совсем перестаёт им пользоваться.</li></ul><p>Один признак ещё не означает буллинг, но сочетание нескольких признаков – основание поговорить с ребёнком и сообщить психологу.</p>",
                        "en": "<ul><li>Does not want to go to school, misses lessons without reason, often complains of headaches or stomach aches.</li><li>Belongings go missing or get damaged; unexplained bruises appear.</li><li>Stays alone at break, keeps close to the teacher, avoids group work.</li><li>Grades drop suddenly; the child withdraws or becomes irritable.</li><li>Gets anxious at the sight of the phone or stops using it altogether.</li></ul><p>A single sign does not prove bullying, but several signs together are a reason to talk to the child and inform the psychologist.</p>",
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіздің сыныбыңызда «көрінбейтін» әлеуметтік буллинг (шеттету, өсек) болуы мүмкін бе? Оны қалай байқауға болады?",
                            "ru": "Может ли в вашем классе быть «невидимый» социальный буллинг (изоляция, слухи)? Как его можно заметить?",
                            "en": "Could there be “invisible” social bullying (exclusion, rumours) in your class? How could you notice it?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "cyberbullying",
            "title": {
                "kk": "Кибербуллинг: ерекшеліктері және не істеу керек",
                "ru": "Кибербуллинг: особенности и что делать",
                "en": "Cyberbullying: features and what to do",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Кибербуллинг</b> – мессенджерлер, әлеуметтік желілер, онлайн ойындар арқылы жүзеге асатын қысым. Оның ерекшеліктері:</p><ul><li>тәулік бойы жалғасады – бала үйде де қауіпсіз сезінбейді;</li><li>бастамашы жасырын (анонимді) болуы мүмкін;</li><li>аудитория өте кең, контент тез таралады;</li><li>жарияланған материалды толық өшіру қиын.</li></ul>",
                        "ru": "<p><b>Кибербуллинг</b> – травля через мессенджеры, социальные сети, онлайн-игры. Его особенности:</p><ul><li>продолжается круглосуточно – ребёнок не чувствует себя в безопасности даже дома;</li><li>инициатор может быть анонимным;</li><li>аудитория очень широка, контент распространяется быстро;</li><li>опубликованное трудно удалить полностью.</li></ul>",
                        "en": "<p><b>Cyberbullying</b> is harassment through messengers, social networks and online games. Its features:</p><ul><li>it goes on round the clock – the child does not feel safe even at home;</li><li>the initiator may be anonymous;</li><li>the audience is very large and content spreads fast;</li><li>what has been posted is hard to remove completely.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Кибербуллингтің кең таралған түрлері",
                        "ru": "Распространённые формы кибербуллинга",
                        "en": "Common forms of cyberbullying",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Қорлайтын хабарламалар мен пікірлер жіберу.</li><li>Баланың фотосын немесе видеосын келісімсіз жариялау, мазақ ететін мемдер жасау.</li><li>Баланың атынан жалған аккаунт ашу.</li><li>Жеке хат-хабарды немесе құпия ақпаратты жария ету.</li><li>Чаттан, ойын тобынан әдейі шығарып тастау.</li></ul>",
                        "ru": "<ul><li>Оскорбительные сообщения и комментарии.</li><li>Публикация фото или видео ребёнка без согласия, издевательские мемы.</li><li>Создание фальшивого аккаунта от имени ребёнка.</li><li>Разглашение личной переписки или секретов.</li><li>Намеренное исключение из чата или игровой группы.</li></ul>",
                        "en": "<ul><li>Sending insulting messages and comments.</li><li>Posting a child's photos or videos without consent, making mocking memes.</li><li>Creating a fake account in the child's name.</li><li>Exposing private messages or secrets.</li><li>Deliberately excluding the child from a chat or gaming group.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Балаға және ата-анаға беретін кеңес: <b>жауап бермеу</b>; <b>дәлелдерді сақтау</b> (скриншот, сілтеме, күні); бастамашыны <b>бұғаттау</b> және платформаға <b>шағым жіберу</b>; <b>сенімді ересекке айту</b>. Қорқыту, бопсалау немесе интимдік суреттер туралы сөз болса – дереу полицияға хабарлау қажет.</p>",
                            "ru": "<p>Совет ребёнку и родителям: <b>не отвечать</b>; <b>сохранить доказательства</b> (скриншоты, ссылки, даты); <b>заблокировать</b> инициатора и <b>пожаловаться</b> платформе; <b>рассказать взрослому</b>, которому доверяешь. Если речь идёт об угрозах, шантаже или интимных изображениях – немедленно сообщить в полицию.</p>",
                            "en": "<p>Advice for the child and parents: <b>do not reply</b>; <b>keep the evidence</b> (screenshots, links, dates); <b>block</b> the initiator and <b>report</b> to the platform; <b>tell a trusted adult</b>. Threats, blackmail or intimate images must be reported to the police immediately.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сынып чатында бір оқушыны мазақ ететін мем тарады. Сынып жетекшісі ретінде алғашқы үш қадамыңызды жазыңыз.",
                            "ru": "В классном чате распространился мем, высмеивающий ученика. Опишите свои первые три шага как классного руководителя.",
                            "en": "A meme mocking a pupil is spreading in the class chat. Describe your first three steps as form tutor.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "responding-to-bullying",
            "title": {
                "kk": "Буллингке мектептің әрекет етуі",
                "ru": "Как школа реагирует на буллинг",
                "en": "How the school responds to bullying",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Мақсат – мектепте <b>буллингке төзбеушілік мәдениетін</b> қалыптастыру. Бұл жеке оқиғаларға әрекет етумен қатар, бүкіл мектептің ортақ ережелерін, ересектердің бақылауын және балалардың хабарлауға сенімін қажет етеді.</p>",
                        "ru": "<p>Цель – сформировать в школе <b>культуру нетерпимости к буллингу</b>. Для этого нужна не только реакция на отдельные случаи, но и общие правила всей школы, присмотр взрослых и доверие детей, позволяющее им сообщать о травле.</p>",
                        "en": "<p>The aim is to build a <b>culture of zero tolerance for bullying</b> in the school. That requires not only a response to individual cases but shared whole-school rules, adult supervision and children's confidence that they can report.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Буллинг анықталғанда",
                        "ru": "Когда буллинг выявлен",
                        "en": "When bullying is identified",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Тоқтату.</b> Әрекетті сол сәтте сабырлы, бірақ нақты тоқтатыңыз.</li><li><b>Қорғау.</b> Жәбірленушінің қауіпсіздігін қамтамасыз етіп, онымен жеке сөйлесіңіз.</li><li><b>Жеке сөйлесу.</b> Бастамашымен және куәгерлермен бөлек сөйлесіңіз; бетпе-бет «татуластыруды» жәбірленуші қауіпсіз сезінбейінше жүргізбеңіз.</li><li><b>Хабарлау.</b> Мектеп басшылығына, психологқа және екі тараптың ата-анасына хабарлаңыз.</li><li><b>Тіркеу.</b> Фактілерді, күнін және қабылданған шараларды жазып алыңыз.</li><li><b>Бақылау.</b> Бірнеше апта бойы жағдайды қадағалап, жәбірленушіден кері байланыс алыңыз.</li></ul>",
                        "ru": "<ul><li><b>Остановить.</b> Спокойно, но твёрдо прекратите действия в тот же момент.</li><li><b>Защитить.</b> Обеспечьте безопасность пострадавшего и поговорите с ним наедине.</li><li><b>Поговорить по отдельности.</b> С инициатором и свидетелями беседуйте отдельно; не проводите очное «примирение», пока пострадавший не почувствует себя в безопасности.</li><li><b>Сообщить.</b> Руководству школы, психологу и родителям обеих сторон.</li><li><b>Зафиксировать.</b> Запишите факты, даты и принятые меры.</li><li><b>Отслеживать.</b> Несколько недель наблюдайте за ситуацией и спрашивайте пострадавшего, как он.</li></ul>",
                        "en": "<ul><li><b>Stop it.</b> End the behaviour on the spot, calmly but firmly.</li><li><b>Protect.</b> Make sure the target is safe and talk to them privately.</li><li><b>Talk separately.</b> Speak with the initiator and bystanders one by one; do not hold a face-to-face “reconciliation” until the target feels safe.</li><li><b>Inform.</b> Tell the school leadership, the psychologist and the parents of both sides.</li><li><b>Record.</b> Write down the facts, dates and the measures taken.</li><li><b>Follow up.</b> Watch the situation for several weeks and check in with the target.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Бастамашыны бүкіл сыныптың алдында жазғыру немесе масқаралау буллингті тоқтатпайды, керісінше, агрессияны жасырын түрге көшіреді. Әрекетті айыптаңыз, баланың жеке басын емес, және бастамашымен де психологтың жұмыс істеуін ұйымдастырыңыз.</p>",
                            "ru": "<p>Публичное наказание или высмеивание инициатора перед всем классом не прекращает буллинг, а уводит агрессию в скрытую форму. Осуждайте поступок, а не личность ребёнка, и организуйте работу психолога и с инициатором.</p>",
                            "en": "<p>Publicly punishing or shaming the initiator in front of the class does not stop bullying; it drives the aggression underground. Condemn the behaviour, not the child, and arrange for the psychologist to work with the initiator too.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Мектебіңізде балалар буллинг туралы жасырын хабарлай ала ма (сенім жәшігі, онлайн форма, сенімді ересек)? Не қосар едіңіз?",
                            "ru": "Могут ли дети в вашей школе сообщить о буллинге анонимно (ящик доверия, онлайн-форма, доверенный взрослый)? Что бы вы добавили?",
                            "en": "Can children in your school report bullying anonymously (a trust box, an online form, a trusted adult)? What would you add?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "2-модуль бойынша тест: буллинг және кибербуллинг",
            "ru": "Тест по модулю 2: буллинг и кибербуллинг",
            "en": "Module 2 test: bullying and cyberbullying",
        },
        "pass_mark": 70,
        "attempt_limit": 3,
        "time_limit_minutes": None,
        "draw_count": 0,
        "shuffle_options": True,
        "questions": [
            {
                "kind": "multiple",
                "text": {
                    "kk": "Буллингтің басты белгілерін таңдаңыз.",
                    "ru": "Выберите главные признаки буллинга.",
                    "en": "Select the key features of bullying.",
                },
                "options": [
                    {
                        "text": {"kk": "Әдейілік", "ru": "Умышленность", "en": "Intent"},
                        "correct": True,
                    },
                    {
                        "text": {"kk": "Қайталану", "ru": "Повторяемость", "en": "Repetition"},
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Күш теңсіздігі",
                            "ru": "Неравенство сил",
                            "en": "Imbalance of power",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Тараптардың күші тең болуы",
                            "ru": "Равенство сил сторон",
                            "en": "Equal strength of both sides",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Буллинг – әдейі, қайталанатын және күш теңсіздігі жағдайындағы агрессия. Күштері тең тараптардың келіспеушілігі – жанжал.",
                    "ru": "Буллинг – умышленная, повторяющаяся агрессия при неравенстве сил. Разногласие равных по силе сторон – это конфликт.",
                    "en": "Bullying is intentional, repeated aggression where power is unequal. A disagreement between equals is a conflict.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Екі оқушы футбол ойыны кезінде бір рет ренжісіп қалды, екеуі де өз пікірін қорғай алады. Бұл –",
                    "ru": "Два ученика один раз поссорились во время игры в футбол, оба способны отстоять свою позицию. Это –",
                    "en": "Two pupils fell out once during a football game; both can stand up for themselves. This is",
                },
                "options": [
                    {
                        "text": {"kk": "жанжал", "ru": "конфликт", "en": "a conflict"},
                        "correct": True,
                    },
                    {
                        "text": {"kk": "буллинг", "ru": "буллинг", "en": "bullying"},
                        "correct": False,
                    },
                    {
                        "text": {"kk": "кибербуллинг", "ru": "кибербуллинг", "en": "cyberbullying"},
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Қайталану мен күш теңсіздігі жоқ, сондықтан бұл жанжал. Оны медиация арқылы шешуге болады.",
                    "ru": "Нет повторяемости и неравенства сил, поэтому это конфликт. Его можно решить с помощью медиации.",
                    "en": "There is no repetition and no imbalance of power, so it is a conflict, which mediation can help resolve.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Буллинг түрі мен мысалын сәйкестендіріңіз.",
                    "ru": "Сопоставьте форму буллинга и пример.",
                    "en": "Match each form of bullying with an example.",
                },
                "pairs": [
                    {
                        "left": {"kk": "Сөздік", "ru": "Вербальный", "en": "Verbal"},
                        "right": {
                            "kk": "Қорлайтын лақап ат қою",
                            "ru": "Обидное прозвище",
                            "en": "A hurtful nickname",
                        },
                    },
                    {
                        "left": {"kk": "Әлеуметтік", "ru": "Социальный", "en": "Social"},
                        "right": {
                            "kk": "Сыныптастарды баламен сөйлеспеуге көндіру",
                            "ru": "Подговаривать одноклассников не общаться с ребёнком",
                            "en": "Persuading classmates not to talk to the child",
                        },
                    },
                    {
                        "left": {
                            "kk": "Мүлікке қатысты",
                            "ru": "Имущественный",
                            "en": "Property-related",
                        },
                        "right": {
                            "kk": "Күнделікті ақша талап ету",
                            "ru": "Ежедневное вымогательство денег",
                            "en": "Demanding money every day",
                        },
                    },
                    {
                        "left": {"kk": "Кибербуллинг", "ru": "Кибербуллинг", "en": "Cyberbullying"},
                        "right": {
                            "kk": "Баланың атынан жалған аккаунт ашу",
                            "ru": "Фальшивый аккаунт от имени ребёнка",
                            "en": "A fake account in the child's name",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Буллинг тек физикалық болмайды: сөздік, әлеуметтік, мүліктік және цифрлық түрлері де баланы қатты жарақаттайды.",
                    "ru": "Буллинг бывает не только физическим: вербальная, социальная, имущественная и цифровая травля также тяжело ранят ребёнка.",
                    "en": "Bullying is not only physical: verbal, social, property-related and digital bullying also hurt a child badly.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Буллинг жағдайында бастамашы мен жәбірленушіні бірден бетпе-бет отырғызып татуластыру – ең жақсы алғашқы қадам.",
                    "ru": "При буллинге лучший первый шаг – сразу посадить инициатора и пострадавшего лицом к лицу и примирить их.",
                    "en": "In a bullying case, the best first step is to sit the initiator and the target face to face at once and reconcile them.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Күш теңсіздігі жағдайында бетпе-бет кездесу жәбірленушіні қайта жарақаттауы мүмкін. Алдымен оның қауіпсіздігін қамтамасыз етіп, әр тараппен бөлек сөйлесу керек.",
                    "ru": "При неравенстве сил очная встреча может снова травмировать пострадавшего. Сначала нужно обеспечить его безопасность и поговорить с каждой стороной отдельно.",
                    "en": "Where power is unequal, a face-to-face meeting can hurt the target again. First ensure their safety and talk to each side separately.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Кибербуллингке ұшыраған балаға қандай кеңес берген дұрыс?",
                    "ru": "Какие советы правильно дать ребёнку, столкнувшемуся с кибербуллингом?",
                    "en": "What is the right advice for a child facing cyberbullying?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Скриншоттарды сақтап, сенімді ересекке айту",
                            "ru": "Сохранить скриншоты и рассказать доверенному взрослому",
                            "en": "Keep screenshots and tell a trusted adult",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бастамашыны бұғаттап, платформаға шағым жіберу",
                            "ru": "Заблокировать инициатора и пожаловаться платформе",
                            "en": "Block the initiator and report to the platform",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Бастамашыға дәл сондай қорлаумен жауап беру",
                            "ru": "Ответить инициатору такими же оскорблениями",
                            "en": "Reply to the initiator with the same insults",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Барлық хат-хабарды дереу өшіріп, ешкімге айтпау",
                            "ru": "Сразу удалить всю переписку и никому не говорить",
                            "en": "Delete all messages at once and tell no one",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Жауап қайтару агрессияны күшейтеді, ал хат-хабарды өшіру дәлелді жояды. Дәлелді сақтау, бұғаттау, шағымдану және ересекке айту – дұрыс әрекеттер.",
                    "ru": "Ответ усиливает агрессию, а удаление переписки уничтожает доказательства. Правильно – сохранить доказательства, заблокировать, пожаловаться и рассказать взрослому.",
                    "en": "Replying fuels aggression and deleting messages destroys evidence. The right steps are to keep evidence, block, report and tell an adult.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Буллингті көріп тұрып араласпайтын куәгерлердің үнсіздігін бастамашы көбіне келісім деп қабылдайды.",
                    "ru": "Молчание свидетелей, которые видят буллинг и не вмешиваются, инициатор часто воспринимает как одобрение.",
                    "en": "The initiator often reads the silence of bystanders who see bullying and do nothing as approval.",
                },
                "answer": True,
                "explanation": {
                    "kk": "Сондықтан куәгерлермен жұмыс – алдын алудың маңызды бөлігі: олар қорғаушыға айнала алады.",
                    "ru": "Поэтому работа со свидетелями – важная часть профилактики: они могут стать защитниками.",
                    "en": "That is why work with bystanders is a key part of prevention: they can become defenders.",
                },
            },
        ],
    },
}
