"""Certificates in bulk: lay each template out once, then place only what
differs from person to person.

``render_pdf_fast(certificate)`` has the contract of ``pdf.render_pdf``: PDF
bytes of one PDF/A-3b page that looks the same, with the same text to extract,
embedded fonts and the QR code of the verification page. It is about 25 times
faster because WeasyPrint does not run per certificate:

1. **Skeleton, once per template, language and line counts.** WeasyPrint lays
   out ``certificates/certificate.html`` (the very template ``pdf.render_pdf``
   uses) with every per-person field (number, name, body, hours, issue line,
   QR) replaced by an invisible placeholder of as many lines as the field will
   take. The layout gives the position, font, size and colour of every line;
   the PDF objects WeasyPrint makes (page, fixed text, frame, signatures,
   bookmark, colour profile and output intent) are kept and serialised once.
2. **Per certificate** the text is shaped with the shipped PT fonts (the
   same ``liga`` ligatures and GPOS ``kern`` pairs HarfBuzz applies for
   WeasyPrint) and broken into lines the way Pango breaks them. A content stream
   draws the lines and the QR modules (filled rectangles) of ``pdf.qr_matrix``,
   the symbol the naive renderer draws (zxing-cpp's writer).
   Each font is embedded as a subset made by ``fontTools.subset`` (glyph ids
   kept), with the widths and ``ToUnicode`` map of the glyphs the page uses.
   A subset holds the fixed text's glyphs and whole blocks of letters
   (``SUBSET_BLOCKS``: the Cyrillic capitals, the Kazakh small letters...), so
   that a wave's certificates share a few subsets per font, each made once
   (10-20 ms) and kept per glyph set. The XMP packet, the document
   information and the ``/ID`` are written anew; the rest is copied.

No library is copied here: zxing-cpp and fontTools are called through their
documented APIs; WeasyPrint lays out the skeleton and pydyf holds its objects.

Anything this path cannot reproduce exactly falls back to ``pdf.render_pdf``
(``try_render_fast`` gives None and says why in the log): a character missing
from the fonts (or a combining mark, a control character), a template that
reads a per-person field this module does not know how to place, a layout it
cannot verify (more than one page, a field inside a heading, text after a
field in its paragraph, justified text...), a word that ends within ``TIE`` of
its line's end. tests/certificates/test_fastpdf_corpus.py compares both
renderers on 2,000 holders.
"""

import hashlib
import logging
import re
import threading
import time
import unicodedata
import zlib
from collections import OrderedDict
from copy import copy
from dataclasses import dataclass, field
from functools import cache, lru_cache
from io import BytesIO
from itertools import accumulate

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from . import pdf

logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/a-3b"
SKELETON_MAX_AGE = 600  # seconds: signatories or images edited in place show up
SKELETON_CACHE_SIZE = 64
FONT_CACHE_SIZE = 256
PX_TO_PT = 0.75  # WeasyPrint draws in CSS pixels; 1px = 0.75pt
PANGO_SCALE = 1024
# A word that ends this close to the end of its line (in Pango units, 1/1024
# px) may land on either line, depending on how WeasyPrint's available width
# was rounded to Pango units: such a certificate is rendered in full.
TIE = 2
TEXT_SLOTS = ("number", "name", "body", "hours", "issued")
SLOT_CLASS = "fastpdf-slot"
PLACEHOLDER = "X"
COURSE_MARK = "\ue000course\ue001"
URL_MARK = "\ue000url\ue001"
QR_DARK = (0, 0, 0)  # pdf.qr_svg draws dark="#000"


class Unsupported(Exception):
    """This certificate (or its template) needs the full renderer."""


class _PerPersonField(Exception):
    """The template read a per-person value the skeleton cannot leave blank."""


def render_pdf_fast(certificate):
    """PDF bytes of ``certificate``, like ``pdf.render_pdf`` but fast; where
    the fast path cannot match the full renderer, the full renderer's."""
    data = try_render_fast(certificate)
    if data is None:
        return pdf.render_pdf(certificate)
    return data


def try_render_fast(certificate):
    """The fast path's PDF of ``certificate``, or None where it cannot match
    ``pdf.render_pdf`` (the reason logged): the caller falls back to it."""
    try:
        return _renderer.render(certificate)
    except Unsupported as reason:
        logger.info("certificate %s: full render (%s)", certificate.pk, reason)
    except Exception:
        # Correctness first: whatever went wrong here, the full render stands.
        logger.exception("certificate %s: fast render failed", certificate.pk)
    return None


# --- Fonts ---------------------------------------------------------------------


# The glyphs of a font subset come in blocks: a certificate that uses one
# character of a block embeds the whole block, so a wave's certificates share
# a few glyph sets per font and fontTools makes each subset once (10-20 ms)
# instead of once per person. Small blocks keep the files small: a name
# brings capitals and small letters of its alphabets, the hours line small
# letters and digits. A character outside the blocks is embedded on its own.
SUBSET_BLOCKS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "abcdefghijklmnopqrstuvwxyz",
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "ӘҒҚҢӨҰҮҺІ",
    "әғқңөұүһі",
    "0123456789",
    " \u00a0.,:;-'\u2019()\u00ab\u00bb\u201c\u201d\u2013\u2014\u2116",
    '!"#$%&*+/<=>?@[\\]^_`{|}~\u00b7\u2018\u201a\u201e\u2026',
)
SUBSET_CACHE_SIZE = 64  # per font


@cache
def _subset_options():
    """fontTools' subsetter, set to make what a PDF embeds: glyph ids kept
    (``retain_gids``), no hinting, no layout tables, no glyph names."""
    from fontTools import subset

    options = subset.Options()
    options.retain_gids = True
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "gasp", "DSIG", "LTSH", "hdmx"]
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    return options


