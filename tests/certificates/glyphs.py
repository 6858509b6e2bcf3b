"""Where each character of a PDF page is, as pdfium extracts it."""


def page_chars(page):
    """The page's characters (``pypdfium2`` page) with their boxes in points
    (left, bottom, right, top), in reading order: by line, then from the left.
    The fast renderer draws the per-person text after the fixed text, so the
    order of the content stream would not do."""
    text = page.get_textpage()
    chars = []
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if char.strip():
            line = text.get_charbox(index, loose=True)  # the line's height, not the glyph's
            chars.append((-round(line[1]), line[0], char, text.get_charbox(index)))
    return [(char, box) for _, _, char, box in sorted(chars)]


def char_boxes(data):
    """``page_chars`` of the first page of the PDF ``data``."""
    import pypdfium2

    return page_chars(pypdfium2.PdfDocument(data)[0])


def deviation(expected, actual):
    """None if the two pages' texts differ, else the largest distance in
    points between the same character's box edges."""
    if [char for char, _ in expected] != [char for char, _ in actual]:
        return None
    return max(
        (
            abs(a - b)
            for (_, box), (_, other) in zip(expected, actual, strict=True)
            for a, b in zip(box, other, strict=True)
        ),
        default=0.0,
    )
