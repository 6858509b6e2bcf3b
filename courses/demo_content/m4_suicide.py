"""Module 4: suicide prevention and signs of self-destructive behaviour.

Written along safe-messaging lines: warning signs, how to talk, how to refer.
It deliberately contains no details of methods.
"""

MODULE = {
    "slug": "suicide-prevention",
    "title": {
        "kk": "Суицидтің алдын алу: аутодеструктивті мінез-құлық белгілері",
        "ru": "Профилактика суицида: признаки аутодеструктивного поведения",
        "en": "Suicide prevention: signs of self-destructive behaviour",
    },
    "intro": {
        "kk": "Модуль қауіп белгілерін тануға, балаға қауіпсіз түрде сұрақ қоюға және оны маманға дер кезінде жіберуге үйретеді. Мұғалім диагноз қоймайды – ол байқайды, тыңдайды және байланыстырады.",
        "ru": "Модуль учит распознавать тревожные признаки, безопасно задавать ребёнку вопросы и своевременно направлять его к специалисту. Учитель не ставит диагноз – он замечает, слушает и связывает с помощью.",
        "en": "The module teaches how to recognise warning signs, ask a child safely and refer them to a specialist in time. A teacher does not diagnose – they notice, listen and connect the child with help.",
    },
    "lessons": [
        {
            "slug": "suicide-myths-and-facts",
            "title": {
                "kk": "Суицид туралы аңыздар мен фактілер",
                "ru": "Мифы и факты о суициде",
                "en": "Myths and facts about suicide",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Суицидтің алдын алуға көбіне білімнің жетіспеуі емес, қате сенімдер кедергі келтіреді. Ең жиі кездесетін аңыздар:</p><ul><li><b>Аңыз:</b> «Суицид туралы сұрасаң, балаға ой салып қоясың». <b>Факт:</b> тікелей әрі қамқорлықпен қойылған сұрақ ой салмайды, керісінше, балаға сөйлесуге мүмкіндік береді.</li><li><b>Аңыз:</b> «Бұл туралы айтатындар ештеңе істемейді, жай назар аудартқысы келеді». <b>Факт:</b> өлім туралы кез келген сөзге байыппен қарау керек.</li><li><b>Аңыз:</b> «Шешім қабылдаған адамға көмектесу мүмкін емес». <b>Факт:</b> суицидтік дағдарыс көбіне уақытша; дер кезіндегі қолдау өмірді сақтайды.</li><li><b>Аңыз:</b> «Көңіл-күйі кенет жақсарса, қауіп өтті». <b>Факт:</b> ұзақ күйзелістен кейінгі кенет тыныштық та назар аударуды қажет етеді.</li></ul>",
                        "ru": "<p>Профилактике суицида чаще мешает не недостаток знаний, а ошибочные убеждения. Самые частые мифы:</p><ul><li><b>Миф:</b> «Если спросить о суициде, подтолкнёшь ребёнка к этой мысли». <b>Факт:</b> прямой и заботливый вопрос не внушает мысль, а, наоборот, даёт ребёнку возможность выговориться.</li><li><b>Миф:</b> «Кто говорит об этом, ничего не сделает – просто хочет внимания». <b>Факт:</b> любые слова о смерти нужно воспринимать всерьёз.</li><li><b>Миф:</b> «Тому, кто решился, помочь невозможно». <b>Факт:</b> суицидальный кризис чаще всего временный; своевременная поддержка спасает жизнь.</li><li><b>Миф:</b> «Если настроение вдруг улучшилось, опасность миновала». <b>Факт:</b> внезапное спокойствие после долгого подавленного состояния тоже требует внимания.</li></ul>",
                        "en": "<p>Suicide prevention is hampered less by a lack of knowledge than by false beliefs. The most common myths:</p><ul><li><b>Myth:</b> “Asking about suicide puts the idea in a child's head”. <b>Fact:</b> a direct, caring question does not plant the idea; it gives the child a chance to talk.</li><li><b>Myth:</b> “Those who talk about it won't do it – they just want attention”. <b>Fact:</b> any talk of death must be taken seriously.</li><li><b>Myth:</b> “Nothing can help someone who has decided”. <b>Fact:</b> a suicidal crisis is usually temporary; timely support saves lives.</li><li><b>Myth:</b> “If their mood suddenly improves, the danger has passed”. <b>Fact:</b> sudden calm after a long low period also needs attention.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Қауіп факторлары және қорғаушы факторлар",
                        "ru": "Факторы риска и защитные факторы",
                        "en": "Risk factors and protective factors",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Қауіп факторлары:</b> бұрынғы суицидтік әрекет, ұзаққа созылған күйзеліс немесе депрессия, буллинг пен зорлық-зомбылық, отбасындағы жанжал немесе жақын адамынан айырылу, оқшаулану, алкоголь мен психобелсенді заттарды қолдану.</p><p><b>Қорғаушы факторлар:</b> отбасымен және мектеппен жылы байланыс, кем дегенде бір сенімді ересек, достар, қиындықты жеңу дағдылары, көмек сұрай білу.</p>",
                        "ru": "<p><b>Факторы риска:</b> предыдущая суицидальная попытка, затяжной стресс или депрессия, буллинг и насилие, конфликты в семье или потеря близкого, изоляция, употребление алкоголя и психоактивных веществ.</p><p><b>Защитные факторы:</b> тёплая связь с семьёй и школой, хотя бы один взрослый, которому ребёнок доверяет, друзья, навыки совладания с трудностями, умение просить о помощи.</p>",
                        "en": "<p><b>Risk factors:</b> a previous suicide attempt, prolonged stress or depression, bullying and violence, family conflict or the loss of someone close, isolation, use of alcohol or psychoactive substances.</p><p><b>Protective factors:</b> a warm bond with family and school, at least one trusted adult, friends, coping skills, the ability to ask for help.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "text": {
                            "kk": "<p>Мектеп қорғаушы факторларды күшейте алады: баланың өзін керек сезінуі, сыныптағы қолдаушы атмосфера және ересекке жүгінуге сенім – суицидтің алдын алудың негізі.</p>",
                            "ru": "<p>Школа может укреплять защитные факторы: ощущение ребёнком своей нужности, поддерживающая атмосфера в классе и уверенность, что можно обратиться к взрослому, – основа профилактики суицида.</p>",
                            "en": "<p>The school can strengthen protective factors: a child's sense of being needed, a supportive class atmosphere and confidence that they can turn to an adult are the foundation of suicide prevention.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Осы аңыздардың қайсысын өзіңіз немесе әріптестеріңіз естіген не оған сенген? Енді оған қалай жауап берер едіңіз?",
                            "ru": "Какой из этих мифов вы или ваши коллеги слышали или разделяли? Как бы вы ответили на него теперь?",
                            "en": "Which of these myths have you or your colleagues heard or believed? How would you answer it now?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "warning-signs",
            "title": {
                "kk": "Қауіп белгілері және аутодеструктивті мінез-құлық",
                "ru": "Тревожные признаки и аутодеструктивное поведение",
                "en": "Warning signs and self-destructive behaviour",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p><b>Аутодеструктивті мінез-құлық</b> – адамның өз денсаулығына, өміріне немесе әл-ауқатына зиян келтіретін әрекеттері: өзін-өзі жарақаттау, қауіпті ойындар мен «челлендждер», тамақтан бас тарту, психобелсенді заттарды қолдану. Министрлік осындай белгілері бар балаларды анықтаудың бірыңғай алгоритмін әзірлеуді жоспарлап отыр.</p>",
                        "ru": "<p><b>Аутодеструктивное поведение</b> – действия, которые причиняют вред собственному здоровью, жизни или благополучию: самоповреждения, опасные игры и «челленджи», отказ от еды, употребление психоактивных веществ. Министерство планирует разработать единый алгоритм выявления детей с такими признаками.</p>",
                        "en": "<p><b>Self-destructive behaviour</b> means actions that harm one's own health, life or well-being: self-harm, dangerous games and “challenges”, refusing food, using psychoactive substances. The ministry plans to develop a single algorithm for identifying children who show such signs.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Назар аудару қажет белгілер",
                        "ru": "Признаки, требующие внимания",
                        "en": "Signs that need attention",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Сөздер:</b> «Бәрінен шаршадым», «Мен болмасам, бәріне жеңіл болар еді», «Жақында бәрі бітеді»; өлім туралы жиі сөйлеу, жазу немесе сурет салу.</li><li><b>Мінез-құлық:</b> достардан және сүйікті істерден алшақтау; заттарын таратып беру; қоштасу сияқты хабарламалар; әлеуметтік желідегі жазбалардың күрт өзгеруі; денесін ұзақ жеңмен жасыру.</li><li><b>Көңіл-күй:</b> ұзаққа созылған мұң, үмітсіздік, ашушаңдық немесе кенет тыныштық.</li><li><b>Жағдай:</b> жақынынан айырылу, буллинг, зорлық-зомбылық, қарым-қатынастың үзілуі, сәтсіздік пен ұят сезімі.</li></ul>",
                        "ru": "<ul><li><b>Слова:</b> «Я от всего устал», «Без меня всем было бы легче», «Скоро всё закончится»; частые разговоры, записи или рисунки о смерти.</li><li><b>Поведение:</b> отдаление от друзей и любимых занятий; раздаривание своих вещей; сообщения, похожие на прощание; резкая смена публикаций в соцсетях; ребёнок прячет тело под длинными рукавами.</li><li><b>Настроение:</b> затяжная грусть, безнадёжность, раздражительность или внезапное спокойствие.</li><li><b>Обстоятельства:</b> потеря близкого, буллинг, насилие, разрыв отношений, неудача и чувство стыда.</li></ul>",
                        "en": "<ul><li><b>Words:</b> “I'm tired of everything”, “Everyone would be better off without me”, “It will all be over soon”; frequent talk, writing or drawings about death.</li><li><b>Behaviour:</b> withdrawing from friends and favourite activities; giving belongings away; messages that sound like goodbyes; a sharp change in social-media posts; hiding the body under long sleeves.</li><li><b>Mood:</b> lasting sadness, hopelessness, irritability, or sudden calm.</li><li><b>Circumstances:</b> loss of someone close, bullying, violence, a break-up, failure and shame.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Белгілерді байқасаңыз, күтпеңіз және оны жалғыз шешуге тырыспаңыз: сол күні педагог-психологқа хабарлаңыз. Бала өз өміріне қауіп төндіретін әрекетке дайын екенін айтса, оны жалғыз қалдырмай, 112 нөміріне қоңырау шалыңыз.</p>",
                            "ru": "<p>Заметив признаки, не ждите и не пытайтесь справиться в одиночку: в тот же день сообщите педагогу-психологу. Если ребёнок говорит, что готов совершить действие, опасное для жизни, не оставляйте его одного и звоните 112.</p>",
                            "en": "<p>If you notice the signs, do not wait and do not try to handle it alone: tell the teacher-psychologist the same day. If a child says they are ready to do something that endangers their life, do not leave them alone and call 112.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Сабақ барысында немесе шығармада баланың қандай сөздері сізді ойландыруы керек? Мұндай жағдайда алғашқы әрекетіңізді сипаттаңыз.",
                            "ru": "Какие слова ребёнка на уроке или в сочинении должны вас насторожить? Опишите своё первое действие в такой ситуации.",
                            "en": "Which words from a child in class or in an essay should alert you? Describe your first action in such a case.",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "talking-safely",
            "title": {
                "kk": "Баламен қауіпсіз сөйлесу",
                "ru": "Как безопасно поговорить с ребёнком",
                "en": "Talking safely with a child",
            },
            "hours": "2.5",
            "min_active_minutes": 20,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<ul><li><b>Оңаша орын мен уақыт табыңыз.</b> Асықпаңыз, телефонды алып қойыңыз.</li><li><b>Байқағаныңызды айтыңыз:</b> «Соңғы кезде сенің көңіліңнің жоқ екенін байқадым, сен үшін уайымдап жүрмін».</li><li><b>Тікелей сұраңыз:</b> «Өзіңе қол жұмсау туралы ойлар келе ме?» Мұндай сұрақ қауіпті арттырмайды.</li><li><b>Тыңдаңыз, сынамаңыз.</b> «Бұл бос нәрсе», «Басқаларға бұдан да қиын» демеңіз. Баланың сезімін мойындаңыз: «Саған қазір өте ауыр екенін түсінемін».</li><li><b>Құпия сақтауға уәде бермеңіз.</b> «Сенің өмірің маған маңызды, сондықтан көмектесе алатын адамдарды тартамын».</li><li><b>Көмекпен байланыстырыңыз:</b> баланы психологқа өзіңіз апарыңыз, ата-анасымен бірге сөйлесу жолын жоспарлаңыз.</li></ul>",
                        "ru": "<ul><li><b>Найдите уединённое место и время.</b> Не торопитесь, отложите телефон.</li><li><b>Скажите, что вы заметили:</b> «В последнее время я вижу, что тебе плохо, и я за тебя волнуюсь».</li><li><b>Спросите прямо:</b> «Бывают ли у тебя мысли о самоубийстве?» Такой вопрос не повышает риск.</li><li><b>Слушайте, не осуждайте.</b> Не говорите «Это ерунда», «Другим ещё хуже». Признайте чувства ребёнка: «Я понимаю, что тебе сейчас очень тяжело».</li><li><b>Не обещайте хранить тайну.</b> «Твоя жизнь для меня важна, поэтому я привлеку тех, кто может помочь».</li><li><b>Свяжите с помощью:</b> сами отведите ребёнка к психологу, спланируйте, как поговорить с родителями.</li></ul>",
                        "en": "<ul><li><b>Find a private place and time.</b> Don't rush; put your phone away.</li><li><b>Say what you have noticed:</b> “Lately I've seen that you're not yourself, and I'm worried about you”.</li><li><b>Ask directly:</b> “Are you having thoughts of suicide?” Asking does not increase the risk.</li><li><b>Listen without judging.</b> Don't say “That's nothing” or “Others have it worse”. Acknowledge feelings: “I can see this is really hard for you right now”.</li><li><b>Don't promise secrecy.</b> “Your life matters to me, so I'm going to involve people who can help”.</li><li><b>Connect the child with help:</b> walk them to the psychologist yourself, and plan how to talk with the parents.</li></ul>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Айтпау керек сөздер",
                        "ru": "Чего не стоит говорить",
                        "en": "What not to say",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<p>«Ата-анаңды ойла, олар қалай күйзеледі» – кінә сезімін күшейтеді. «Өзіңді қолыңа ал» – баланың ауыртпалығын елемейді. «Мен сенің жасыңда...» – әңгімені өзіңізге бұрады. Кеңес беруге асықпаңыз: ең алдымен бала тыңдалғанын сезінуі керек.</p>",
                        "ru": "<p>«Подумай о родителях, как им будет плохо» – усиливает вину. «Возьми себя в руки» – обесценивает тяжесть состояния. «Вот я в твоём возрасте...» – переводит разговор на вас. Не спешите с советами: прежде всего ребёнок должен почувствовать, что его услышали.</p>",
                        "en": "<p>“Think how your parents would feel” deepens guilt. “Pull yourself together” dismisses how heavy things are. “When I was your age...” turns the talk to you. Don't hurry to give advice: first the child must feel heard.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "help",
                        "text": {
                            "kk": "<p>Сөйлесуден кейін балаға көмек көздерін жазып беріңіз: мектеп психологы, 111 байланыс орталығы, balaqorgaubot2.0 чат-боты, «balaqorgau» веб-сайты. Шұғыл қауіп болса – 112.</p>",
                            "ru": "<p>После разговора дайте ребёнку записанные источники помощи: школьный психолог, контакт-центр 111, чат-бот balaqorgaubot2.0, веб-сайт «balaqorgau». При непосредственной опасности – 112.</p>",
                            "en": "<p>After the talk, give the child the sources of help in writing: the school psychologist, the 111 contact centre, the balaqorgaubot2.0 chat-bot, the balaqorgau web site. In immediate danger – 112.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Баламен әңгімені қалай бастайтыныңызды өз сөзіңізбен жазыңыз. Тікелей сұрақ қою сізге неліктен қиын немесе оңай?",
                            "ru": "Напишите своими словами, как вы начнёте разговор с ребёнком. Почему вам трудно или легко задать прямой вопрос?",
                            "en": "Write in your own words how you would open the conversation with a child. Why is asking the direct question hard or easy for you?",
                        }
                    },
                ),
            ],
        },
        {
            "slug": "school-response-and-postvention",
            "title": {
                "kk": "Мектептің әрекеті және дағдарыстан кейінгі қолдау",
                "ru": "Действия школы и поддержка после кризиса",
                "en": "The school's response and support after a crisis",
            },
            "hours": "2.5",
            "min_active_minutes": 15,
            "body": [
                (
                    "paragraph",
                    {
                        "kk": "<p>Мектептегі әрекет тізбегі: белгіні байқаған педагог психологқа хабарлайды → психолог жағдайды бағалайды → басшылық пен ата-ана (егер ата-ана зорлықтың көзі болмаса) ақпараттандырылады → қажет болса, бала денсаулық сақтау саласының мамандарына жіберіледі → мектеп баланың жағдайын қадағалап, оқу жүктемесін уақытша жеңілдетеді.</p><p>Министрлік суицидтік әрекет жасаған балаға көмек көрсету жөніндегі өзара іс-қимыл алгоритмін әзірлеуді және суицид туралы ақпаратты бала денсаулығы мен дамуына зиян келтіретін ақпарат тізбесіне енгізуді жоспарлап отыр.</p>",
                        "ru": "<p>Последовательность действий в школе: заметивший признаки педагог сообщает психологу → психолог оценивает ситуацию → информируются руководство и родители (если родитель не является источником насилия) → при необходимости ребёнок направляется к специалистам здравоохранения → школа наблюдает за состоянием ребёнка и временно облегчает учебную нагрузку.</p><p>Министерство планирует разработать алгоритм взаимодействия по оказанию помощи ребёнку, совершившему суицидальную попытку, и включить информацию о суициде в перечень информации, причиняющей вред здоровью и развитию детей.</p>",
                        "en": "<p>The sequence in school: the teacher who notices signs informs the psychologist → the psychologist assesses the situation → the leadership and the parents are informed (unless a parent is the source of harm) → if needed, the child is referred to health professionals → the school monitors the child and temporarily eases their workload.</p><p>The ministry plans an inter-agency algorithm for helping a child after a suicide attempt, and to add information about suicide to the list of information harmful to children's health and development.</p>",
                    },
                ),
                (
                    "heading",
                    {
                        "kk": "Оқиғадан кейін сыныппен сөйлесу",
                        "ru": "Разговор с классом после трагедии",
                        "en": "Talking with the class after a tragedy",
                    },
                ),
                (
                    "paragraph",
                    {
                        "kk": "<ul><li>Сыныппен психологпен бірге, қысқа әрі шынайы сөйлесіңіз.</li><li>Оқиғаның егжей-тегжейін, тәсілін талқыламаңыз және таратпаңыз.</li><li>Суицидті батырлық немесе мәселені шешу жолы ретінде көрсетпеңіз; «кінәлі» іздемеңіз.</li><li>Балаларға сезімдерін айтуға мүмкіндік беріп, көмек көздерін еске салыңыз.</li><li>Қауіп тобындағы балаларды (жақын достары, куәгерлер, бұрын дағдарыс бастан кешкендер) бөлек қадағалаңыз.</li><li>Әлеуметтік желіде фото, видео және болжам таратпауды сұраңыз.</li></ul>",
                        "ru": "<ul><li>Говорите с классом вместе с психологом – коротко и честно.</li><li>Не обсуждайте и не распространяйте подробности и способ.</li><li>Не представляйте суицид как героизм или способ решить проблему; не ищите «виноватых».</li><li>Дайте детям возможность выразить чувства и напомните, где искать помощь.</li><li>Отдельно наблюдайте за детьми группы риска (близкие друзья, свидетели, те, кто уже переживал кризис).</li><li>Попросите не распространять фото, видео и домыслы в соцсетях.</li></ul>",
                        "en": "<ul><li>Talk with the class together with the psychologist – briefly and honestly.</li><li>Do not discuss or pass on details or the method.</li><li>Never present suicide as heroic or as a way to solve problems; do not look for someone to blame.</li><li>Let children express their feelings and remind them where to find help.</li><li>Keep a close eye on children at higher risk (close friends, witnesses, those who have been in crisis before).</li><li>Ask pupils not to share photos, videos or rumours on social media.</li></ul>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": {
                            "kk": "<p>Суицидтік әрекеттен кейін мектепке оралған бала туралы сыныпта айтпаңыз. Онымен психолог, сынып жетекшісі және ата-ана бірлесіп жасаған қолдау жоспары бойынша жұмыс істеңіз.</p>",
                            "ru": "<p>Не обсуждайте в классе ребёнка, вернувшегося в школу после суицидальной попытки. Работайте с ним по плану поддержки, составленному вместе психологом, классным руководителем и родителями.</p>",
                            "en": "<p>Do not discuss in class a child who has returned to school after a suicide attempt. Work with them according to a support plan drawn up jointly by the psychologist, the form tutor and the parents.</p>",
                        },
                    },
                ),
                (
                    "reflection",
                    {
                        "prompt": {
                            "kk": "Мектебіңізде дағдарыстық жағдайда кім не істейтіні алдын ала келісілген бе? Егер жоқ болса, қандай бір қадамнан бастар едіңіз?",
                            "ru": "Договорено ли в вашей школе заранее, кто и что делает в кризисной ситуации? Если нет, с какого одного шага вы бы начали?",
                            "en": "Has your school agreed in advance who does what in a crisis? If not, what single step would you start with?",
                        }
                    },
                ),
            ],
        },
    ],
    "test": {
        "title": {
            "kk": "4-модуль бойынша тест: суицидтің алдын алу",
            "ru": "Тест по модулю 4: профилактика суицида",
            "en": "Module 4 test: suicide prevention",
        },
        "pass_mark": 70,
        "attempt_limit": 3,
        "time_limit_minutes": None,
        "draw_count": 0,
        "shuffle_options": True,
        "questions": [
            {
                "kind": "true_false",
                "text": {
                    "kk": "Баладан суицид туралы ойлары бар-жоғын тікелей сұрау оған осы ойды салуы мүмкін, сондықтан мұндай сұрақ қоюға болмайды.",
                    "ru": "Прямой вопрос ребёнку о суицидальных мыслях может внушить ему эту мысль, поэтому задавать его нельзя.",
                    "en": "Asking a child directly about suicidal thoughts may put the idea in their head, so it must never be asked.",
                },
                "answer": False,
                "explanation": {
                    "kk": "Бұл – аңыз. Қамқорлықпен қойылған тікелей сұрақ қауіпті арттырмайды және балаға сөйлесуге мүмкіндік береді.",
                    "ru": "Это миф. Заботливый прямой вопрос не повышает риск и даёт ребёнку возможность выговориться.",
                    "en": "This is a myth. A caring direct question does not raise the risk and lets the child talk.",
                },
            },
            {
                "kind": "multiple",
                "text": {
                    "kk": "Қайсылары назар аударуды қажет ететін қауіп белгілері?",
                    "ru": "Что из перечисленного – тревожные признаки, требующие внимания?",
                    "en": "Which of these are warning signs that need attention?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Сүйікті заттарын достарына таратып беру",
                            "ru": "Раздаривание любимых вещей друзьям",
                            "en": "Giving favourite belongings away to friends",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "«Мен болмасам, бәріне жеңіл болар еді» деген сөздер",
                            "ru": "Слова «Без меня всем было бы легче»",
                            "en": "Saying “Everyone would be better off without me”",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Ұзақ күйзелістен кейінгі кенет тыныштық",
                            "ru": "Внезапное спокойствие после долгого подавленного состояния",
                            "en": "Sudden calm after a long low period",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Жаңа спорт секциясына жазылу",
                            "ru": "Запись в новую спортивную секцию",
                            "en": "Joining a new sports club",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Заттарды тарату, өзін артық сезіну туралы сөздер және кенет тыныштық – қауіп белгілері. Жаңа іспен айналысу әдетте қорғаушы фактор.",
                    "ru": "Раздаривание вещей, слова о своей ненужности и внезапное спокойствие – тревожные признаки. Новое увлечение обычно является защитным фактором.",
                    "en": "Giving things away, talk of being a burden and sudden calm are warning signs. A new hobby is usually a protective factor.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Оқушы мұғалімге өміріне қауіп төндіретін әрекетке дайын екенін айтты. Мұғалім не істеуі керек?",
                    "ru": "Ученик сказал учителю, что готов совершить действие, опасное для его жизни. Что должен сделать учитель?",
                    "en": "A pupil tells a teacher they are ready to do something that endangers their life. What should the teacher do?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Баланы жалғыз қалдырмай, 112-ге қоңырау шалып, психолог пен басшылықты шақыру",
                            "ru": "Не оставлять ребёнка одного, позвонить 112 и вызвать психолога и руководство",
                            "en": "Stay with the child, call 112 and bring in the psychologist and leadership",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Ертеңге дейін күтіп, көңіл-күйі қалай болатынын көру",
                            "ru": "Подождать до завтра и посмотреть, как изменится настроение",
                            "en": "Wait until tomorrow and see how their mood changes",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Құпияны сақтауға уәде беріп, баланы үйіне жіберу",
                            "ru": "Пообещать сохранить тайну и отпустить ребёнка домой",
                            "en": "Promise to keep it secret and send the child home",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Тікелей қауіп кезінде баланы жалғыз қалдыруға және күтуге болмайды: шұғыл көмек шақырылады.",
                    "ru": "При непосредственной опасности нельзя оставлять ребёнка одного и ждать: вызывается экстренная помощь.",
                    "en": "When danger is immediate, the child must not be left alone and nobody waits: emergency help is called.",
                },
            },
            {
                "kind": "matching",
                "text": {
                    "kk": "Айтылған сөзді оның әсерімен сәйкестендіріңіз.",
                    "ru": "Сопоставьте фразу и её эффект.",
                    "en": "Match each phrase with its effect.",
                },
                "pairs": [
                    {
                        "left": {
                            "kk": "«Ата-анаңды ойла»",
                            "ru": "«Подумай о родителях»",
                            "en": "“Think of your parents”",
                        },
                        "right": {
                            "kk": "Кінә сезімін күшейтеді",
                            "ru": "Усиливает чувство вины",
                            "en": "Deepens guilt",
                        },
                    },
                    {
                        "left": {
                            "kk": "«Бұл бос нәрсе»",
                            "ru": "«Это ерунда»",
                            "en": "“That's nothing”",
                        },
                        "right": {
                            "kk": "Баланың сезімін елемейді",
                            "ru": "Обесценивает чувства ребёнка",
                            "en": "Dismisses the child's feelings",
                        },
                    },
                    {
                        "left": {
                            "kk": "«Саған қазір өте ауыр екенін түсінемін»",
                            "ru": "«Я понимаю, что тебе сейчас очень тяжело»",
                            "en": "“I can see this is really hard for you”",
                        },
                        "right": {
                            "kk": "Сезімді мойындап, сенім туғызады",
                            "ru": "Признаёт чувства и вызывает доверие",
                            "en": "Acknowledges feelings and builds trust",
                        },
                    },
                ],
                "explanation": {
                    "kk": "Қиын сәтте балаға кеңес пен кінәлаудан бұрын тыңдау және сезімін мойындау қажет.",
                    "ru": "В трудный момент ребёнку прежде советов и упрёков нужно, чтобы его выслушали и признали его чувства.",
                    "en": "In a hard moment a child first needs to be heard and have their feelings acknowledged, before any advice or blame.",
                },
            },
            {
                "kind": "single",
                "text": {
                    "kk": "Мектептегі қайғылы оқиғадан кейін сыныппен сөйлескенде не істеу керек?",
                    "ru": "Что нужно делать, разговаривая с классом после трагедии в школе?",
                    "en": "What should be done when talking with a class after a tragedy at school?",
                },
                "options": [
                    {
                        "text": {
                            "kk": "Психологпен бірге қысқа әрі шынайы сөйлесіп, көмек көздерін еске салу",
                            "ru": "Вместе с психологом говорить коротко и честно, напомнить об источниках помощи",
                            "en": "Speak briefly and honestly with the psychologist and remind pupils where to get help",
                        },
                        "correct": True,
                    },
                    {
                        "text": {
                            "kk": "Оқиғаның барлық егжей-тегжейін түсіндіру",
                            "ru": "Подробно рассказать обо всех обстоятельствах",
                            "en": "Explain every detail of what happened",
                        },
                        "correct": False,
                    },
                    {
                        "text": {
                            "kk": "Оқиғаға кім кінәлі екенін сыныппен бірге анықтау",
                            "ru": "Вместе с классом выяснить, кто виноват",
                            "en": "Work out with the class who is to blame",
                        },
                        "correct": False,
                    },
                ],
                "explanation": {
                    "kk": "Егжей-тегжейді талқылау және кінәлі іздеу басқа балалар үшін қауіпті арттырады. Қолдау мен көмек көздері – басты назарда.",
                    "ru": "Обсуждение подробностей и поиск виноватых повышают риск для других детей. В центре – поддержка и источники помощи.",
                    "en": "Discussing details and looking for blame raises the risk for other children. The focus is support and sources of help.",
                },
            },
            {
                "kind": "true_false",
                "text": {
                    "kk": "Мұғалімнің рөлі – диагноз қою емес, белгілерді байқау, тыңдау және баланы маманмен байланыстыру.",
                    "ru": "Роль учителя – не ставить диагноз, а замечать признаки, выслушать и связать ребёнка со специалистом.",
                    "en": "A teacher's role is not to diagnose but to notice signs, listen and connect the child with a specialist.",
                },
                "answer": True,
                "explanation": {
                    "kk": "Бағалау мен емдеу – мамандардың міндеті; мұғалім дер кезінде байқап, хабарлайды.",
                    "ru": "Оценка и лечение – задача специалистов; учитель вовремя замечает и сообщает.",
                    "en": "Assessment and treatment are for specialists; the teacher notices in time and reports.",
                },
            },
        ],
    },
}