class Face:
    """One shipped TrueType font: shaping data, metrics and its subsets.

    Loaded once per process. The embedded subsets keep the glyph ids of the
    original (as WeasyPrint's subsets do), so ``CIDToGIDMap`` is ``/Identity``
    and glyph ids from WeasyPrint's skeleton and from our shaping agree.
    """

    def __init__(self, path):
        from fontTools.ttLib import TTFont

        logging.getLogger("fontTools").setLevel(logging.ERROR)
        font = TTFont(path)
        order = font.getGlyphOrder()
        gid = {name: number for number, name in enumerate(order)}
        names = font["name"]
        self.path = path
        self.family = str(names.getDebugName(16) or names.getDebugName(1))
        self.postscript_name = re.sub(r"[^A-Za-z0-9-]", "", str(names.getDebugName(6)))
        self.upem = font["head"].unitsPerEm
        self.glyph_count = len(order)
        self.cmap = {code: gid[name] for code, name in font.getBestCmap().items()}
        self.advance = [font["hmtx"][name][0] for name in order]
        self.width = [round(advance * 1000 / self.upem) for advance in self.advance]
        self._pairs = self._read_kerning(font, gid)
        self._pair_cache = {}
        self.chars = {}
        self._scaled = {}
        self.bfchar = {}  # (gid, text) -> its ToUnicode line
        self.ligatures = self._read_ligatures(font, gid)
        self.blocks = self._read_blocks()
        self._programs = OrderedDict()  # glyph set -> (subset tag, program)
        self._programs_lock = threading.Lock()
        # Every glyph, without hinting or layout tables: the font each subset
        # is cut from, three times faster to subset than the shipped file.
        self._master = self._subset(TTFont(path), range(self.glyph_count))
        head, hhea, os2 = font["head"], font["hhea"], font["OS/2"]
        scale = 1000 / self.upem
        serif = "serif" in self.family.lower() and "sans" not in self.family.lower()
        self.descriptor = (
            f"/Flags {6 if serif else 4} /FontBBox [{round(head.xMin * scale)} "
            f"{round(head.yMin * scale)} {round(head.xMax * scale)} {round(head.yMax * scale)}] "
            f"/ItalicAngle {font['post'].italicAngle:g} /Ascent {round(hhea.ascent * scale)} "
            f"/Descent {round(hhea.descent * scale)} "
            f"/CapHeight {round(getattr(os2, 'sCapHeight', hhea.ascent) * scale)} /StemV 80"
        ).encode()

    # Reading the font

    def _read_blocks(self):
        """Glyph id -> the glyphs of its subset block (SUBSET_BLOCKS); a
        ligature goes with the block of its first letter."""
        blocks = {}
        for chars in SUBSET_BLOCKS:
            glyphs = frozenset(self.cmap[ord(char)] for char in chars if ord(char) in self.cmap)
            ligatures = frozenset(
                ligature
                for first in glyphs
                for _, ligature in self.ligatures.get(first, ())
                if ligature not in blocks
            )
            glyphs |= ligatures
            for glyph in glyphs:
                blocks.setdefault(glyph, glyphs)
        return blocks

    def _lookups(self, table, feature):
        """Lookups of ``feature`` for our texts. HarfBuzz picks them by script
        (DFLT, latn, cyrl) and language (kk, ru, en); this reads one list and
        refuses a font where they differ."""
        if table is None:
            return []
        table = table.table
        chosen = set()
        for record in table.ScriptList.ScriptRecord:
            systems = [record.Script.DefaultLangSys]
            for language in record.Script.LangSysRecord:
                if language.LangSysTag.strip() in ("KAZ", "RUS", "ENG"):
                    systems.append(language.LangSys)
            for system in systems:
                if record.ScriptTag in ("DFLT", "latn", "cyrl") and system is not None:
                    chosen.add(
                        tuple(
                            index
                            for feature_index in system.FeatureIndex
                            if table.FeatureList.FeatureRecord[feature_index].FeatureTag == feature
                            for index in table.FeatureList.FeatureRecord[
                                feature_index
                            ].Feature.LookupListIndex
                        )
                    )
        if len(chosen) > 1:
            raise ValueError(f"{self.path}: {feature} differs by script or language")
        indices = chosen.pop() if chosen else ()
        lookups = []
        for index in indices:
            lookup = table.LookupList.Lookup[index]
            subtables = [
                getattr(sub, "ExtSubTable", sub) for sub in lookup.SubTable
            ]  # unwrap extension lookups
            lookups.append((lookup, subtables))
        return lookups

    def _read_kerning(self, font, gid):
        pairs = []
        for lookup, subtables in self._lookups(font.get("GPOS"), "kern"):
            if lookup.LookupFlag & 0xE:  # skipping marks or ligatures: not handled
                raise ValueError(f"{self.path}: kern lookup flags {lookup.LookupFlag}")
            for sub in subtables:
                if not hasattr(sub, "PairSet") and not hasattr(sub, "Class1Record"):
                    continue
                coverage = {gid[name]: index for index, name in enumerate(sub.Coverage.glyphs)}
                if sub.Format == 1:
                    sets = []
                    for pair_set in sub.PairSet:
                        sets.append(
                            {
                                gid[record.SecondGlyph]: self._x_advance(record.Value1)
                                for record in pair_set.PairValueRecord or ()
                            }
                        )
                    pairs.append((1, coverage, sets))
                elif sub.Format == 2:
                    first = {gid[name]: value for name, value in sub.ClassDef1.classDefs.items()}
                    second = {gid[name]: value for name, value in sub.ClassDef2.classDefs.items()}
                    values = [
                        [self._x_advance(record.Value1) for record in row.Class2Record]
                        for row in sub.Class1Record
                    ]
                    pairs.append((2, coverage, (first, second, values)))
        return pairs

    @staticmethod
    def _x_advance(value):
        if value is None:
            return 0
        for attribute in ("XPlacement", "YPlacement", "YAdvance"):
            if getattr(value, attribute, 0):
                raise ValueError("kern pair with placement: not handled")
        return getattr(value, "XAdvance", 0) or 0

    def kern(self, left, right):
        """GPOS pair adjustment of ``left`` before ``right``, in font units."""
        key = (left, right)
        value = self._pair_cache.get(key)
        if value is not None:
            return value
        value = 0
        for kind, coverage, data in self._pairs:
            index = coverage.get(left)
            if index is None:
                continue
            if kind == 1:
                found = data[index].get(right)
                if found is None:
                    continue  # HarfBuzz goes on to the next subtable
                value = found
                break
            first, second, values = data
            value = values[first.get(left, 0)][second.get(right, 0)]
            break
        self._pair_cache[key] = value
        return value

    def char_info(self, char):
        """(glyph id, script) of a character we can set, else Unsupported."""
        gid = self.cmap.get(ord(char))
        category = unicodedata.category(char)
        if gid is None or category[0] in "MC" or category in ("Zl", "Zp"):
            raise Unsupported(f"character U+{ord(char):04X} not in {self.postscript_name}")
        if category == "Zs" and char not in " \u00a0":
            raise Unsupported(f"space character U+{ord(char):04X}")
        self.chars[char] = info = (gid, _script(char))
        return info

    def scaled(self, size):
        """Advances at ``size`` px in Pango units (as HarfBuzz scales them) and
        the cache of scaled kerning pairs."""
        cached = self._scaled.get(size)
        if cached is None:
            multiplier = (pango_size(size) << 16) // self.upem
            advances = [(advance * multiplier + 32768) >> 16 for advance in self.advance]
            cached = self._scaled[size] = (advances, {}, multiplier)
        return cached[0], cached[1]

    def scaled_kern(self, size, left, right):
        _, pairs, multiplier = self._scaled[size]
        value = pairs[left, right] = (self.kern(left, right) * multiplier + 32768) >> 16
        return value

    def _read_ligatures(self, font, gid):
        ligatures = {}
        for _lookup, subtables in self._lookups(font.get("GSUB"), "liga"):
            for sub in subtables:
                for first, entries in getattr(sub, "ligatures", {}).items():
                    for entry in entries:
                        ligatures.setdefault(gid[first], []).append(
                            (tuple(gid[name] for name in entry.Component), gid[entry.LigGlyph])
                        )
        return ligatures

    # Embedding

    def subset(self, fixed, used):
        """The glyphs to embed for a page: ``fixed`` (the skeleton's) and the
        block of every other glyph ``used``."""
        glyphs = set(fixed)
        blocks = self.blocks
        for gid in used:
            if gid not in glyphs:
                glyphs |= blocks.get(gid) or {gid}
        return frozenset(glyphs)

    @staticmethod
    def _subset(font, glyphs):
        from fontTools import subset

        subsetter = subset.Subsetter(_subset_options())
        subsetter.populate(gids=glyphs)
        subsetter.subset(font)
        buffer = BytesIO()
        font.save(buffer)
        return buffer.getvalue()

    def program(self, glyphs):
        """(subset tag, FontFile2 stream) of a TrueType program holding
        ``glyphs``, made by fontTools' subsetter (the components of composite
        glyphs and ``.notdef`` kept too), remembered per glyph set."""
        with self._programs_lock:
            cached = self._programs.get(glyphs)
            if cached is not None:
                self._programs.move_to_end(glyphs)
                return cached
        from fontTools.ttLib import TTFont

        program = self._subset(TTFont(BytesIO(self._master)), sorted(glyphs))
        digest = hashlib.md5(program).digest()  # noqa: S324 - a subset tag
        tag = "".join(chr(65 + byte % 26) for byte in digest[:6])
        stream = _stream(zlib.compress(program, 9), b"/Length1 %d" % len(program))
        with self._programs_lock:
            self._programs[glyphs] = (tag, stream)
            while len(self._programs) > SUBSET_CACHE_SIZE:
                self._programs.popitem(last=False)
        return tag, stream


