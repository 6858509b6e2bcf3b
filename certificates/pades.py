"""A PAdES B-B signature appended to a PDF whose structure we know: the
certificates the fast renderer writes (``fastpdf.Structure``).

pyHanko signs any PDF, but it reads the whole file, and asn1crypto encodes the
CMS object anew for every signature: about 12 ms of a worker's time per
certificate, three times what rendering it costs. A wave signs thousands of
documents of one shape with one key, so:

- **One CMS per process** (``CmsTemplate``). pyHanko's public ``Signer.async_sign``
  makes a PAdES signature container once, over a random digest. Its signed
  attributes (content type, message digest, signing certificate v2) differ
  from document to document only in the 32-byte message digest, and an RSA
  PKCS#1 v1.5 signature always has the key's length, so every later container
  is the same bytes with two fixed-length values replaced: the digest inside
  the signed attributes, and the signature over those attributes made with the
  kept key. The template checks itself when it is made (the signature it holds
  verifies over the attributes as we re-encode them) and is not used for keys
  it cannot handle (not RSA) or when a time stamp is wanted (B-T: a token per
  document, pyHanko's path).
- **The incremental update written directly** (``append_signature``): the
  signature dictionary, an invisible signature field (a widget with a zero
  rectangle, flags Print and Locked, as pyHanko writes it), new versions of
  the page (``/Annots``) and of the catalog (``/AcroForm``), a cross-reference
  section and a trailer pointing back at the original one. The original bytes
  stay as they were, PDF/A-3b included. The room for the container is its
  exact length, so files grow by about 3.5 KB instead of 24.

tests/certificates/test_signing.py validates the result with pyHanko's
validator and with poppler's ``pdfsig``, as it does pyHanko's own output.
"""

import hashlib
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from django.utils import timezone

DIGEST_LENGTH = 32  # SHA-256
FIELD_FLAGS = 132  # Print (4) and Locked (128): visible to PDF/A, never edited


class TemplateUnusable(Exception):  # noqa: N818 - a reason, said in the log
    """This key or container cannot be completed by replacing fixed-length values."""


