"""Certificates, split by meaning: ``templates`` (what methodologists design
in the admin) and ``issued`` (certificates, their numbers and versions)."""

from .issued import Certificate, NumberCounter
from .templates import CertificateTemplate, Signatory

__all__ = ["Certificate", "CertificateTemplate", "NumberCounter", "Signatory"]