@cache
def _faces():
    """The shipped fonts (certificates/fonts), loaded lazily one by one."""
    return {path.name: path for path in sorted(pdf.FONTS.glob("*.ttf"))}


_face_lock = threading.Lock()
_loaded_faces = {}


def face(name):
    with _face_lock:
        if name not in _loaded_faces:
            _loaded_faces[name] = Face(_faces()[name])
        return _loaded_faces[name]


def load_fonts():
    """Read every shipped font now (a worker process does at start)."""
    try:
        for name in _faces():
            face(name)
    except Exception:  # noqa: BLE001 - the first certificate will say more
        logger.exception("could not load the certificate fonts")


@cache
def _face_names():
    """(family in lower case, weight, italic, full name) of each shipped font."""
    from fontTools.ttLib import TTFont

    result = {}
    for name, path in _faces().items():
        font = TTFont(path, lazy=True)
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1)).lower()
        italic = bool(font["head"].macStyle & 2)
        result[name] = (family, font["OS/2"].usWeightClass, italic, str(names.getDebugName(4)))
    return result


def face_for_style(style):
    """The shipped font WeasyPrint uses for ``style`` (CSS font matching on
    the first family that is one of ours), or Unsupported."""
    if style["font_style"] != "normal" or style["font_stretch"] != "normal":
        raise Unsupported("font style")
    wanted = style["font_weight"]
    for family in style["font_family"]:
        candidates = [
            (name, weight)
            for name, (fam, weight, italic, _) in _face_names().items()
            if fam == family.lower() and not italic
        ]
        if not candidates:
            continue

        # CSS Fonts 4, 5.2 (simplified): the closest weight, looking heavier
        # first above 500 and lighter first otherwise.
        def distance(candidate):
            weight = candidate[1]
            wrong_side = weight < wanted if wanted > 500 else weight > wanted
            return (wrong_side, abs(weight - wanted))

        return min(candidates, key=distance)[0]
    raise Unsupported(f"font {style['font_family']!r} is not one of the shipped fonts")


# --- Shaping and line breaking -------------------------------------------------------

_COLLAPSE = re.compile(r"[ \t\n\r\f]+")


_SCRIPT_BLOCKS = (
    (0x0041, 0x024F, "latn"),
    (0x0370, 0x03FF, "grek"),
    (0x0400, 0x052F, "cyrl"),
    (0x1C80, 0x1C8F, "cyrl"),
    (0x1E00, 0x1EFF, "latn"),
    (0x1F00, 0x1FFF, "grek"),
    (0x2C60, 0x2C7F, "latn"),
    (0x2DE0, 0x2DFF, "cyrl"),
    (0xA640, 0xA69F, "cyrl"),
    (0xA720, 0xA7FF, "latn"),
)
# Pango's paired characters (pango-script.c): openers at even, closers at odd indices.
_PAIRS = {
    char: index
    for index, char in enumerate(
        "()<>[]{}\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a"
        "\u2045\u2046\u207d\u207e\u208d\u208e"
    )
}


def _script(char):
    """The Unicode script of a letter in our fonts' repertoire (None: common)."""
    if not char.isalpha():
        return None
    code = ord(char)
    for first, last, script in _SCRIPT_BLOCKS:
        if first <= code <= last:
            return script
    return unicodedata.name(char, "?").split()[0]


def _script_runs(text, scripts):
    """Run number of each character, as Pango's script iterator splits text:
    common characters join the run, a closing bracket or quote takes the
    script of its opening one."""
    runs = []
    run, current = 0, None
    stack = []  # [pair index of the opener, script when pushed]
    fixed = -1  # openers below this stack index have their script set
    for char, script in zip(text, scripts, strict=True):
        pair = _PAIRS.get(char) if script is None else None
        closing = pair is not None and pair % 2 == 1
        if pair is not None and not closing:
            stack.append([pair, current])
        elif closing and stack:
            while stack and stack[-1][0] != pair - 1:
                stack.pop()
            fixed = min(fixed, len(stack) - 1)
            if stack:
                script = stack[-1][1]
        if script is not None and current is not None and script != current:
            run += 1  # a new run starts here, its script not known yet
            current = None
            fixed = len(stack) - 1
            if closing and stack:  # seen again by the new run: takes the opener's script
                script = stack[-1][1]
        if script is not None and current is None:
            current = script
            for entry in stack[fixed + 1 :]:
                entry[1] = current
            fixed = len(stack) - 1
        if closing and stack:
            stack.pop()
            fixed = min(fixed, len(stack) - 1)
        runs.append(run)
    return runs


