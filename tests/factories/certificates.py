"""Certificate templates and issued certificates. A certificate is issued
through ``certificates.services.issue`` (numbering, frozen texts), as a
completion would issue it; the PDF is left to the tests that render one."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.utils import timezone

from certificates import services
from certificates.demo import ORGANISATION, TEXT
from certificates.models import Certificate, CertificateTemplate

from .people import UserFactory


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    """For a course (``course=``) or a programme (``programme_key=``)."""

    class Meta:
        model = CertificateTemplate

    name = factory.Sequence(lambda n: f"Template {n}")
    number_prefix = "ПК-{year}-"
    text_kk = TEXT["kk"]
    text_ru = TEXT["ru"]
    text_en = TEXT["en"]
    organisation_kk = ORGANISATION["kk"]
    organisation_ru = ORGANISATION["ru"]
    organisation_en = ORGANISATION["en"]


class CertificateFactory(factory.Factory):
    """A valid certificate for ``holder`` from ``template``."""

    class Meta:
        model = Certificate

    holder = factory.SubFactory(UserFactory)
    template = factory.SubFactory(CertificateTemplateFactory)
    source = factory.Sequence(lambda n: f"course:{900000 + n}")
    titles = factory.LazyFunction(
        lambda: {"kk": "Қысқа курс", "ru": "Короткий курс", "en": "Short course"}
    )
    hours = Decimal("80")
    completed_on = factory.LazyFunction(timezone.localdate)
    started_on = factory.LazyAttribute(lambda c: c.completed_on - timedelta(days=14))

    @classmethod
    def _create(
        cls, model_class, holder, template, source, titles, hours, started_on, completed_on
    ):
        """Issued by the service, not saved field by field."""
        return services.issue(source, holder, template, titles, hours, started_on, completed_on)
