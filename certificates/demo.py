"""Demo certificate template for the teacher course, and the graduate's certificate."""

from courses.demo_content import COURSE
from courses.models import CoursePage, Enrolment

from .models import Certificate, CertificateTemplate, Signatory

TEXT = {
    "kk": "{name} {start} – {end} аралығында «{course}» біліктілікті арттыру курсын {hours} академиялық сағат көлемінде толық оқып бітірді.",
    "ru": "{name} в период с {start} по {end} полностью прошёл(-ла) курс повышения квалификации «{course}» в объёме {hours} академических часов.",
    "en": "{name} completed the professional development course “{course}” of {hours} academic hours between {start} and {end}.",
}
ORGANISATION = {
    "kk": "Қазақстан Республикасы Оқу-ағарту министрлігі · Білім платформасы",
    "ru": "Министерство просвещения Республики Казахстан · Платформа Билим",
    "en": "Ministry of Education of the Republic of Kazakhstan · Bilim platform",
}


def seed(stdout):
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    if course is None or CertificateTemplate.objects.filter(course=course).exists():
        return
    template = CertificateTemplate.objects.create(
        name="80 сағаттық курс сертификаты",
        course=course,
        number_prefix="ПК-{year}-",
        **{f"text_{code}": text for code, text in TEXT.items()},
        **{f"organisation_{code}": text for code, text in ORGANISATION.items()},
    )
    Signatory.objects.create(
        template=template,
        name="А. Б. Сейітова (демо)",
        position_kk="Курс жетекшісі",
        position_ru="Руководитель курса",
        position_en="Course director",
    )
    stdout.write("Certificates: a template for the teacher course.")


def issue_for(stdout, person):
    from .tasks import issue_course_certificate

    enrolment = Enrolment.objects.filter(user=person, completed_at__isnull=False).first()
    if enrolment is None:
        return
    if (
        not Certificate.objects.filter(source=f"course:{enrolment.pk}", status="valid")
        .exclude(pdf="")
        .exists()
    ):
        issue_course_certificate(enrolment.pk)
    certificate = Certificate.objects.get(source=f"course:{enrolment.pk}", status="valid")
    stdout.write(f"Certificates: {person.email} holds No. {certificate.number}.")