class Shaped:
    """A field's text shaped in one font and size: parallel lists per glyph."""

    __slots__ = ("gids", "texts", "widths", "kerns", "spaces", "breaks")

    def __init__(self, gids, texts, widths, kerns, spaces, breaks):
        self.gids = gids  # glyph ids
        self.texts = texts  # the characters each glyph stands for
        self.widths = widths  # Pango units (1/1024 px), kerning with the next included
        self.kerns = kerns  # that kerning alone
        self.spaces = spaces  # glyph is a breaking space
        self.breaks = breaks  # a line may break after the glyph


def pango_size(size):
    """The font size Pango uses for a CSS size in px, in Pango units."""
    return int(size * PANGO_SCALE)


def shape(text, face_, size):
    """``text`` (whitespace already collapsed) in ``face_`` at ``size`` px as
    HarfBuzz shapes it for WeasyPrint with the default features: ligatures
    (GSUB ``liga``), then kerning (GPOS ``kern``), within runs of one script
    (Pango itemises by script; digits and punctuation join the run). Widths are
    in Pango units, scaled and rounded as HarfBuzz does, so that lines break
    and glyphs sit exactly where WeasyPrint puts them."""
    chars = face_.chars
    infos = [chars.get(char) or face_.char_info(char) for char in text]
    gids = [info[0] for info in infos]
    texts = list(text)
    runs = _script_runs(text, [info[1] for info in infos])
    ligatures = face_.ligatures
    if ligatures and any(gid in ligatures for gid in gids):
        position = 0
        while position < len(gids):
            for components, ligature in ligatures.get(gids[position], ()):
                end = position + 1 + len(components)
                if (
                    tuple(gids[position + 1 : end]) == components
                    and runs[end - 1] == runs[position]
                ):
                    gids[position:end] = [ligature]
                    texts[position:end] = ["".join(texts[position:end])]
                    runs[position:end] = [runs[position]]
                    break
            position += 1
    advance, kern = face_.scaled(size)
    widths = [advance[gid] for gid in gids]
    kerns = [0] * len(gids)
    for position in range(len(gids) - 1):
        if runs[position] == runs[position + 1]:
            pair = kern.get((gids[position], gids[position + 1]))
            if pair is None:
                pair = face_.scaled_kern(size, gids[position], gids[position + 1])
            widths[position] += pair
            kerns[position] = pair
    # Break opportunities (UAX #14, the cases that occur in names and texts):
    # after spaces, after a hyphen before a letter, after en and em dashes.
    spaces = [part == " " for part in texts]
    breaks = [False] * len(gids)
    for position in range(len(gids) - 1):
        if spaces[position + 1]:
            continue
        last = texts[position][-1]
        if spaces[position] or last in "\u2013\u2014":
            breaks[position] = True
        elif last == "-" and position and not spaces[position - 1]:
            # Not after a hyphen that starts a word (UAX #14 LB20.1), but
            # after one that follows a bracket: "прошёл(-|ла)".
            breaks[position] = texts[position + 1][0].isalpha()
    return Shaped(gids, texts, widths, kerns, spaces, breaks)


def break_lines(shaped, first_width, width, prefix):
    """Greedy line breaking as Pango does it: a line takes words while they
    fit (trailing spaces hang). Widths in px; ``prefix``: fixed text precedes
    the field on its first line, so the first word may move to the second.
    Returns (start, end) glyph ranges, trailing spaces left out."""
    available = int(first_width * PANGO_SCALE)
    width = int(width * PANGO_SCALE)
    widths, spaces, breaks = shaped.widths, shaped.spaces, shaped.breaks
    count = len(widths)
    before = [0, *accumulate(widths)]  # width of the glyphs before each index
    lines = []
    line_start = 0
    used = 0  # width of the line so far, trailing spaces included
    started = prefix  # something is on the line already
    start = 0
    while start < count:
        end = start
        while end < count - 1 and not breaks[end]:
            end += 1
        end += 1  # the word is [start, end)
        visible = end
        while visible > start and spaces[visible - 1]:
            visible -= 1
        full = before[end] - before[start]
        shown = before[visible] - before[start]
        if visible == end < count:
            # Broken inside a word (after a hyphen or a dash), the line is
            # shaped again: without the kerning across the break.
            shown -= shaped.kerns[end - 1]
        # A word that does not fit starts a new line, unless it is the first
        # on its line (then it overflows, as in CSS); after fixed text on the
        # first line, the first word may move down too.
        if started and abs(used + shown - available) <= TIE:
            raise Unsupported("a line break too close to call")
        if started and used + shown > available:
            lines.append((line_start, start))
            line_start, used, available = start, 0, width
        used += full
        started = True
        start = end
    lines.append((line_start, count))
    trimmed = []
    for first, last in lines:
        while last > first and spaces[last - 1]:
            last -= 1
        trimmed.append((first, last))
    return trimmed


# --- QR code -------------------------------------------------------------------


def qr_matrix(url):
    """Rows (bytes, 1 for a dark module) of the verification QR code:
    ``pdf.qr_matrix``, the symbol the naive renderer draws."""
    return pdf.qr_matrix(url)


_DARK_RUNS = re.compile(rb"\x01+")


def qr_path(matrix, x, y, width, height):
    """Operators filling the dark modules of ``matrix`` in the box, one
    rectangle per horizontal run, in module units."""
    size = len(matrix)
    stride = size + 1
    ops = [
        f"q {width / size:.6f} 0 0 {height / size:.6f} {x:.6f} {y:.6f} cm",
        "{} {} {} rg".format(*QR_DARK),
    ]
    rows = b"\x00".join(bytes(row) for row in matrix)
    ops.extend(_run_op(*run.span(), stride) for run in _DARK_RUNS.finditer(rows))
    ops.append("f Q")
    return "\n".join(ops)


@lru_cache(maxsize=65536)
def _run_op(start, end, stride):
    """One run's rectangle. A wave's symbols share a few thousand runs (one
    version, the same finder and timing patterns): each is formatted once."""
    return f"{start % stride} {start // stride} {end - start} 1 re"


# --- Skeleton ------------------------------------------------------------------


def _slot_markup(slot, content):
    """An invisible span that takes the room of a field (our own markup)."""
    return mark_safe(  # noqa: S308 - fixed markup around trusted content
        f'<span class="{SLOT_CLASS}" data-slot="{slot}" style="visibility: hidden">{content}</span>'
    )


class _CertificateStandIn:
    """The certificate as certificate.html sees it while the skeleton is laid
    out: its language, and placeholders for the number and the name. Reading
    anything else stops the skeleton (that field would be baked in)."""

    def __init__(self, language, number, holder_name):
        self.language = language
        self.number = number
        self.holder_name = holder_name

    def __getattr__(self, name):
        raise _PerPersonField(f"certificate.{name}")