class CmsTemplate:
    """A PAdES signature container made once by pyHanko, completed per
    document with the document's digest and a new signature."""

    def __init__(self, signer, run):
        """``signer``: a pyHanko signer with ``private_key`` (the kept key);
        ``run``: runs one of pyHanko's coroutines (``signing.run_async``)."""
        key = getattr(signer, "private_key", None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise TemplateUnusable("the key is not RSA")
        nonce = secrets.token_bytes(DIGEST_LENGTH)
        container = run(signer.async_sign(nonce, "sha256", use_pades=True))
        signer_info = container["content"]["signer_infos"][0]
        if signer_info["unsigned_attrs"].native:
            raise TemplateUnusable("the container has unsigned attributes")
        self.der = container.dump()
        attributes = signer_info["signed_attrs"].dump()  # [0] IMPLICIT SET OF
        signature = signer_info["signature"].native
        self.key = key
        self.attributes = attributes
        self.digest_at = _only(attributes, nonce, "digest")
        self.attributes_at = _only(self.der, attributes, "signed attributes")
        self.signature_at = _only(self.der, signature, "signature")
        self.signature_length = len(signature)
        if self.signature_length != (key.key_size + 7) // 8:
            raise TemplateUnusable("the signature is not of the key's length")
        try:  # what we sign is what pyHanko signed
            key.public_key().verify(
                signature, self._signed_bytes(attributes), padding.PKCS1v15(), hashes.SHA256()
            )
        except InvalidSignature:
            raise TemplateUnusable("the signed attributes do not re-encode as signed") from None

    @staticmethod
    def _signed_bytes(attributes):
        # RFC 5652, 5.4: the signature covers the attributes' DER as a SET OF
        # (tag 0x31), not with the [0] IMPLICIT tag they carry in SignerInfo.
        return b"\x31" + attributes[1:]

    def __len__(self):
        return len(self.der)

    def container(self, digest):
        """The DER signature container for a document of this SHA-256 digest."""
        if len(digest) != DIGEST_LENGTH:
            raise ValueError("a SHA-256 digest has 32 bytes")
        attributes = bytearray(self.attributes)
        attributes[self.digest_at : self.digest_at + DIGEST_LENGTH] = digest
        attributes = bytes(attributes)
        signature = self.key.sign(
            self._signed_bytes(attributes), padding.PKCS1v15(), hashes.SHA256()
        )
        der = bytearray(self.der)
        der[self.attributes_at : self.attributes_at + len(attributes)] = attributes
        der[self.signature_at : self.signature_at + self.signature_length] = signature
        return bytes(der)


def _only(data, part, what):
    at = data.find(part)
    if at < 0 or data.find(part, at + 1) >= 0:
        raise TemplateUnusable(f"the {what} is not found exactly once")
    return at


def _pdf_date(moment):
    local = timezone.localtime(moment)
    offset = local.strftime("%z") or "+0000"
    return f"(D:{local:%Y%m%d%H%M%S}{offset[0]}{offset[1:3]}'{offset[3:5]}')".encode()


def _with(dictionary, entry):
    """``dictionary`` (``<<...>>`` bytes) with ``entry`` added at its end."""
    body = dictionary.rstrip()
    if not body.endswith(b">>"):
        raise ValueError("not a dictionary")
    return body[:-2] + b" " + entry + b">>"


def _xref(offsets):
    """Cross-reference subsections of the objects at ``offsets`` (number ->
    offset), free object 0 first, as pyHanko writes an update's."""
    lines = [b"xref\n0 1\n0000000000 65535 f \n"]
    numbers = sorted(offsets)
    start = 0
    while start < len(numbers):
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        lines.append(b"%d %d\n" % (numbers[start], end - start + 1))
        lines.extend(b"%010d 00000 n \n" % offsets[n] for n in numbers[start : end + 1])
        start = end + 1
    return b"".join(lines)


def append_signature(pdf_bytes, structure, template, *, strings=(), moment=None):
    """``pdf_bytes`` (written as ``structure`` says) with a PAdES B-B signature
    of ``template``'s key appended as an incremental update. ``strings``:
    ``(key, PDF string bytes)`` pairs for the signature dictionary (``Name``,
    ``Location``, ``Reason``)."""
    if b"/Annots" in structure.page_dict or b"/AcroForm" in structure.catalog_dict:
        raise ValueError("the page already has annotations or the document a form")
    widget, signature = structure.size, structure.size + 1
    objects = {
        structure.catalog: _with(
            structure.catalog_dict, b"/AcroForm <</Fields [%d 0 R] /SigFlags 3>>" % widget
        ),
        structure.page: _with(structure.page_dict, b"/Annots [%d 0 R]" % widget),
        widget: b"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature) /F %d"
        b" /Rect [0 0 0 0] /P %d 0 R /V %d 0 R>>" % (FIELD_FLAGS, structure.page, signature),
    }
    data = bytearray(pdf_bytes)
    if not data.endswith(b"\n"):
        data += b"\n"
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(data)
        data += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    offsets[signature] = len(data)
    data += b"%d 0 obj\n<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached" % (
        signature
    )
    data += b" /M " + _pdf_date(moment or timezone.now())
    for key, value in strings:
        data += b" /" + key.encode() + b" " + value
    data += b" /ByteRange "
    byte_range_at = len(data)
    data += b" " * 40  # [0 a b c], written below
    data += b" /Contents "
    contents_at = len(data)
    hex_length = 2 * len(template)
    data += b"<" + b"0" * hex_length + b">>>\nendobj\n"
    contents_end = contents_at + hex_length + 2
    xref_at = len(data)
    data += _xref(offsets)
    first_id, _ = structure.ids
    second_id = b"<%s>" % hashlib.md5(first_id + b"signed").hexdigest().encode()  # noqa: S324
    data += (
        b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [%s %s] /Prev %d>>\n"
        b"startxref\n%d\n%%%%EOF\n"
        % (
            signature + 1,
            structure.catalog,
            structure.info,
            first_id,
            second_id,
            structure.startxref,
            xref_at,
        )
    )
    byte_range = b"[0 %d %d %d]" % (contents_at, contents_end, len(data) - contents_end)
    data[byte_range_at : byte_range_at + 40] = byte_range.ljust(40)
    view = memoryview(data)
    digest = hashlib.sha256(view[:contents_at])
    digest.update(view[contents_end:])
    view.release()
    container = template.container(digest.digest()).hex().encode()
    data[contents_at + 1 : contents_at + 1 + len(container)] = container
    return bytes(data)
