"""Certificates signed by the issuing organisation: PAdES baseline B-B, or
B-T with an RFC 3161 time stamp when ``CERTIFICATE_TSA_URL`` is set.

The key and its chain come from the PKCS#12 file ``CERTIFICATE_SIGNING_KEY``
(its password in ``CERTIFICATE_SIGNING_PASSWORD``): an RSA key as Kazakhstan's
national certifying centre (NCA) issues them to legal entities. ``seed_demo``
makes a self-signed demo key at the default path (``demo_key``); without a key
file, certificates are stored unsigned and a warning is logged.

Speed: pyHanko's ``SimpleSigner`` decodes its private key again for every
signature (70 ms of a 95 ms signature here). ``KeptKeySigner`` keeps the key
decoded once per process and signs through the documented extension point of
a pyHanko signer, ``async_sign_raw``; the space for the signature is reserved
up front, so pyHanko makes no trial signature to size it.

The fast renderer's files (``fastpdf.RenderedPdf``) are signed faster still:
``pades`` completes one pyHanko container per process and appends the
incremental update itself (B-B only; with a TSA every file goes through
pyHanko, which fetches a time stamp per signature).

Revoking a certificate never touches its file: the verify page and the API
say it is revoked.
"""

import asyncio
import datetime
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers, timestamps
from pyhanko_certvalidator.registry import SimpleCertificateStore

from . import pades

logger = logging.getLogger(__name__)

FIELD = "Signature"
RESERVED = 12_288  # bytes for the CMS: a chain of three and a time stamp token fit


class KeptKeySigner(signers.SimpleSigner):
    """A ``SimpleSigner`` whose RSA key stays decoded (PKCS#1 v1.5, SHA-256)."""

    def __init__(self, private_key, certificate, chain=()):
        super().__init__(
            signing_cert=_asn1_certificate(certificate),
            signing_key=asn1_keys.PrivateKeyInfo.load(
                private_key.private_bytes(
                    serialization.Encoding.DER,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            ),
            cert_registry=SimpleCertificateStore.from_certs([_asn1_certificate(c) for c in chain]),
        )
        self.private_key = private_key

    async def async_sign_raw(self, data, digest_algorithm, dry_run=False):
        if digest_algorithm != "sha256" or not isinstance(self.private_key, rsa.RSAPrivateKey):
            return await super().async_sign_raw(data, digest_algorithm, dry_run=dry_run)
        if dry_run:
            return bytes(self.private_key.key_size // 8)
        return self.private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def _asn1_certificate(certificate):
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def key_path():
    return Path(settings.CERTIFICATE_SIGNING_KEY)


def _password():
    password = settings.CERTIFICATE_SIGNING_PASSWORD
    return password.encode() if password else None


@lru_cache(maxsize=4)
def _signer(path, modified):
    """The signer of the key file as it was at ``modified`` (a new file, a new signer)."""
    private_key, certificate, chain = pkcs12.load_key_and_certificates(
        Path(path).read_bytes(), _password()
    )
    if private_key is None or certificate is None:
        raise ImproperlyConfigured(f"{path} holds no private key and certificate")
    return KeptKeySigner(private_key, certificate, chain or ())


def signer():
    """The process's signer, or None when no key file is there."""
    path = key_path()
    if not path.is_file():
        return None
    return _signer(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _template(kept):
    """The process's CMS container for ``kept`` (a signer), or None where
    pades cannot complete one (the reason logged once)."""
    try:
        return pades.CmsTemplate(kept, run_async)
    except pades.TemplateUnusable as reason:
        logger.warning("Signing through pyHanko for every certificate: %s", reason)
        return None


def _strings():
    import pydyf

    pairs = (
        ("Name", settings.CERTIFICATE_SIGNER_NAME),
        ("Location", settings.CERTIFICATE_SIGNER_LOCATION),
        ("Reason", settings.CERTIFICATE_SIGNING_REASON),
    )
    return [(key, pydyf.String(value).data) for key, value in pairs if value]


def _timestamper():
    url = settings.CERTIFICATE_TSA_URL
    return timestamps.HTTPTimeStamper(url, timeout=10) if url else None


def sign(pdf_bytes):
    """The PDF with the organisation's signature added as an incremental
    update (PDF/A-3b stays: the original bytes are kept as they were)."""
    kept = signer()
    if kept is None:
        logger.warning("No signing key at %s: the certificate is stored unsigned", key_path())
        return pdf_bytes
    structure = getattr(pdf_bytes, "structure", None)
    if structure is not None and not settings.CERTIFICATE_TSA_URL:
        template = _template(kept)
        if template is not None:
            return pades.append_signature(bytes(pdf_bytes), structure, template, strings=_strings())
    writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=settings.CERTIFICATE_SIGNER_NAME or None,
        location=settings.CERTIFICATE_SIGNER_LOCATION or None,
        reason=settings.CERTIFICATE_SIGNING_REASON or None,
    )
    signing = signers.PdfSigner(meta, kept, timestamper=_timestamper()).async_sign_pdf(
        writer, bytes_reserved=RESERVED
    )
    return run_async(signing).getvalue()


def run_async(coroutine):
    """Run one of pyHanko's coroutines to its end. Its blocking functions call
    ``asyncio.run``, which fails where the thread already runs a loop (an ASGI
    server, Playwright's sync API in the browser tests); there the coroutine
    runs in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def demo_key(path=None, common_name="Bilim LMS (demo signature)", private_key=None):
    """Write a self-signed certificate of ``private_key`` (a new RSA key by
    default) as PKCS#12 at ``path`` (the configured key by default) unless
    one is there; returns the path."""
    path = Path(path or key_path())
    if path.exists():
        return path
    if private_key is None:
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bilim LMS demo"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(private_key, hashes.SHA256())
    )
    password = _password()
    encryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"bilim", private_key, certificate, None, encryption)
    )
    path.chmod(0o600)
    return path
