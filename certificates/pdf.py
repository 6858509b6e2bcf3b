"""Turn a certificate into PDF bytes. Pure: no tasks, no storage.

WeasyPrint lays out ``templates/certificates/certificate.html`` with the
fonts shipped in ``certificates/fonts`` (PT Sans and PT Serif, which carry
every Kazakh letter), embeds them, and writes PDF/A-3b. The QR code is an
inline SVG drawn by segno, pointing at the public verification page; the
fast renderer (``fastpdf``) draws the very same symbol from ``qr_code``.
"""

import base64
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

FONTS = Path(__file__).resolve().parent / "fonts"
PAGE_SIZES = {"A4": "A4", "A5": "A5", "letter": "letter"}


def verification_url(certificate):
    with translation.override(certificate.language):
        path = reverse("certificates:verify", args=[certificate.code])
    return settings.SITE_URL.rstrip("/") + path


# Data mask 2 is the one segno's own evaluation picks most often for our
# verification URLs (version 5, about two codes in five). Choosing it instead
# of scoring all eight saves 4 ms a code and gives both renderers one symbol;
# any mask decodes (readers take it from the format information).
QR_MASK = 2


def qr_code(url):
    """The verification URL as a QR code: level M (raised where the version
    has room, segno's default), never a Micro QR, data mask ``QR_MASK``."""
    return segno.make(url, error="m", micro=False, mask=QR_MASK)


def qr_svg(url):
    return qr_code(url).svg_inline(scale=4, border=0, dark="#000")


def _data_uri(image):
    if image is None:
        return ""
    with image.file.open("rb") as handle:
        data = base64.b64encode(handle.read()).decode()
    kind = "png" if image.file.name.lower().endswith(".png") else "jpeg"
    return f"data:image/{kind};base64,{data}"


def context(certificate):
    template = certificate.template
    text = certificate.text()
    return {
        "certificate": certificate,
        "text": text,
        "page_size": f"{PAGE_SIZES.get(template.page_size, 'A4')} {template.orientation}",
        "fonts": FONTS.as_uri(),
        "background": _data_uri(template.background),
        "signatories": [
            {
                "name": signatory.name,
                "position": getattr(signatory, f"position_{certificate.language}"),
                "signature": _data_uri(signatory.signature),
            }
            for signatory in template.signatories.all()[:3]
        ],
        "qr": qr_svg(verification_url(certificate)),
        "url": verification_url(certificate),
    }


def render_html(certificate):
    with translation.override(certificate.language):
        return render_to_string("certificates/certificate.html", context(certificate))


def render_pdf(certificate):
    from weasyprint import HTML

    html = HTML(string=render_html(certificate), base_url=str(FONTS))
    return html.write_pdf(
        pdf_variant="pdf/a-3b",
        pdf_identifier=certificate.code.encode(),
        custom_metadata=True,
    )
