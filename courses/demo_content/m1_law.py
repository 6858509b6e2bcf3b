"""Module 1: the legal framework of child protection."""

MODULE = {
    "slug": "legal-framework",
    "title": {
        "kk": "Құқықтық негіздер: баланы жәбірлеу және оның алдын алу",
        "ru": "Правовые основы: жестокое обращение с ребёнком и его профилактика",
        "en": "Legal framework: child abuse and its prevention",
    },
    "intro": {
        "kk": "Модуль «баланы жәбірлеу» ұғымын, мектеп пен педагогтің міндеттерін, баланы жәбірлеудің алдын алу қағидалары мен психологиялық қызмет қағидаларын таныстырады.",
        "ru": "Модуль знакомит с понятием «жестокое обращение с ребёнком», обязанностями школы и педагога, правилами профилактики жестокого обращения с ребёнком и правилами деятельности психологической службы.",
        "en": "The module introduces the concept of child abuse, the duties of the school and the teacher, and the rules on preventing child abuse and on the school psychological service.",
    },
    "lessons": [
        {
            "slug": "why-this-matters-now",
            "title": {
                "kk": "Тақырыптың өзектілігі: бес негізгі фактор",
                "ru": "Почему это важно сейчас: пять ключевых факторов",
                "en": "Why this matters now: five key factors",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Бас прокуратураның деректері бойынша соңғы кезеңде балаларға қатысты және кәмелетке толмағандар арасындағы құқық бұзушылықтар саны артып отыр. Сондықтан 2023 жылдан бастап педагогтерге арналған «Зорлық-зомбылықтың, буллингтің, суицидтің алдын алу» тақырыбындағы 80 сағаттық біліктілікті арттыру курсы өткізіледі. Курс пән мұғалімдеріне, сынып жетекшілеріне, педагог-психологтарға және әлеуметтік педагогтерге арналған.</p>",
                        "ru": "<p>По данным Генеральной прокуратуры, в последнее время растёт число правонарушений в отношении детей и среди несовершеннолетних. Поэтому с 2023 года для педагогов проводятся 80-часовые курсы повышения квалификации «Профилактика насилия, буллинга и суицида». Курс предназначен для учителей-предметников, классных руководителей, педагогов-психологов и социальных педагогов.</p>",
                        "en": "<p>According to the Prosecutor General's Office, the number of offences against children and among minors has been rising recently. That is why, since 2023, teachers have been taking the 80-hour professional-development course “Prevention of violence, bullying and suicide”. The course is intended for subject teachers, form tutors, teacher-psychologists and social pedagogues.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Мәселеге әсер ететін бес фактор",
                        "ru": "Пять факторов, влияющих на проблему",
                        "en": "Five factors behind the problem",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Ұрпақтар сабақтастығының әлсіреуі</b> – үлкендер мен балалар арасындағы құндылықтар мен тәжірибе берілуінің үзілуі.</li><li><b>Ата-аналардың мектептегі тәрбие процесіне қатысуының төмендігі.</b></li><li><b>Отбасындағы тәрбиенің осалдығы.</b></li><li><b>Интернет кеңістігінің ашықтығы</b> – бала зиянды контентке және бейтаныс адамдарға оңай тап болады.</li><li><b>Пандемия салдары</b> – оқшаулану, қарым-қатынас дағдыларының әлсіреуі, отбасылардағы күйзеліс.</li></ul>",
                        "ru": "<ul><li><b>Ослабление преемственности поколений</b> – разрыв в передаче ценностей и опыта от взрослых к детям.</li><li><b>Низкое участие родителей в воспитательном процессе школы.</b></li><li><b>Слабость семейного воспитания.</b></li><li><b>Открытость интернет-пространства</b> – ребёнок легко сталкивается с вредным контентом и незнакомыми людьми.</li><li><b>Последствия пандемии</b> – изоляция, ослабление навыков общения, стресс в семьях.</li></ul>",
                        "en": "<ul><li><b>Weakening continuity between generations</b> – values and experience are no longer passed on from adults to children.</li><li><b>Low parental involvement in the school's upbringing work.</b></li><li><b>Weak upbringing in the family.</b></li><li><b>An open internet</b> – children easily come across harmful content and strangers.</li><li><b>The aftermath of the pandemic</b> – isolation, weaker social skills, stress in families.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Орта білім беру ұйымдарында 8 400 педагог-психолог және 4 674 әлеуметтік педагог жұмыс істейді. Мамандар саны жеткіліксіз, сондықтан әр мұғалім баланың жағдайындағы өзгерісті бірінші болып байқайтын адам бола алады.</p>",
                            "ru": "<p>В организациях среднего образования работают 8 400 педагогов-психологов и 4 674 социальных педагога. Специалистов недостаточно, поэтому каждый учитель может оказаться первым, кто заметит изменения в состоянии ребёнка.</p>",
                            "en": "<p>Secondary schools employ 8,400 teacher-psychologists and 4,674 social pedagogues. There are not enough specialists, so every teacher may be the first to notice a change in a child's state.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Аталған бес фактордың қайсысы сіздің мектебіңізде немесе сыныбыңызда айқынырақ байқалады? Бір-екі нақты мысал келтіріңіз.",
                            "ru": "Какой из пяти названных факторов заметнее всего в вашей школе или классе? Приведите один-два конкретных примера.",
                            "en": "Which of the five factors is most visible in your school or class? Give one or two concrete examples.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "child-abuse-in-law",
            "title": {
                "kk": "Заңдағы «баланы жәбірлеу» ұғымы",
                "ru": "Понятие «жестокое обращение с ребёнком» в законодательстве",
                "en": "Child abuse as a legal concept",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>2022 жылы Қазақстан заңнамасына алғаш рет «баланы жәбірлеу» ұғымы енгізіліп, балаларды жәбірлеуден қорғау тетіктері бекітілді. Бұл ұғым баланың өмірі мен денсаулығына, дамуына және қадір-қасиетіне зиян келтіретін әрекеттерді ғана емес, баланың қажеттіліктерін елемеу сияқты әрекетсіздікті де қамтиды.</p><p>Қазақстан БҰҰ-ның Бала құқықтары туралы конвенциясын ратификациялаған. Конвенцияның 19-бабы мемлекеттерді баланы зорлық-зомбылықтың, қорлаудың және немқұрайлы қараудың барлық түрінен қорғауға міндеттейді.</p>",
                        "ru": "<p>В 2022 году в законодательство Казахстана впервые было введено понятие «жестокое обращение с ребёнком» и закреплены механизмы защиты детей от жестокого обращения. Это понятие охватывает не только действия, причиняющие вред жизни, здоровью, развитию и достоинству ребёнка, но и бездействие – например, пренебрежение его нуждами.</p><p>Казахстан ратифицировал Конвенцию ООН о правах ребёнка. Статья 19 Конвенции обязывает государства защищать ребёнка от всех форм насилия, оскорбления и отсутствия заботы.</p>",
                        "en": "<p>In 2022 the concept of child abuse was introduced into Kazakhstan's legislation for the first time, together with mechanisms for protecting children from it. The concept covers not only acts that harm a child's life, health, development and dignity, but also omissions such as neglecting the child's needs.</p><p>Kazakhstan has ratified the UN Convention on the Rights of the Child. Article 19 of the Convention obliges states to protect the child from all forms of violence, abuse and neglect.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Жәбірлеудің негізгі түрлері",
                        "ru": "Основные формы жестокого обращения",
                        "en": "The main forms of abuse",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Физикалық зорлық-зомбылық</b> – ұру, итеру, күйдіру, дене жазасының кез келген түрі.</li><li><b>Психологиялық (эмоционалдық) зорлық-зомбылық</b> – қорлау, қорқыту, мазақ ету, елемеу, үнемі сынау.</li><li><b>Жыныстық зорлық-зомбылық</b> – баланы жыныстық сипаттағы кез келген әрекетке тарту.</li><li><b>Немқұрайлылық (қажеттіліктерді елемеу)</b> – тамақ, киім, баспана, медициналық көмек, қауіпсіздік пен қамқорлық жөніндегі қажеттіліктерді қамтамасыз етпеу.</li></ul>",
                        "ru": "<ul><li><b>Физическое насилие</b> – побои, толчки, ожоги, любые телесные наказания.</li><li><b>Психологическое (эмоциональное) насилие</b> – оскорбления, запугивание, насмешки, игнорирование, постоянная критика.</li><li><b>Сексуальное насилие</b> – вовлечение ребёнка в любые действия сексуального характера.</li><li><b>Пренебрежение нуждами</b> – необеспечение питания, одежды, жилья, медицинской помощи, безопасности и заботы.</li></ul>",
                        "en": "<ul><li><b>Physical abuse</b> – hitting, pushing, burning, any corporal punishment.</li><li><b>Psychological (emotional) abuse</b> – insults, threats, ridicule, ignoring, constant criticism.</li><li><b>Sexual abuse</b> – involving a child in any act of a sexual nature.</li><li><b>Neglect</b> – failing to provide food, clothing, shelter, medical care, safety and care.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Балаларға қатысты құқық бұзушылықты жасыру немесе ол туралы хабарламау заң бойынша жауапкершілікке әкеледі. Күдік туындаса, оны «өзіміз шешеміз» деп жасырмаңыз: мектеп басшылығына дереу хабарлаңыз және бекітілген алгоритм бойынша әрекет етіңіз.</p>",
                            "ru": "<p>Сокрытие правонарушений в отношении детей или несообщение о них влечёт ответственность по закону. Если возникло подозрение, не скрывайте его под предлогом «разберёмся сами»: немедленно сообщите руководству школы и действуйте по утверждённому алгоритму.</p>",
                            "en": "<p>Concealing an offence against a child, or failing to report it, carries legal liability. If you have a suspicion, do not hide it in order to “sort it out ourselves”: inform the school leadership at once and follow the approved algorithm.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Мектеп өмірінде психологиялық зорлық-зомбылық көбіне байқалмай қалады. Педагогтің қандай сөздері немесе әрекеттері балаға психологиялық зиян келтіруі мүмкін? Оның орнына қалай сөйлеуге болады?",
                            "ru": "Психологическое насилие в школьной жизни часто остаётся незамеченным. Какие слова или действия педагога могут причинить ребёнку психологический вред? Как можно сказать иначе?",
                            "en": "Psychological abuse often goes unnoticed in school life. Which words or actions of a teacher can cause a child psychological harm? What could be said instead?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "abuse-prevention-rules",
            "title": {
                "kk": "Баланы жәбірлеудің алдын алу қағидалары: мектептің рөлі",
                "ru": "Правила профилактики жестокого обращения с ребёнком: роль школы",
                "en": "The rules on preventing child abuse: the school's role",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Заң өзгерістеріне сәйкес Оқу-ағарту министрлігі <b>Баланы жәбірлеудің алдын алу қағидаларын</b> бекітті. Қағидалар білім беру ұйымдарындағы алдын алу жұмысының жүйесін айқындайды: қауіпті ерте анықтау, балаға және отбасына қолдау көрсету, басқа органдармен өзара іс-қимыл жасау. Тәрбие жұмысы бойынша білім беру органдары мен ұйымдары басшыларының дербес жауапкершілігі де белгіленді.</p>",
                        "ru": "<p>В соответствии с изменениями в законодательстве Министерство просвещения утвердило <b>Правила профилактики жестокого обращения с ребёнком</b>. Правила задают систему профилактической работы в организациях образования: раннее выявление рисков, поддержку ребёнка и семьи, взаимодействие с другими органами. Также определена персональная ответственность руководителей органов и организаций образования за воспитательную работу.</p>",
                        "en": "<p>Following the changes in legislation, the Ministry of Education approved the <b>Rules on preventing child abuse</b>. The Rules set out a system of preventive work in educational organisations: early identification of risks, support for the child and the family, and cooperation with other bodies. Heads of education authorities and schools have also been made personally responsible for upbringing work.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Мектептегі рөлдер",
                        "ru": "Роли в школе",
                        "en": "Roles in the school",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Мектеп директоры</b> алдын алу жұмысын ұйымдастырады және оған жауап береді, сыртқы органдармен байланысты қамтамасыз етеді.</li><li><b>Сынып жетекшісі мен пән мұғалімі</b> балаларды күнделікті бақылайды, өзгерістерді байқайды және хабарлайды.</li><li><b>Педагог-психолог</b> диагностика, кеңес беру және түзету-дамыту жұмысын жүргізеді.</li><li><b>Әлеуметтік педагог</b> отбасымен жұмыс істейді, баланың әлеуметтік жағдайын бағалайды, қызметтермен байланыстырады.</li></ul>",
                        "ru": "<ul><li><b>Директор школы</b> организует профилактическую работу и отвечает за неё, обеспечивает связь с внешними органами.</li><li><b>Классный руководитель и учитель-предметник</b> ежедневно наблюдают за детьми, замечают изменения и сообщают о них.</li><li><b>Педагог-психолог</b> проводит диагностику, консультирование и коррекционно-развивающую работу.</li><li><b>Социальный педагог</b> работает с семьёй, оценивает социальное положение ребёнка, связывает его со службами.</li></ul>",
                        "en": "<ul><li><b>The head teacher</b> organises preventive work, is accountable for it and maintains contact with outside bodies.</li><li><b>Form tutors and subject teachers</b> observe children every day, notice changes and report them.</li><li><b>The teacher-psychologist</b> carries out assessment, counselling and remedial and developmental work.</li><li><b>The social pedagogue</b> works with the family, assesses the child's social situation and connects the child with services.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Алдын алу жұмысының негізгі қағидаттары: баланың мүддесі бірінші орында; «зиян келтірме»; құпиялылық; уақтылы әрекет ету; ведомствоаралық өзара іс-қимыл.</p>",
                            "ru": "<p>Ключевые принципы профилактики: интересы ребёнка превыше всего; «не навреди»; конфиденциальность; своевременность; межведомственное взаимодействие.</p>",
                            "en": "<p>Key principles of prevention: the child's best interests come first; do no harm; confidentiality; timely action; inter-agency cooperation.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сіздің мектебіңізде балаға қатысты алаңдаушылық туындаса, мұғалім кімге және қалай хабарлайды? Бұл тәртіп барлық қызметкерге белгілі ме?",
                            "ru": "Кому и как сообщает учитель в вашей школе, если возникла тревога за ребёнка? Известен ли этот порядок всем сотрудникам?",
                            "en": "In your school, whom does a teacher tell, and how, when they are worried about a child? Do all staff know this procedure?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "school-psychological-service",
            "title": {
                "kk": "Мектептің психологиялық қызметі",
                "ru": "Психологическая служба школы",
                "en": "The school psychological service",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Министрлік бекіткен <b>психологиялық қызмет қағидалары</b> мектеп психологының жұмыс бағыттарын айқындайды. Негізгі бағыттар: психологиялық диагностика, кеңес беру, алдын алу (профилактика), түзету-дамыту жұмысы және педагогтер мен ата-аналардың психологиялық сауаттылығын арттыру.</p>",
                        "ru": "<p>Утверждённые министерством <b>правила деятельности психологической службы</b> определяют направления работы школьного психолога. Основные направления: психологическая диагностика, консультирование, профилактика, коррекционно-развивающая работа и психологическое просвещение педагогов и родителей.</p>",
                        "en": "<p>The <b>rules of the psychological service</b> approved by the ministry define the areas of a school psychologist's work. The main areas are psychological assessment, counselling, prevention, remedial and developmental work, and raising the psychological literacy of teachers and parents.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Мұғалім психологпен қалай әріптес болады",
                        "ru": "Как учителю сотрудничать с психологом",
                        "en": "How a teacher works with the psychologist",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Алаңдаушылық туғызған жағдайды нақты сипаттаңыз: не көрдіңіз, қашан, қанша рет. Бағалау мен болжамды фактіден бөліңіз.</li><li>Баланы психологқа «жазалау» ретінде жібермеңіз – бұл көмек екенін түсіндіріңіз.</li><li>Психологтың ұсынымдарын сабақта қолданып, нәтижесі туралы кері байланыс беріңіз.</li><li>Құпиялылықты сақтаңыз: баланың жағдайын әріптестермен тек іс үшін қажет болғанда ғана талқылаңыз.</li></ul>",
                        "ru": "<ul><li>Описывайте тревожную ситуацию конкретно: что вы видели, когда, сколько раз. Отделяйте оценки и предположения от фактов.</li><li>Не направляйте ребёнка к психологу «в наказание» – объясните, что это помощь.</li><li>Применяйте рекомендации психолога на уроках и давайте обратную связь о результате.</li><li>Соблюдайте конфиденциальность: обсуждайте ситуацию ребёнка с коллегами только тогда, когда это нужно для дела.</li></ul>",
                        "en": "<ul><li>Describe the worrying situation precisely: what you saw, when and how often. Keep judgements and guesses apart from facts.</li><li>Never send a child to the psychologist as a punishment – explain that it is help.</li><li>Use the psychologist's recommendations in your lessons and report back on the results.</li><li>Respect confidentiality: discuss a child's situation with colleagues only when the work requires it.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Министрлік мектептегі психологиялық қызметтің жаңа моделін енгізуді, психолог мәртебесін арттыруды, мамандардың біліктілігін арттыруды және олардың жұмысын цифрландыруды ұсынады. Мұғалімнің сезімталдығы мен дер кезіндегі хабарламасы – бұл жүйенің маңызды бөлігі.</p>",
                            "ru": "<p>Министерство предлагает ввести новую модель психологической службы в школе, повысить статус психолога, квалификацию специалистов и цифровизировать их работу. Внимательность учителя и своевременное сообщение – важная часть этой системы.</p>",
                            "en": "<p>The ministry proposes a new model of the school psychological service, a higher status for psychologists, more training for specialists and the digitalisation of their work. A teacher's attentiveness and timely reporting are an important part of this system.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Соңғы рет психологқа немесе әлеуметтік педагогке қандай жағдайда жүгіндіңіз? Өзара іс-қимылда не жақсы болды, нені жақсартуға болады?",
                            "ru": "В какой ситуации вы последний раз обращались к психологу или социальному педагогу? Что получилось хорошо во взаимодействии, а что можно улучшить?",
                            "en": "When did you last turn to the psychologist or social pedagogue, and why? What worked well in that cooperation, and what could be improved?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "1-модуль бойынша тест: құқықтық негіздер",
            "ru": "Тест по модулю 1: правовые основы",
            "en": "Module 1 test: legal framework",
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
                    "kk": "Төмендегілердің қайсысы вице-министрдің тезистерінде аталған бес фактордың қатарына ЖАТПАЙДЫ?",
                    "ru": "Что из перечисленного НЕ входит в пять факторов, названных в тезисах вице-министра?",
                    "en": "Which of the following is NOT one of the five factors named in the Vice-Minister's theses?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Мектептегі оқу бағдарламасының күрделілігі",
                            "ru": "Сложность школьной учебной программы",
                            "en": "The difficulty of the school curriculum",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Интернет кеңістігінің ашықтығы",
                            "ru": "Открытость интернет-пространства",
                            "en": "An open internet",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Пандемия салдары",
                            "ru": "Последствия пандемии",
                            "en": "The aftermath of the pandemic",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Ұрпақтар сабақтастығының әлсіреуі",
                            "ru": "Ослабление преемственности поколений",
                            "en": "Weakening continuity between generations",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Бес фактор: ұрпақтар сабақтастығының әлсіреуі, ата-аналардың тәрбие процесіне қатысуының төмендігі, отбасындағы тәрбиенің осалдығы, интернет кеңістігінің ашықтығы және пандемия салдары.",
                    "ru": "Пять факторов: ослабление преемственности поколений, низкое участие родителей в воспитании, слабость семейного воспитания, открытость интернет-пространства и последствия пандемии.",
                    "en": "The five factors are weakening continuity between generations, low parental involvement in upbringing, weak upbringing in the family, an open internet and the aftermath of the pandemic.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Баланы жәбірлеудің түрлеріне қайсылары жатады? Барлық дұрыс жауапты таңдаңыз.",
                    "ru": "Что относится к формам жестокого обращения с ребёнком? Выберите все верные ответы.",
                    "en": "Which of these are forms of child abuse? Select all correct answers.",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Баланы үнемі қорлау және қорқыту",
                            "ru": "Постоянные оскорбления и запугивание ребёнка",
                            "en": "Constantly insulting and threatening a child",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Баланың тамаққа және медициналық көмекке деген қажеттілігін елемеу",
                            "ru": "Пренебрежение потребностью ребёнка в питании и медицинской помощи",
                            "en": "Neglecting a child's need for food and medical care",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Дене жазасы",
                            "ru": "Телесные наказания",
                            "en": "Corporal punishment",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Баланы үй тапсырмасын орындауға сабырлы түрде талап ету",
                            "ru": "Спокойное требование выполнить домашнее задание",
                            "en": "Calmly requiring a child to do homework",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Психологиялық зорлық, немқұрайлылық және дене жазасы – жәбірлеудің түрлері. Сабырлы, құрметпен қойылған талап жәбірлеу емес.",
                    "ru": "Психологическое насилие, пренебрежение нуждами и телесные наказания – формы жестокого обращения. Спокойное, уважительное требование к ним не относится.",
                    "en": "Psychological abuse, neglect and corporal punishment are forms of abuse. A calm, respectful requirement is not.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "«Баланы жәбірлеу» ұғымы Қазақстан заңнамасына алғаш рет 2022 жылы енгізілді.",
                    "ru": "Понятие «жестокое обращение с ребёнком» впервые введено в законодательство Казахстана в 2022 году.",
                    "en": "The concept of child abuse was first introduced into Kazakhstan's legislation in 2022.",
                },
                "answer": True,
                "explanation": {
                    "kk": "2023 жылғы сәуірдегі тезистерде бұл ұғым «өткен жылы, алғаш рет» заңға енгізілгені айтылған.",
                    "ru": "В тезисах апреля 2023 года сказано, что понятие было введено в закон «в прошлом году, впервые».",
                    "en": "The theses of April 2023 say the concept was introduced into law “last year, for the first time”.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Мұғалімде оқушыға қатысты зорлық-зомбылық бар деген күдік пайда болды. Оның дұрыс алғашқы әрекеті қандай?",
                    "ru": "У учителя возникло подозрение, что ученик подвергается насилию. Каково его правильное первое действие?",
                    "en": "A teacher suspects that a pupil is experiencing violence. What is the right first step?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Мектеп басшылығына дереу хабарлап, бекітілген алгоритм бойынша әрекет ету",
                            "ru": "Немедленно сообщить руководству школы и действовать по утверждённому алгоритму",
                            "en": "Inform the school leadership at once and follow the approved algorithm",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Күдікті адаммен өзі сөйлесіп, мән-жайды анықтау",
                            "ru": "Самому поговорить с подозреваемым и выяснить обстоятельства",
                            "en": "Talk to the suspected person and establish the facts personally",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Дәлел жиналғанша бірнеше апта күту",
                            "ru": "Подождать несколько недель, пока накопятся доказательства",
                            "en": "Wait a few weeks until there is more evidence",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Педагог тергеу жүргізбейді және күтпейді: ол дереу хабарлайды, ал әрі қарай ведомствоаралық алгоритм бойынша уәкілетті органдар әрекет етеді.",
                    "ru": "Педагог не ведёт расследование и не ждёт: он сразу сообщает, а дальше по межведомственному алгоритму действуют уполномоченные органы.",
                    "en": "A teacher neither investigates nor waits: they report at once, and the competent bodies then act under the inter-agency algorithm.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Маман мен оның негізгі міндетін сәйкестендіріңіз.",
                    "ru": "Сопоставьте специалиста и его основную задачу.",
                    "en": "Match each specialist with their main task.",
                },
                "pairs": [
                    {
                        "left": {
                            "kk": "Педагог-психолог",
                            "ru": "Педагог-психолог",
                            "en": "Teacher-psychologist",
                        },
                        "right": {
                            "kk": "Диагностика және кеңес беру",
                            "ru": "Диагностика и консультирование",
                            "en": "Assessment and counselling",
                        },
                    },
                    {
                        "left": {
                            "kk": "Әлеуметтік педагог",
                            "ru": "Социальный педагог",
                            "en": "Social pedagogue",
                        },
                        "right": {
                            "kk": "Отбасымен жұмыс және қызметтермен байланыстыру",
                            "ru": "Работа с семьёй и связь со службами",
                            "en": "Work with the family and links to services",
                        },
                    },
                    {
                        "left": {
                            "kk": "Сынып жетекшісі",
                            "ru": "Классный руководитель",
                            "en": "Form tutor",
                        },
                        "right": {
                            "kk": "Күнделікті бақылау және өзгерістер туралы хабарлау",
                            "ru": "Ежедневное наблюдение и сообщение об изменениях",
                            "en": "Daily observation and reporting changes",
                        },
                    },
                    {
                        "left": {
                            "kk": "Мектеп директоры",
                            "ru": "Директор школы",
                            "en": "Head teacher",
                        },
                        "right": {
                            "kk": "Алдын алу жұмысын ұйымдастыру және оған жауап беру",
                            "ru": "Организация профилактической работы и ответственность за неё",
                            "en": "Organising preventive work and being accountable for it",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Алдын алу – ортақ жұмыс: әр маманның өз рөлі бар, ал олардың арасындағы байланыс уақтылы көмекті қамтамасыз етеді.",
                    "ru": "Профилактика – общая работа: у каждого специалиста своя роль, а связь между ними обеспечивает своевременную помощь.",
                    "en": "Prevention is shared work: each specialist has a role, and the links between them make timely help possible.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Мұғалім баланы психологқа тәртіп бұзғаны үшін жаза ретінде жіберуі керек.",
                    "ru": "Учитель должен направлять ребёнка к психологу в качестве наказания за нарушение дисциплины.",
                    "en": "A teacher should send a child to the psychologist as a punishment for misbehaviour.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Психологқа жолдау – жаза емес, көмек. Оны жаза ретінде көрсету баланың сенімін жоғалтады.",
                    "ru": "Направление к психологу – не наказание, а помощь. Если подавать его как наказание, ребёнок потеряет доверие.",
                    "en": "A referral to the psychologist is help, not punishment. Presenting it as punishment destroys the child's trust.",
                },
            },
        ],
    },
}
