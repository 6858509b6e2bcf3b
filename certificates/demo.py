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
    _demo_signing_key(stdout)
    course = CoursePage.objects.filter(slug=COURSE["slug"], locale__language_code="kk").first()
    if course is None:
        return
    template = CertificateTemplate.objects.filter(course=course).first()
    if template is None:
        template = _template(course)
        stdout.write("Certificates: a template for the teacher course.")
    _samples_on_home_pages(template)


def _demo_signing_key(stdout):
    """A self-signed key at the default path, so the demo's certificates are
    signed; a key named in CERTIFICATE_SIGNING_KEY is never replaced."""
    from django.conf import settings

    from . import credentials
    from .signing import demo_key, key_path

    default = settings.VAR_DIR / "signing"
    if credentials.key_path() == default / "credential-ed25519.pem":
        credentials.demo_key()  # the Open Badges credentials' Ed25519 key
    if key_path() != default / "demo.p12" or key_path().exists():
        return
    demo_key()
    stdout.write(f"Certificates: signed with a self-signed demo key ({key_path()}).")


def _template(course):
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
    return template


def _samples_on_home_pages(template):
    """The home page of each language links to a sample certificate in that
    language: the template's own PDF preview with sample data, as a document."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from content.models import HomePage

    from .admin_views import sample_certificate
    from .pdf import render_pdf

    for home in HomePage.objects.filter(sample_certificate__isnull=True).select_related("locale"):
        language = home.locale.language_code
        document = get_document_model()(title=f"Sample certificate ({language})")
        pdf = render_pdf(sample_certificate(template, language))
        document.file.save(f"sample-certificate-{language}.pdf", ContentFile(pdf), save=False)
        document.save()
        home.sample_certificate = document
        home.save_revision().publish()


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