class _TextStandIn(dict):
    def __getitem__(self, key):
        if key in self:
            return super().__getitem__(key)
        raise _PerPersonField(f"text.{key}")


@dataclass
class Line:
    x: float
    baseline: float


@dataclass
class TextSlot:
    face: str
    size: float  # px, as Pango rounds it
    color: tuple
    left: float  # the paragraph's content box
    right: float
    first_x: float  # where the first line starts (after fixed text, if any)
    prefix: bool
    lines: list


@dataclass
class Skeleton:
    page_height: float  # pt
    slots: dict  # name -> TextSlot
    qr_box: tuple  # x, y, width, height in px
    static: bytes  # serialised objects that never change
    offsets: dict  # object number -> offset in ``static``
    size: int  # objects in the document, free object 0 included
    catalog: int
    metadata: int
    info: int
    content: int
    info_items: list  # (key, value) of the document information
    metadata_fields: object  # weasyprint DocumentMetadata of the skeleton
    fonts: dict  # face name -> FontPlan
    markup: dict = field(default_factory=dict)  # slot -> placeholder markup
    page: int = 0
    page_dict: bytes = b""  # as serialised in ``static``
    catalog_dict: bytes = b""


@dataclass(frozen=True)
class Structure:
    """What an incremental update of a fast-rendered file needs to know
    (``pades.append_signature``)."""

    size: int
    catalog: int
    catalog_dict: bytes
    page: int
    page_dict: bytes
    info: int
    ids: tuple  # the trailer's /ID, two PDF strings
    startxref: int


class RenderedPdf(bytes):
    """PDF bytes from the fast path, with their ``structure``: ``signing.sign``
    appends the signature without reading the file again."""

    structure: Structure


@dataclass
class FontPlan:
    resource: str  # name in the page's /Font resources
    numbers: tuple  # Type0, CIDFont, FontDescriptor, ToUnicode, FontFile2
    glyphs: dict  # fixed text: gid -> unicode text
    widths: dict  # fixed text: gid -> width in /W (WeasyPrint's, kept as is)
    entries: dict = field(default_factory=dict)  # gid -> its /W entry, formatted


class _Captured(Exception):  # noqa: N818 - a signal, not an error
    def __init__(self, pdf_):
        self.pdf = pdf_


def _walk(box, ancestors=()):
    yield box, ancestors
    for child in getattr(box, "children", ()):
        yield from _walk(child, (*ancestors, box))


_BFCHAR = re.compile(rb"<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>")


def _stream(data, extra=b"", compressed=True):
    """A stream object's body; ``data`` already deflated if ``compressed``."""
    flate = b"/Filter /FlateDecode " if compressed else b""
    return b"<<%s%s /Length %d>>\nstream\n%s\nendstream" % (
        flate,
        extra,
        len(data),
        data,
    )


_TO_UNICODE_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange"
)
_TO_UNICODE_TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"


def _utf16_hex(text):
    return text.encode("utf-16-be").hex()


def _pdf_string(text):
    import pydyf

    return pydyf.String(text).data


def build_skeleton(certificate, counts):
    """Lay out the certificate's template with invisible placeholders of
    ``counts`` lines (a dict slot -> lines) and keep everything but them."""
    from weasyprint import HTML

    language = certificate.language
    text = certificate.text()
    context = pdf.context(certificate)
    markup = {
        slot: _slot_markup(slot, "<br>".join([PLACEHOLDER] * counts[slot])) for slot in TEXT_SLOTS
    }
    context["certificate"] = _CertificateStandIn(
        language,
        markup["number"],
        markup["name"],
    )
    context["text"] = _TextStandIn(
        title=text.get("title", ""),
        organisation=text.get("organisation", ""),
        verify_line=text.get("verify_line", ""),
        course=COURSE_MARK,
        body=markup["body"],
        hours_line=markup["hours"],
        issued_line=markup["issued"],
    )
    context["qr"] = _slot_markup("qr", context["qr"])  # pdf.qr_svg, hidden
    context["url"] = URL_MARK
    try:
        with translation.override(language):
            html = render_to_string("certificates/certificate.html", context)
    except _PerPersonField as read:
        raise Unsupported(f"the template reads {read}") from None
    if URL_MARK in html:
        raise Unsupported("the template shows the verification URL as text")
    options = {"pdf_variant": PDF_VARIANT, "pdf_identifier": b"skeleton", "custom_metadata": True}
    document = HTML(string=html, base_url=str(pdf.FONTS)).render(**options)
    if len(document.pages) != 1:
        raise Unsupported(f"{len(document.pages)} pages")
    page_box = document.pages[0]._page_box
    slots, qr_box = _read_layout(page_box, counts)

    def capture(document_, pdf_):
        raise _Captured(pdf_)

    try:
        document.write_pdf(finisher=capture, **options)
    except _Captured as captured:
        doc = captured.pdf
    else:  # pragma: no cover - the finisher always raises
        raise Unsupported("no PDF captured")
    skeleton = _serialise(doc, document, slots, qr_box)
    skeleton.markup = markup
    return skeleton


def _leaves(box, slot_box, inside=False):
    """Text and replaced boxes of ``box`` in order, each with whether it is
    part of ``slot_box``."""
    from weasyprint.formatting_structure import boxes

    inside = inside or box is slot_box
    if isinstance(box, boxes.TextBox | boxes.InlineReplacedBox):
        yield box, inside
    for child in getattr(box, "children", ()):
        yield from _leaves(child, slot_box, inside)


