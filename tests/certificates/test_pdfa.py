"""The structural PDF/A checks (tests/certificates/pdfa.py) on both
renderers' output, and what they catch."""

import io

import pypdf
import pytest
from pypdf.generic import DictionaryObject, FloatObject, NameObject

from certificates import fastpdf, pdf, services
from tests.certificates.pdfa import assert_pdfa_structure, pdfa_problems

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(completed):
    fastpdf._renderer.clear()
    return services.issue_for_enrolment(completed.pk)


def test_naive_and_fast_pdfs_pass(certificate):
    assert_pdfa_structure(pdf.render_pdf(certificate))
    assert_pdfa_structure(fastpdf.try_render_fast(certificate))


def changed(data, change):
    """``data`` written again by pypdf after ``change(writer)``."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def first_descriptor(writer):
    font = next(iter(writer.pages[0]["/Resources"]["/Font"].values())).get_object()
    return font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()


def transparent(writer):
    resources = writer.pages[0]["/Resources"]
    states = resources.setdefault(NameObject("/ExtGState"), DictionaryObject()).get_object()
    states[NameObject("/GSx")] = DictionaryObject({NameObject("/ca"): FloatObject(0.5)})


def test_the_checks_catch_what_breaks_pdfa(certificate):
    data = fastpdf.try_render_fast(certificate)
    assert pdfa_problems(changed(data, lambda writer: None)) == []  # pypdf's copy passes
    cases = {
        "encrypted": lambda writer: writer.encrypt("", "owner", algorithm="RC4-128"),
        "not embedded": lambda writer: first_descriptor(writer).pop("/FontFile2"),
        "constant alpha /ca": transparent,
        "no GTS_PDFA1 output intent": lambda writer: writer.root_object.pop("/OutputIntents"),
        "no XMP metadata": lambda writer: writer.root_object.pop("/Metadata"),
    }
    for problem, change in cases.items():
        found = pdfa_problems(changed(data, change))
        assert any(problem in line for line in found), (problem, found)
    wrong_part = data.replace(b'pdfaid:part="3"', b'pdfaid:part="1"')
    assert "XMP pdfaid:part is '1', not '3'" in pdfa_problems(wrong_part)
    with pytest.raises(AssertionError, match="not PDF/A-3b"):
        assert_pdfa_structure(wrong_part)
