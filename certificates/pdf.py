"""Turn a certificate into PDF bytes. Pure: no tasks, no storage.

WeasyPrint lays out ``templates/certificates/certificate.html`` with the
fonts shipped in ``certificates/fonts`` (PT Sans and PT Serif, which carry
every Kazakh letter), embeds them, and writes PDF/A-3b. The QR code, pointing at the public
verification page, is encoded by zxing-cpp (``qr_matrix``) and drawn as an
inline SVG; the fast renderer (``fastpdf``) draws the very same symbol.
"""

import base64
from pathlib import Path

import zxingcpp
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


# The symbol comes from zxing-cpp's public writer API (``create_barcode``,
# encoded by zint in C): 0.4 ms a code here where segno's pure-Python encoder
# takes 1-2 ms even with its mask fixed, a third of the fast renderer's time
# per certificate (docs/performance-certificates.md). Level M; zint picks the
# version and scores the eight data masks itself.
_DARK = bytes.maketrans(b"\x00\xff", b"\x01\x00")


def qr_matrix(url):
    """Rows (bytes, 1 for a dark module) of the QR code of ``url``, level M,
    no quiet zone."""
    barcode = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = barcode.to_image(scale=1, add_quiet_zones=False)  # 0 dark, 255 light
    size = image.shape[1]
    data = bytes(image).translate(_DARK)
    return [data[row : row + size] for row in range(0, len(data), size)]


def qr_svg(url, scale=4):
    """``qr_matrix`` as inline SVG: one path of the dark runs of each row."""
    matrix = qr_matrix(url)
    size = len(matrix)
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < size:
            if row[x]:
                start = x
                while x < size and row[x]:
                    x += 1
                runs.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
            else:
                x += 1
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size * scale}" height="{size * scale}"'
        f' viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f'<path fill="#000" d="{"".join(runs)}"/></svg>'
    )


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