def _read_layout(page_box, counts):
    """Where each field's placeholder lines are, in which font, size and colour,
    and that nothing else in the layout depends on the field's text."""
    from weasyprint.formatting_structure import boxes

    fragments = {}  # slot -> [(inline box fragment, its ancestors)], one per line
    for box, ancestors in _walk(page_box):
        element = getattr(box, "element", None)
        if (
            isinstance(box, boxes.InlineBox)
            and element is not None
            and SLOT_CLASS in (element.get("class") or "").split()
        ):
            fragments.setdefault(element.get("data-slot"), []).append((box, ancestors))
        if isinstance(box, boxes.TextBox) and (COURSE_MARK in box.text or URL_MARK in box.text):
            raise Unsupported("a per-person value is shown outside its field")
    replaced = [
        child
        for fragment, _ in fragments.get("qr", [])
        for child in fragment.children
        if isinstance(child, boxes.InlineReplacedBox)
    ]
    if len(replaced) != 1:
        raise Unsupported("QR code not found in the layout")
    svg = replaced[0]
    qr_box = (svg.content_box_x(), svg.content_box_y(), svg.width, svg.height)
    slots = {}
    for slot in TEXT_SLOTS:
        found = fragments.get(slot)
        if not found:
            raise Unsupported(f"field {slot} is not on the page")
        ancestors = found[0][1]
        if not isinstance(ancestors[-1], boxes.LineBox) or any(
            not isinstance(fragment_ancestors[-1], boxes.LineBox)
            or fragment_ancestors[-2] is not ancestors[-2]
            for _, fragment_ancestors in found
        ):
            raise Unsupported(f"field {slot} is nested in inline boxes or spans paragraphs")
        block = ancestors[-2]
        # The paragraph's width must not depend on its text: only blocks in
        # normal flow (or of a set width) up to the page.
        for box in ancestors[:-1]:
            if isinstance(box, boxes.PageBox):
                continue
            if type(box) is not boxes.BlockBox:
                raise Unsupported(f"field {slot} inside a {type(box).__name__}")
            shrinks = box.style["float"] != "none" or box.style["position"] in (
                "absolute",
                "fixed",
            )
            if shrinks and box.style["width"] == "auto":
                raise Unsupported(f"field {slot} in a shrink-to-fit box")
            if box.style["bookmark_level"] != "none" or box.style["string_set"] != "none":
                raise Unsupported(f"field {slot} inside a bookmark or string-set")
        style = block.style
        if style["text_align_all"] not in ("start", "left") or style["direction"] != "ltr":
            raise Unsupported(f"field {slot}: text-align {style['text_align_all']}")
        lines, text_style = [], None
        for fragment, _ in found:
            for child in fragment.children:
                if isinstance(child, boxes.TextBox):
                    lines.append(Line(child.position_x, child.position_y + child.baseline))
                    text_style = child.style
        if len(lines) != counts[slot] or text_style is None:
            raise Unsupported(f"field {slot}: {len(lines)} lines laid out, {counts[slot]} wanted")
        # The field ends its paragraph, and only fixed text may precede it.
        line_boxes = [child for child in block.children if isinstance(child, boxes.LineBox)]
        own_lines = [fragment_ancestors[-1] for _, fragment_ancestors in found]
        if line_boxes[-len(own_lines) :] != own_lines:
            raise Unsupported(f"field {slot} is not the end of its paragraph")
        seen = False
        for leaf, inside in _leaves(own_lines[-1], found[-1][0]):
            if inside:
                seen = True
            elif seen and (not isinstance(leaf, boxes.TextBox) or leaf.text.strip()):
                raise Unsupported(f"something follows field {slot}")
        prefix = False
        for leaf, inside in _leaves(own_lines[0], found[0][0]):
            if inside:
                break
            if not isinstance(leaf, boxes.TextBox) or leaf.text.strip():
                prefix = True
        _check_text_style(text_style, slot)
        color = text_style["color"]
        if color.alpha != 1 or color.space not in ("srgb", "hsl", "hwb"):
            raise Unsupported(f"field {slot}: colour {color}")
        left = block.content_box_x()
        slots[slot] = TextSlot(
            face=face_for_style(text_style),
            size=int(text_style["font_size"] * PANGO_SCALE) / PANGO_SCALE,
            color=tuple(color.to("srgb").coordinates),
            left=left,
            right=left + block.width,
            first_x=lines[0].x,
            prefix=prefix,
            lines=lines,
        )
    return slots, qr_box


def _check_text_style(style, slot):
    checks = {
        "letter_spacing": "normal",
        "word_spacing": 0,
        "text_transform": "none",
        "font_variant_caps": "normal",
        "font_variant_ligatures": "normal",
        "font_variant_position": "normal",
        "font_variant_numeric": "normal",
        "font_variant_east_asian": "normal",
        "font_feature_settings": "normal",
        "font_variation_settings": "normal",
        "font_kerning": "auto",
        "white_space": "normal",
        "hyphens": "manual",
        "text_decoration_line": "none",
        "vertical_align": "baseline",
        "font_language_override": "normal",
    }
    for key, wanted in checks.items():
        value = style[key]
        if key == "word_spacing" and value in (0, "normal"):
            continue
        if value != wanted and not (key == "text_decoration_line" and not value):
            raise Unsupported(f"field {slot}: {key} {value!r}")


def _serialise(doc, document, slots, qr_box):
    """Turn WeasyPrint's PDF objects into the fixed part of every certificate
    and the plan of what each certificate adds."""
    import pydyf

    objects = doc.objects
    page_number = int(doc.pages["Kids"][0])
    page = objects[page_number]

    def deref(value):
        if isinstance(value, pydyf.Object):
            return value
        if isinstance(value, bytes):
            value = value.decode()
        return objects[int(value.split()[0])]

    resources = deref(page["Resources"])
    content = deref(page["Contents"])
    fonts = deref(resources["Font"]) if "Font" in resources else None
    if fonts is None:
        fonts = pydyf.Dictionary({})
        doc.add_object(fonts)
        resources["Font"] = fonts.reference
    media_box = [float(value) for value in page["MediaBox"]]
    # The fixed content leaves the graphics state as it found it.
    content.stream.insert(0, b"q")
    content.stream.append(b"Q")
    next_number = len(objects)
    info_number, content_number = next_number, next_number + 1
    next_number += 2
    page["Contents"] = pydyf.Array([content.reference, f"{content_number} 0 R".encode()])

    # Fonts of the skeleton that are ours are embedded anew per certificate.
    plans = {}
    replaced = set()
    by_family = {values[3]: name for name, values in _face_names().items()}
    for resource, reference in list(fonts.items()):
        type0 = deref(reference)
        try:
            descendant = deref(type0["DescendantFonts"][0])
            descriptor = deref(descendant["FontDescriptor"])
            program = deref(descriptor["FontFile2"])
            to_unicode = deref(type0["ToUnicode"])
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        name = _identify(program.stream, by_family)
        if name is None or name in plans:
            continue
        face_ = face(name)
        cmap = b"\n".join(
            chunk if isinstance(chunk, bytes) else str(chunk).encode()
            for chunk in to_unicode.stream
        )
        if b"beginbfrange" in cmap:
            continue
        widths = _read_widths(descendant.get("W", []))
        if any(gid >= face_.glyph_count for gid in widths):
            continue
        glyphs = dict.fromkeys(widths, "")
        glyphs.update(
            (int(code, 16), bytes.fromhex(value.decode()).decode("utf-16-be"))
            for code, value in _BFCHAR.findall(cmap)
        )
        numbers = (
            type0.number,
            descendant.number,
            descriptor.number,
            to_unicode.number,
            program.number,
        )
        plans[name] = FontPlan(str(resource), numbers, glyphs, widths)
        replaced.update(numbers)
    # Fonts only the per-person text uses get objects (and names) of their own.
    for slot in slots.values():
        if slot.face not in plans:
            resource = f"FP{len(plans)}"
            numbers = tuple(range(next_number, next_number + 5))
            next_number += 5
            plans[slot.face] = FontPlan(resource, numbers, {}, {})
            fonts[resource] = f"{numbers[0]} 0 R".encode()

    metadata_number = int(doc.catalog["Metadata"].split()[0])
    info_items = list(doc.info.items())
    static = bytearray()
    offsets = {}
    for obj in objects[1:]:
        if obj.number in replaced or obj.number == metadata_number:
            continue
        offsets[obj.number] = len(static)
        static += b"%d 0 obj\n" % obj.number + obj.data + b"\nendobj\n"
    return Skeleton(
        page_height=media_box[3] - media_box[1],
        slots=slots,
        qr_box=qr_box,
        static=bytes(static),
        offsets=offsets,
        size=next_number,
        catalog=doc.catalog.number,
        metadata=metadata_number,
        info=info_number,
        content=content_number,
        info_items=info_items,
        metadata_fields=document.metadata,
        fonts=plans,
        page=page_number,
        page_dict=bytes(page.data),
        catalog_dict=bytes(doc.catalog.data),
    )


