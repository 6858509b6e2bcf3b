"""The fast renderer: the same certificate as the naive one, fast, in bulk."""

import copy
import io
import secrets
import time
from unittest import mock

import pypdf
import pytest
from celery.exceptions import Retry
from django.core import mail

from certificates import bulk, fastpdf, pdf, services, tasks
from certificates.models import Certificate, NumberCounter
from tests.certificates.conftest import complete
from tests.certificates.glyphs import char_boxes, deviation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NAME = "Құрманғалиева Әсем Өмірзаққызы"


@pytest.fixture(autouse=True)
def _fresh_skeletons():
    fastpdf._renderer.clear()
    yield
    fastpdf._renderer.clear()


@pytest.fixture
def certificate(completed):
    return services.issue_for_enrolment(completed.pk)


def fast(certificate):
    """The fast path only: the naive renderer must not be called."""
    with mock.patch.object(pdf, "render_pdf", side_effect=AssertionError("fell back")):
        return fastpdf.render_pdf_fast(certificate)


def reader(data):
    return pypdf.PdfReader(io.BytesIO(data), strict=True)


def text_of(data):
    return reader(data).pages[0].extract_text()


def test_the_text_carries_the_name_hours_and_number(certificate):
    text = text_of(fast(certificate))
    assert NAME in text
    for letter in "ҚұғӘөі":
        assert letter in text
    assert certificate.number in text
    assert "8 " in text or "8\n" in text
    assert certificate.text()["body"].split()[-1] in text  # the end of the body
    assert certificate.started_on.strftime("%d.%m.%Y") in text


def test_every_kazakh_letter_is_set_and_extracted(completed, certificate):
    letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
    certificate.holder_name = f"{letters} Ёё Щщ Ъъ"
    text = text_of(fast(certificate))
    assert f"{letters} Ёё Щщ Ъъ" in text


