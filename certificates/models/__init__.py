"""Certificates, split by meaning: ``templates`` (what methodologists design
in the admin), ``issued`` (certificates, their numbers and versions) and
``jobs`` (regenerating a template's PDFs in the background)."""

from .issued import Certificate, NumberCounter
from .jobs import RegenerationItem, RegenerationJob
from .templates import CertificateTemplate, Signatory

__all__ = [
    "Certificate",
    "CertificateTemplate",
    "NumberCounter",
    "RegenerationItem",
    "RegenerationJob",
    "Signatory",
]
