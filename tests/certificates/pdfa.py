"""Structural PDF/A-3b checks for certificate PDFs, naive, fast or signed.

``assert_pdfa_structure(pdf_bytes)`` fails with every problem it finds
(``pdfa_problems`` lists them): an output intent ``GTS_PDFA1`` with an ICC
profile; an XMP packet saying ``pdfaid:part`` 3 and ``pdfaid:conformance`` B;
every font embedded (a ``FontFile``, ``FontFile2`` or ``FontFile3`` in every
font descriptor, a descriptor for every simple and CID font); no encryption;
a file identifier; no transparency (soft masks, constant alpha below 1, blend
modes, transparency groups). It reads the whole object graph from the
catalogue, so what a signature adds in an incremental update is checked too.

These are the rules read from a file's structure, not a validator: veraPDF
also checks the content streams, the fonts' programs and the XMP schemas.
PDF/A-2 and -3 would allow transparency; our certificates do without it, as
PDF/A-1 demands, so that every viewer and printer draws them alike.
"""

import io
import xml.etree.ElementTree as ET

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

PDFAID = "{http://www.aiim.org/pdfa/ns/id/}"
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
DESCRIBED_FONTS = {"/Type1", "/MMType1", "/TrueType", "/CIDFontType0", "/CIDFontType2"}


def assert_pdfa_structure(pdf_bytes):
    problems = pdfa_problems(pdf_bytes)
    assert not problems, "not PDF/A-3b in structure:\n" + "\n".join(problems)


def pdfa_problems(pdf_bytes):
    if not pdf_bytes.startswith(b"%PDF-"):
        return ["no %PDF- header"]
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes), strict=True)
    trailer = reader.trailer
    if "/Encrypt" in trailer or reader.is_encrypted:
        return ["encrypted: /Encrypt in the trailer"]
    problems = []
    if "/ID" not in trailer:
        problems.append("no /ID in the trailer")
    root = trailer["/Root"].get_object()
    problems += _output_intent(root)
    problems += _xmp(root)
    for where, dictionary in _dictionaries(root):
        problems += [f"{where}: {problem}" for problem in _font(dictionary)]
        problems += [f"{where}: {problem}" for problem in _transparency(dictionary)]
    return list(dict.fromkeys(problems))


def _output_intent(root):
    for intent in root.get("/OutputIntents", []):
        intent = intent.get_object()
        if intent.get("/S") != "/GTS_PDFA1":
            continue
        profile = intent.get("/DestOutputProfile")
        if profile is None:
            return ["the GTS_PDFA1 output intent has no /DestOutputProfile"]
        if profile.get_object().get_data()[36:40] != b"acsp":
            return ["the output intent's profile is not an ICC profile"]
        return []
    return ["no GTS_PDFA1 output intent"]


def _xmp(root):
    metadata = root.get("/Metadata")
    if metadata is None:
        return ["no XMP metadata in the catalogue"]
    metadata = metadata.get_object()
    if metadata.get("/Type") != "/Metadata" or metadata.get("/Subtype") != "/XML":
        return ["the catalogue's /Metadata is not an XML metadata stream"]
    try:
        tree = ET.fromstring(metadata.get_data())  # noqa: S314 - the file under test
    except ET.ParseError as error:
        return [f"XMP metadata does not parse: {error}"]
    found = {}
    for element in tree.iter():
        for key, value in element.attrib.items():
            if key.startswith(PDFAID):
                found[key[len(PDFAID) :]] = value.strip()
        if element.tag.startswith(PDFAID):
            found[element.tag[len(PDFAID) :]] = (element.text or "").strip()
    wanted = {"part": "3", "conformance": "B"}
    return [
        f"XMP pdfaid:{key} is {found.get(key)!r}, not {value!r}"
        for key, value in wanted.items()
        if found.get(key) != value
    ]


def _dictionaries(root):
    """Every dictionary (streams included) reachable from ``root``, with the
    number of the indirect object it is in."""
    seen = set()
    pending = [(root, "catalogue")]
    while pending:
        value, where = pending.pop()
        if isinstance(value, IndirectObject):
            if value.idnum in seen:
                continue
            seen.add(value.idnum)
            where = f"object {value.idnum}"
            value = value.get_object()
        if isinstance(value, DictionaryObject):
            yield where, value
            pending.extend((item, where) for item in value.values())
        elif isinstance(value, ArrayObject):
            pending.extend((item, where) for item in value)


def _font(dictionary):
    kind = dictionary.get("/Type")
    if kind == "/FontDescriptor" and not any(key in dictionary for key in FONT_FILES):
        return [f"font {dictionary.get('/FontName')} is not embedded (no FontFile)"]
    if (
        kind == "/Font"
        and dictionary.get("/Subtype") in DESCRIBED_FONTS
        and "/FontDescriptor" not in dictionary
    ):
        return [f"font {dictionary.get('/BaseFont')} has no font descriptor"]
    return []


def _transparency(dictionary):
    problems = []
    soft_mask = dictionary.get("/SMask")
    if soft_mask is not None and soft_mask != "/None":
        problems.append("a soft mask (/SMask)")
    if dictionary.get("/SMaskInData", 0):
        problems.append("an image with alpha (/SMaskInData)")
    for key in ("/CA", "/ca"):
        if key in dictionary and float(dictionary[key]) < 1:
            problems.append(f"constant alpha {key} {dictionary[key]}")
    blend = dictionary.get("/BM")
    if blend is not None and any(
        mode not in ("/Normal", "/Compatible") for mode in _as_list(blend)
    ):
        problems.append(f"blend mode {blend}")
    group = dictionary.get("/Group")
    if group is not None and group.get_object().get("/S") == "/Transparency":
        problems.append("a transparency group")
    return problems


def _as_list(value):
    return list(value) if isinstance(value, ArrayObject) else [value]