def test_fonts_are_embedded_and_it_is_pdf_a(certificate):
    document = reader(fast(certificate))
    fonts = []
    for ref in document.pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        fonts.append(("/FontFile2" in descriptor and "/ToUnicode" in font, font["/BaseFont"]))
    assert len(fonts) == 3 and all(embedded for embedded, _ in fonts)
    root = document.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert certificate.number in xmp  # the title, as the naive one has it
    intent = root["/OutputIntents"][0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in intent
    assert document.metadata.title == f"{certificate.text()['title']} {certificate.number}"
    assert document.pdf_header == "%PDF-1.7"


def test_embedded_programs_match_their_widths(certificate):
    """PDF/A: /W agrees with each embedded program's advance widths."""
    from fontTools.ttLib import TTFont

    document = reader(fast(certificate))
    for ref in document.pages[0]["/Resources"]["/Font"].values():
        descendant = ref.get_object()["/DescendantFonts"][0].get_object()
        program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
        font = TTFont(io.BytesIO(program))
        order = font.getGlyphOrder()
        widths = descendant["/W"]
        for index in range(0, len(widths), 2):
            gid, (width,) = widths[index], widths[index + 1]
            advance = font["hmtx"][order[gid]][0] * 1000 / font["head"].unitsPerEm
            assert abs(advance - width) <= 1, (gid, advance, width)
            font["glyf"][order[gid]].getCoordinates(font["glyf"])  # the glyph parses


def test_the_qr_code_decodes_to_the_verification_url(certificate):
    import pypdfium2
    import zxingcpp

    document = pypdfium2.PdfDocument(fast(certificate))
    image = document[0].render(scale=4).to_pil()
    codes = zxingcpp.read_barcodes(image)
    assert [code.text for code in codes] == [pdf.verification_url(certificate)]


def qr_image(matrix, scale=4, border=4):
    from PIL import Image

    size = len(matrix)
    image = Image.new("L", (size + 2 * border, size + 2 * border), 255)
    for i, row in enumerate(matrix):
        for j, dark in enumerate(row):
            if dark:
                image.putpixel((j + border, i + border), 0)
    return image.resize((image.width * scale, image.height * scale), Image.NEAREST)


def test_both_renderers_draw_zxing_cpp_s_symbol_and_it_decodes():
    """Both renderers draw ``pdf.qr_matrix`` (zxing-cpp's writer, level M):
    the naive one as SVG, the fast one as rectangles; it decodes whatever the
    data, and the SVG has exactly the matrix's dark modules."""
    import re

    import zxingcpp

    urls = [
        f"https://bilim.edu.kz/{language}/certificates/verify/{secrets.token_urlsafe(18)}/"
        for language in ("kk", "ru", "en") * 70
    ]
    urls += ["x" * 300, "https://b.kz/" + "Ә" * 40, "0123456789" * 20, "https://b.kz/v/A1/"]
    for url in urls:
        matrix = pdf.qr_matrix(url)
        assert fastpdf.qr_matrix(url) == matrix
        assert len(matrix) >= 21 and all(len(row) == len(matrix) for row in matrix)
        found = zxingcpp.read_barcodes(qr_image(matrix), formats=zxingcpp.BarcodeFormat.QRCode)
        assert [(code.text, code.ec_level) for code in found] == [(url, "M")]
        runs = re.findall(r"M(\d+) (\d+)h(\d+)v1h-\3z", pdf.qr_svg(url))
        assert sum(int(width) for _x, _y, width in runs) == sum(sum(row) for row in matrix)
        for x, y, width in runs:
            assert all(matrix[int(y)][int(x) : int(x) + int(width)])


def test_fastpdf_has_no_qr_encoder_or_font_writer_of_its_own():
    """It reaches the QR writer only through ``pdf.qr_matrix`` and fontTools through
    its public modules: no Reed-Solomon tables, masks or TrueType tables here."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(fastpdf.__file__).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert not {name for name in imported if name.startswith(("segno", "zxingcpp"))}
    assert {name for name in imported if name.lower().startswith("fonttools")} <= {
        "fontTools.subset",
        "fontTools.ttLib.TTFont",
    }
    assert not {"struct", "array.array"} & imported


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("kk", NAME),
        ("ru", "Иванова Мария Петровна"),
        ("en", "Smith-Jones Official Finance"),  # ligatures (fi) and a hyphen
        ("kk", "Әбдіқадырова-Сейітқалиева Гүлжаһан Нұрмұхамедқызы Ұлықбекова-Өтегенова"),
    ],
)
def test_it_looks_like_the_naive_one(completed, certificate, language, name):
    """Every character in the same place (to a hundredth of a point), long
    names wrapping as WeasyPrint wraps them."""
    certificate.language = language
    certificate.holder_name = name
    texts = certificate.texts[language]
    texts["body"] = texts["body"].replace(NAME, name)
    naive, quick = char_boxes(pdf.render_pdf(certificate)), char_boxes(fast(certificate))
    assert "".join(char for char, _ in quick) == "".join(char for char, _ in naive)
    assert name.split()[-1] in "".join(char for char, _ in quick)
    assert deviation(naive, quick) < 0.01


def test_a_line_break_too_close_to_call_is_left_to_weasyprint(db):
    """A word ending within two Pango units of the line's end could land on
    either line: the fast path says so rather than guess."""
    shaped = fastpdf.shape("Әсем Өмірзаққызы", fastpdf.face("PTS55F.ttf"), 16.0)
    width = sum(shaped.widths) / fastpdf.PANGO_SCALE
    assert len(fastpdf.break_lines(shaped, width + 0.1, width + 0.1, False)) == 1
    assert len(fastpdf.break_lines(shaped, width - 0.1, width - 0.1, False)) == 2
    with pytest.raises(fastpdf.Unsupported, match="too close"):
        fastpdf.break_lines(shaped, width, width, False)


def png(size, colour, mode="RGB"):
    from PIL import Image, ImageDraw

    image = Image.new(mode, size, colour)
    draw = ImageDraw.Draw(image)
    draw.line((0, size[1] - 1, size[0], 0), fill=(20, 40, 120, 255)[: len(mode)], width=6)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_background_and_signature_images_are_kept(certificate, template):
    """The fixed part carries WeasyPrint's images (a background, a signature
    with transparency) as they are: the page renders as the naive one."""
    import pypdfium2
    from django.core.files.base import ContentFile

    from content.models import CustomImage

    def image(name, data, size):
        return CustomImage.objects.create(
            title=name, file=ContentFile(data, name=f"{name}.png"), width=size[0], height=size[1]
        )

    plain = copy.copy(certificate)
    plain.template = copy.copy(certificate.template)
    template.background = image("background", png((297, 210), (250, 246, 230)), (297, 210))
    template.save()
    signatory = template.signatories.get()
    signatory.signature = image("signature", png((160, 60), (0, 0, 0, 0), "RGBA"), (160, 60))
    signatory.save()
    certificate.template.refresh_from_db()

    def pixels(data):
        page = pypdfium2.PdfDocument(data)[0]
        return page.render(scale=1).to_pil().convert("L").tobytes()

    naive, quick = pixels(pdf.render_pdf(certificate)), pixels(fast(certificate))
    assert len(naive) == len(quick)
    differing = sum(1 for a, b in zip(naive, quick, strict=True) if abs(a - b) > 48)
    assert differing < len(naive) / 500  # anti-aliasing at a few edges, no more
    assert sum(naive) < 0.99 * sum(pixels(pdf.render_pdf(plain)))  # the images do show

    def drawn(data):
        resources = reader(data).pages[0]["/Resources"]
        return {key: len(resources.get(key, {})) for key in ("/XObject", "/Pattern")}

    assert drawn(fast(certificate)) == drawn(pdf.render_pdf(certificate))


def test_two_certificates_differ_in_name_and_id(course, template, certificate):
    other = services.issue_for_enrolment(
        complete(
            UserFactory(last_name="Сейітов", first_name="Нұрлан", email="n@example.kz"), course
        ).pk
    )
    first, second = reader(fast(certificate)), reader(fast(other))
    assert first.trailer["/ID"][0] != second.trailer["/ID"][0]
    assert first.trailer["/ID"][1] != second.trailer["/ID"][1]
    assert NAME in first.pages[0].extract_text()
    second_text = second.pages[0].extract_text()
    assert "Сейітов Нұрлан" in second_text and NAME not in second_text
    assert other.number in second_text and certificate.number not in second_text


def test_a_character_outside_the_fonts_falls_back(certificate):
    certificate.holder_name = "Əliyev Rəşad"  # Latin schwa: not in PT Sans or PT Serif
    with pytest.raises(fastpdf.Unsupported):
        fastpdf._renderer.render(certificate)
    with mock.patch.object(pdf, "render_pdf", wraps=pdf.render_pdf) as naive:
        data = fastpdf.render_pdf_fast(certificate)
    assert naive.called
    assert "Əliyev Rəşad" in text_of(data)


def test_fifty_fast_take_less_than_five_naive(certificate):
    fast(certificate)  # lays the template out once
    started = time.perf_counter()
    for _ in range(5):
        pdf.render_pdf(certificate)
    naive = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(50):
        fast(certificate)
    quick = time.perf_counter() - started
    assert quick < naive  # at least ten times the throughput (about fifty on the bench)


def test_a_template_edit_lays_it_out_again(certificate, template):
    assert "Директор" in text_of(fast(certificate))
    signatory = template.signatories.get()
    signatory.position_kk = "Курс жетекшісі"
    signatory.save()
    template.save()  # as the admin does: the edit moves updated_at
    certificate.template.refresh_from_db()
    assert "Курс жетекшісі" in text_of(fast(certificate))


def test_deliver_uses_the_fast_renderer(completed):
    with mock.patch.object(fastpdf, "render_pdf_fast", wraps=fastpdf.render_pdf_fast) as quick:
        tasks.issue_course_certificate.run(completed.pk)
    assert quick.call_count == 1
    certificate = Certificate.objects.get()
    with certificate.pdf.open("rb") as handle:
        assert NAME in text_of(handle.read())


def test_issue_batch_issues_numbers_stores_and_sends(course, template):
    enrolments = [
        complete(
            UserFactory(role="teacher", email=f"t{n}@example.kz", last_name=f"Әлиев{n}"), course
        )
        for n in range(5)
    ]
    ids = [enrolment.pk for enrolment in enrolments]
    bulk.issue_batch.run(ids)
    certificates = list(Certificate.objects.order_by("number"))
    assert [c.number[-6:] for c in certificates] == [f"{n:06d}" for n in range(1, 6)]
    assert {c.source for c in certificates} == {f"course:{pk}" for pk in ids}
    assert all(c.pdf and c.emailed_at for c in certificates)
    assert len(mail.outbox) == 5
    with certificates[2].pdf.open("rb") as handle:
        assert certificates[2].holder_name in text_of(handle.read())
    bulk.issue_batch.run(ids)  # twice: nothing new
    assert Certificate.objects.count() == 5 and len(mail.outbox) == 5
    assert NumberCounter.objects.get().last == 5


def test_deliver_batch_skips_what_is_done_and_reports_failures(course, template):
    enrolments = [
        complete(UserFactory(role="teacher", email=f"d{n}@example.kz"), course) for n in range(3)
    ]
    certificates = bulk.issue_for_enrolments([e.pk for e in enrolments])
    ids = [c.pk for c in certificates]
    tasks.deliver(ids[0])  # rendered, stored and sent already
    first_file = Certificate.objects.get(pk=ids[0]).pdf.name
    send = tasks.EmailMessage.send

    def smtp_refuses_d2(message, *args, **kwargs):
        if message.to == ["d2@example.kz"]:
            raise ConnectionError("smtp")
        return send(message, *args, **kwargs)

    with (
        mock.patch.object(tasks.EmailMessage, "send", autospec=True, side_effect=smtp_refuses_d2),
        pytest.raises((bulk.BatchError, Retry)),  # eager tasks: the letters' retries surface
    ):
        bulk.deliver_batch.run(ids)
    assert Certificate.objects.filter(pk__in=ids, pdf="").count() == 0
    assert Certificate.objects.get(pk=ids[0]).pdf.name == first_file  # not rendered again
    assert [letter.to for letter in mail.outbox] == [["d0@example.kz"], ["d1@example.kz"]]
    assert Certificate.objects.get(pk=ids[2]).emailed_at is None  # the claim let go
    bulk.deliver_batch.run(ids)  # the retry sends only the one that failed
    assert Certificate.objects.filter(emailed_at__isnull=True).count() == 0
    assert len(mail.outbox) == 3 and mail.outbox[-1].to == ["d2@example.kz"]


def test_a_race_in_the_batch_falls_back_to_one_by_one(course, template):
    enrolments = [
        complete(UserFactory(role="teacher", email=f"r{n}@example.kz"), course) for n in range(3)
    ]
    original, raced = services.template_for_course, []

    def racing(course_key):
        if not raced:  # another worker issues the second one after our check
            raced.append(None)
            raced[0] = services.issue_for_enrolment(enrolments[1].pk)
        return original(course_key)

    with mock.patch.object(services, "template_for_course", side_effect=racing):
        certificates = bulk.issue_for_enrolments([e.pk for e in enrolments])
    assert raced and raced[0] in certificates
    assert len({c.pk for c in certificates}) == 3 == Certificate.objects.count()
    numbers = sorted(c.number[-6:] for c in Certificate.objects.all())
    assert numbers == ["000001", "000002", "000003"]  # no gap from the rolled-back batch


def test_a_template_showing_another_field_is_rendered_in_full(certificate):
    """A per-person value the fast path cannot place (here the completion
    date) is never baked into the skeleton: such certificates render in full."""
    from django.template import engines
    from django.template.loader import get_template

    source = get_template("certificates/certificate.html").template.source
    changed = source.replace("</body>", "<p>{{ certificate.completed_on }}</p></body>")
    assert changed != source

    def render(name, context):
        return engines["django"].from_string(changed).render(context)

    with mock.patch.object(fastpdf, "render_to_string", side_effect=render):
        with pytest.raises(fastpdf.Unsupported, match="completed_on"):
            fastpdf._renderer.render(certificate)
        with mock.patch.object(pdf, "render_pdf", return_value=b"%PDF naive") as naive:
            assert fastpdf.render_pdf_fast(certificate) == b"%PDF naive"
    assert naive.called
