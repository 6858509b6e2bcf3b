"""Certificates, split by meaning: ``templates`` (what methodologists design
in the admin), ``issued`` (certificates, their numbers and versions),
``jobs`` (regenerating a template's PDFs in the background) and ``waves``
(certificates issued from a list)."""

from .issued import Certificate, NumberCounter
from .jobs import RegenerationItem, RegenerationJob
from .templates import CertificateTemplate, Signatory
from .waves import Wave

__all__ = [
    "Certificate",
    "CertificateTemplate",
    "NumberCounter",
    "RegenerationItem",
    "RegenerationJob",
    "Signatory",
    "Wave",
]