def _identify(chunks, by_full_name):
    """Which shipped font a WeasyPrint subset program is (by its full name)."""
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(BytesIO(b"".join(bytes(chunk) for chunk in chunks)), lazy=True)
        full_name = str(font["name"].getDebugName(4))
    except Exception:  # noqa: BLE001 - an unreadable font is simply kept as it is
        return None
    return by_full_name.get(full_name)


def _read_widths(w_array):
    widths = {}
    items = list(w_array)
    index = 0
    while index < len(items):
        start = int(items[index])
        following = items[index + 1]
        if isinstance(following, list):
            for offset, width in enumerate(following):
                widths[start + offset] = float(width)
            index += 2
        else:
            last, width = int(following), float(items[index + 2])
            for gid in range(start, last + 1):
                widths[gid] = width
            index += 3
    return widths


# --- Per certificate ---------------------------------------------------------------


def _number(value):
    if value == int(value):
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


class Renderer:
    """Skeletons cached in-process, by template (and its last edit), language,
    the frozen fixed texts and the number of lines of each field."""

    def __init__(self):
        self._lock = threading.Lock()
        self._skeletons = OrderedDict()
        self._fonts = OrderedDict()  # (plan, glyphs) -> (plan, font objects)

    def clear(self):
        with self._lock:
            self._skeletons.clear()
            self._fonts.clear()

    def _key(self, certificate):
        template = certificate.template
        text = certificate.text()
        return (
            template.pk,
            template.updated_at,
            certificate.language,
            text.get("title", ""),
            text.get("organisation", ""),
            text.get("verify_line", ""),
        )

    def skeleton(self, certificate, counts):
        """The skeleton for these line counts, laid out now if not cached (or
        older than SKELETON_MAX_AGE). A template the fast path cannot handle is
        remembered as such for as long."""
        key = (*self._key(certificate), tuple(counts[slot] for slot in TEXT_SLOTS))
        with self._lock:
            cached = self._skeletons.get(key)
            if cached is not None and time.monotonic() - cached[1] < SKELETON_MAX_AGE:
                self._skeletons.move_to_end(key)
                if isinstance(cached[0], Unsupported):
                    raise cached[0]
                return cached[0]
        try:
            built = build_skeleton(certificate, counts)
        except Unsupported as reason:
            built = reason
        except Exception as error:  # not remembered: it may not happen again
            logger.exception("certificate skeleton failed")
            raise Unsupported(f"skeleton failed: {error!r}") from error
        with self._lock:
            self._skeletons[key] = (built, time.monotonic())
            while len(self._skeletons) > SKELETON_CACHE_SIZE:
                self._skeletons.popitem(last=False)
        if isinstance(built, Unsupported):
            raise built
        return built

    def render(self, certificate):
        text = certificate.text()
        values = {
            "number": certificate.number,
            "name": certificate.holder_name,
            "body": text.get("body", ""),
            "hours": text.get("hours_line", ""),
            "issued": text.get("issued_line", ""),
        }
        values = {slot: _COLLAPSE.sub(" ", value or "").strip() for slot, value in values.items()}
        for slot, value in values.items():
            if not value:
                raise Unsupported(f"field {slot} is empty")
        # A first layout (one line each) says where the fields are and how wide.
        probe = self.skeleton(certificate, dict.fromkeys(TEXT_SLOTS, 1))
        laid_out = {}
        for slot, value in values.items():
            geometry = probe.slots[slot]
            shaped = shape(value, face(geometry.face), geometry.size)
            lines = break_lines(
                shaped,
                geometry.right - geometry.first_x,
                geometry.right - geometry.left,
                geometry.prefix,
            )
            laid_out[slot] = (shaped, lines)
        counts = {slot: len(lines) for slot, (_, lines) in laid_out.items()}
        skeleton = self.skeleton(certificate, counts)
        return self._write(certificate, skeleton, laid_out, values, text)

    def _write(self, certificate, skeleton, laid_out, values, text):
        # The per-person lines and the QR code, in CSS pixels like WeasyPrint's
        # own content stream.
        used = {name: dict(plan.glyphs) for name, plan in skeleton.fonts.items()}
        ops = [
            "q",
            f"1 0 0 -1 0 {_number(skeleton.page_height)} cm",
            f"{PX_TO_PT} 0 0 {PX_TO_PT} 0 0 cm",
            "BT",
        ]
        for slot in TEXT_SLOTS:
            shaped, lines = laid_out[slot]
            geometry = skeleton.slots[slot]
            plan = skeleton.fonts[geometry.face]
            face_ = face(geometry.face)
            glyph_text = used[geometry.face]
            widths = plan.widths
            default_widths = face_.width
            ops.append("{:.6f} {:.6f} {:.6f} rg".format(*geometry.color))
            ops.append(f"/{plan.resource} {_number(geometry.size)} Tf")
            # As WeasyPrint: after each glyph, the difference between its width
            # in /W and where Pango put the next glyph, truncated.
            scale = 1000 / pango_size(geometry.size)
            gids, texts, advances = shaped.gids, shaped.texts, shaped.widths
            for (start, end), position in zip(lines, geometry.lines, strict=True):
                if start == end:
                    continue
                parts = ["<"]
                for index in range(start, end):
                    gid = gids[index]
                    if gid not in glyph_text:
                        glyph_text[gid] = texts[index]
                    parts.append(f"{gid:04x}")
                    adjust = int(widths.get(gid, default_widths[gid]) - advances[index] * scale)
                    if adjust and index < end - 1:
                        parts.append(f">{adjust}<")
                parts.append(">")
                ops.append(
                    f"1 0 0 -1 {position.x:.6f} {position.baseline:.6f} Tm [{''.join(parts)}] TJ"
                )
        ops.append("ET")
        ops.append(qr_path(qr_matrix(pdf.verification_url(certificate)), *skeleton.qr_box))
        ops.append("Q")
        content = zlib.compress("\n".join(ops).encode(), 6)
        dynamic = {skeleton.content: _stream(content)}
        for name, plan in skeleton.fonts.items():
            glyphs = used[name]
            # The same glyphs again (a font only the fixed text and the hours
            # line use, say): the same objects.
            key = (id(plan), tuple(sorted(glyphs.items())))
            with self._lock:
                objects = self._fonts.get(key)
            if objects is None or objects[0] is not plan:
                objects = (plan, self._font_objects(face(name), plan, glyphs))
                with self._lock:
                    self._fonts[key] = objects
                    while len(self._fonts) > FONT_CACHE_SIZE:
                        self._fonts.popitem(last=False)
            dynamic.update(objects[1])
        dynamic.update(self._metadata(skeleton, values, text))
        identifier = hashlib.md5(  # noqa: S324 - a file identifier, not a secret
            certificate.code.encode() + content
        ).hexdigest()
        return self._assemble(skeleton, dynamic, certificate.code, identifier)

    @staticmethod
    def _font_objects(face_, plan, glyphs):
        """Type0 font, CID font, descriptor, ToUnicode map and program of one
        font: widths and Unicode text of the glyphs of the fixed text and of
        this certificate's text, in a subset that holds them (and the rest of
        their blocks)."""
        type0, cid, descriptor, to_unicode, program_number = plan.numbers
        gids = sorted(glyphs)
        tag, program = face_.program(face_.subset(plan.glyphs, gids))
        base_font = f"/{tag}+{face_.postscript_name}".encode()
        entries = plan.entries
        widths = []
        for gid in gids:
            entry = entries.get(gid)
            if entry is None:
                entry = entries[gid] = f"{gid} [{_number(plan.widths.get(gid, face_.width[gid]))}]"
            widths.append(entry)
        mapped = []
        for gid in gids:
            text = glyphs[gid]
            if text:
                line = face_.bfchar.get((gid, text))
                if line is None:
                    line = face_.bfchar[gid, text] = f"<{gid:04x}> <{_utf16_hex(text)}>"
                mapped.append(line)
        cmap = [_TO_UNICODE_HEAD]
        for start in range(0, len(mapped), 100):
            chunk = mapped[start : start + 100]
            cmap.append(f"{len(chunk)} beginbfchar")
            cmap.extend(chunk)
            cmap.append("endbfchar")
        cmap.append(_TO_UNICODE_TAIL)
        return {
            type0: b"<</Type /Font /Subtype /Type0 /BaseFont %s /Encoding /Identity-H"
            b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>" % (base_font, cid, to_unicode),
            cid: b"<</Type /Font /Subtype /CIDFontType2 /BaseFont %s /CIDSystemInfo"
            b" <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /CIDToGIDMap /Identity"
            b" /FontDescriptor %d 0 R /W [%s]>>"
            % (base_font, descriptor, " ".join(widths).encode()),
            descriptor: b"<</Type /FontDescriptor /FontName %s /FontFamily %s %s"
            b" /FontFile2 %d 0 R>>"
            % (base_font, _pdf_string(face_.family), face_.descriptor, program_number),
            to_unicode: _stream(zlib.compress("\n".join(cmap).encode(), 6)),
            program_number: program,
        }

    @staticmethod
    def _metadata(skeleton, values, text):
        """XMP packet and document information, as WeasyPrint writes them."""
        replacements = [(skeleton.markup[slot], values[slot]) for slot in TEXT_SLOTS]
        replacements.append((COURSE_MARK, text.get("course", "")))

        def fill(value):
            if not isinstance(value, str):
                return value
            for marker, real in replacements:
                if marker in value:
                    value = value.replace(marker, real)
            if SLOT_CLASS in value or "\ue000" in value:
                raise Unsupported("a per-person field in the document metadata")
            return value

        fields = copy(skeleton.metadata_fields)
        fields.title = fill(fields.title)
        fields.description = fill(fields.description)
        fields.authors = [fill(author) for author in fields.authors]
        fields.keywords = [fill(keyword) for keyword in fields.keywords]
        rdf = fields.generate_rdf_metadata("a", 3, "B")
        xmp = b"\n".join(
            (
                b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                b'<x:xmpmeta xmlns:x="adobe:ns:meta/">',
                rdf,
                *fields.xmp_metadata,
                b'</x:xmpmeta>\n<?xpacket end="r"?>',
            )
        )
        info = []
        for key, value in skeleton.info_items:
            string = getattr(value, "string", None)
            if isinstance(string, str):
                value = _pdf_string(fill(string))
            else:
                value = value.data if hasattr(value, "data") else str(value).encode()
            info.append(b"/" + key.encode() + b" " + value)
        return {
            # Plain text, readable without a PDF parser (PDF/A-1 demands it,
            # PDF/A-3 allows either).
            skeleton.metadata: _stream(xmp, b"/Type /Metadata /Subtype /XML", compressed=False),
            skeleton.info: b"<<" + b"".join(info) + b">>",
        }

    @staticmethod
    def _assemble(skeleton, dynamic, code, identifier):
        header = b"%PDF-1.7\n%\xf0\x9f\x96\xa4\n"
        chunks = [header, skeleton.static]
        position = len(header) + len(skeleton.static)
        offsets = {number: len(header) + offset for number, offset in skeleton.offsets.items()}
        for number in sorted(dynamic):
            chunk = b"%d 0 obj\n" % number + dynamic[number] + b"\nendobj\n"
            offsets[number] = position
            chunks.append(chunk)
            position += len(chunk)
        xref = [b"xref\n0 %d\n0000000000 65535 f \n" % skeleton.size]
        for number in range(1, skeleton.size):
            offset = offsets.get(number)
            if offset is None:
                raise Unsupported(f"object {number} missing")
            xref.append(b"%010d 00000 n \n" % offset)
        chunks.extend(xref)
        ids = (_pdf_string(code), _pdf_string(identifier))
        chunks.append(
            b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [%s %s]>>\nstartxref\n%d\n%%%%EOF\n"
            % (skeleton.size, skeleton.catalog, skeleton.info, *ids, position)
        )
        rendered = RenderedPdf(b"".join(chunks))
        rendered.structure = Structure(
            size=skeleton.size,
            catalog=skeleton.catalog,
            catalog_dict=skeleton.catalog_dict,
            page=skeleton.page,
            page_dict=skeleton.page_dict,
            info=skeleton.info,
            ids=ids,
            startxref=position,
        )
        return rendered


_renderer = Renderer()
