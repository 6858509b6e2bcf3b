"""Demo content of the 80-hour teacher course "Prevention of violence, bullying and suicide".

Pure Python data, no Django imports, so it can be read by a management command, a
data migration, tests or a plain script alike. Kazakh (``kk``) is the source language;
``ru`` and ``en`` are translations. The source document is the Vice-Minister of
Education's theses of 21 April 2023 (``shared/seed``).

Validate with ``python -m courses.demo_content.check``.
"""

from .final_test import FINAL_TEST
from .m1_law import MODULE as M1_LAW
from .m2_bullying import MODULE as M2_BULLYING
from .m3_violence import MODULE as M3_VIOLENCE
from .m4_suicide import MODULE as M4_SUICIDE
from .m5_registration import MODULE as M5_REGISTRATION
from .m6_parents import MODULE as M6_PARENTS
from .m7_media import MODULE as M7_MEDIA
from .m8_first_aid import MODULE as M8_FIRST_AID

COURSE = {
    "slug": "zorlyq-zombylyqtyn-aldyn-alu",
    "title": {
        "kk": "Зорлық-зомбылықтың, буллингтің, суицидтің алдын алу",
        "ru": "Профилактика насилия, буллинга и суицида",
        "en": "Prevention of violence, bullying and suicide",
    },
    "intro": {
        "kk": "Педагогтерге, педагог-психологтарға және әлеуметтік педагогтерге арналған 80 сағаттық біліктілікті арттыру курсы. Курс зорлық-зомбылықтың, буллингтің және суицидтің белгілерін тануға, дер кезінде әрекет етуге және балаға көмекті ата-аналармен, мамандармен бірлесіп ұйымдастыруға үйретеді.",
        "ru": "80-часовой курс повышения квалификации для педагогов, педагогов-психологов и социальных педагогов. Курс учит распознавать признаки насилия, буллинга и суицидального риска, своевременно реагировать и организовывать помощь ребёнку вместе с родителями и специалистами.",
        "en": "An 80-hour professional-development course for teachers, school psychologists and social pedagogues. It teaches how to recognise the signs of violence, bullying and suicide risk, act in time, and organise help for the child together with parents and specialists.",
    },
    "declared_hours": 80,
    "modules": [
        M1_LAW,
        M2_BULLYING,
        M3_VIOLENCE,
        M4_SUICIDE,
        M5_REGISTRATION,
        M6_PARENTS,
        M7_MEDIA,
        M8_FIRST_AID,
    ],
    "final_test": FINAL_TEST,
}

__all__ = ["COURSE"]
