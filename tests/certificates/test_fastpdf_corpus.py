"""The fast renderer against WeasyPrint on 2,000 holders (tests/certificates/corpus.py).

Every holder's certificate is rendered by ``fastpdf`` and laid out by
WeasyPrint from the very markup ``pdf.render_pdf`` renders; pdfium extracts
both. The text must be identical and every character's box within
``TOLERANCE`` of WeasyPrint's, or the fast path must have handed the
certificate to WeasyPrint (``fastpdf.try_render_fast`` gave None): those
fallbacks are counted, and only names outside the fonts may need one.

WeasyPrint spends most of a certificate's 50 ms on what every document
needs (stylesheets, fonts); so that 2,000 fit in the suite, each language's
certificates of a chunk are laid out as the pages of one document, each
certificate's page exactly as its own document lays it out (checked here
against ``pdf.render_pdf`` on the first of each group). The corpus runs in
chunks that the test workers share.
"""

import pypdfium2
import pytest
from django.utils import timezone

from certificates import fastpdf, pdf, services
from certificates.models import Certificate
from tests.certificates.corpus import people
from tests.certificates.glyphs import char_boxes, deviation, page_chars
from tests.certificates.pdfa import assert_pdfa_structure

pytestmark = pytest.mark.django_db

CORPUS = 2000
CHUNKS = 8
TOLERANCE = 0.5  # points
PDFA_EVERY = 25  # structural PDF/A checks on every 25th fast PDF


def certificate_of(person, template):
    number = f"{template.series(2026)}{person.serial + 1:06d}"
    texts = services.frozen_texts(
        template,
        person.name,
        person.titles,
        person.hours,
        person.started_on,
        person.completed_on,
        number,
    )
    return Certificate(
        number=number,
        code=person.code,
        source=f"corpus:{person.serial}",
        template=template,
        holder_name=person.name,
        language=person.language,
        texts=texts,
        hours=person.hours,
        started_on=person.started_on,
        completed_on=person.completed_on,
        issued_at=timezone.now(),
    )


def weasyprint_pages(certificates):
    """pdfium's characters of each certificate laid out by WeasyPrint: the
    bodies of ``pdf.render_html`` as the pages of one document, which must
    all be in one language (the document's ``lang``)."""
    from weasyprint import HTML

    html = [pdf.render_html(certificate) for certificate in certificates]
    head = html[0].split("<body>")[0]
    # One frame a page, each as tall as its own document's page makes it.
    head = head.replace("</head>", "<style>html, body { height: auto }")
    head += ".frame { height: 100vh; break-after: page }</style></head>"
    bodies = [page.split("<body>")[1].split("</body>")[0] for page in html]
    document = HTML(string=f"{head}<body>{''.join(bodies)}</body></html>", base_url=str(pdf.FONTS))
    data = document.write_pdf(pdf_variant=fastpdf.PDF_VARIANT, custom_metadata=True)
    pages = pypdfium2.PdfDocument(data)
    assert len(pages) == len(certificates)
    return [page_chars(page) for page in pages]


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_fast_matches_weasyprint_on_the_corpus(template, chunk):
    fastpdf._renderer.clear()
    size = CORPUS // CHUNKS
    holders = people(CORPUS)[chunk * size : (chunk + 1) * size]
    certificates = [certificate_of(person, template) for person in holders]
    fast = [fastpdf.try_render_fast(certificate) for certificate in certificates]
    fallbacks = {person.serial for person, data in zip(holders, fast, strict=True) if not data}
    assert fallbacks == {person.serial for person in holders if person.foreign}

    mismatches, worst = [], 0.0
    for language in ("kk", "ru", "en"):
        group = [
            (certificate, data)
            for certificate, data in zip(certificates, fast, strict=True)
            if certificate.language == language and data
        ]
        if not group:
            continue
        naive = weasyprint_pages([certificate for certificate, _ in group])
        # The batched layout is WeasyPrint's own, page for page.
        assert deviation(char_boxes(pdf.render_pdf(group[0][0])), naive[0]) == 0
        for (certificate, data), expected in zip(group, naive, strict=True):
            distance = deviation(expected, char_boxes(data))
            if distance is None or distance > TOLERANCE:
                mismatches.append((certificate.source, certificate.holder_name, distance))
            else:
                worst = max(worst, distance)
    assert not mismatches, mismatches
    for data in fast[::PDFA_EVERY]:
        if data:
            assert_pdfa_structure(data)
    print(
        f"chunk {chunk}: {len(certificates)} certificates, {len(fallbacks)} fallbacks, "
        f"worst deviation {worst:.4f} pt"
    )
