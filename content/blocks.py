"""The one body StreamBlock shared by every app's pages.

Courses, the Parents' Academy and plain pages all write with the same
blocks, so methodologists learn one editor and templates stay in one place
(``templates/blocks/``). Apps that need more (quizzes, reflection tasks) extend
``BaseStreamBlock`` rather than copying it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings come from HeadingBlock so that the outline of a page stays h1 > h2 > h3.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A section heading; use h3 only under an h2.")
        preview_value = {"text": "Буллингтің белгілері", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")
        preview_value = {
            "quote": "Бала қауіпсіздігі — ортақ міндет.",
            "attribution": "Ата-аналар академиясы",
        }


class EmbedVideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        help_text=_("Say what the video is about; link a transcript where there is one."),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed.html"
        label = _("Video")
        description = _("An embedded video (YouTube, Vimeo) with a caption.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Document")
        description = _("A downloadable file: handout, worksheet, presentation.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("info", _("Information")),
            ("warning", _("Warning")),
            ("help", _("Where to get help")),
        ],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted box: information, a warning, or where to get help.")
        preview_value = {
            "kind": "help",
            "text": "<p>Балаға қауіп төнсе, 111 нөміріне қоңырау шалыңыз.</p>",
        }


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
        description=_("Text with links and lists."),
        preview_value="<p>Мектептегі зорлық-зомбылықтың алдын алу — ортақ жұмыс.</p>",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedVideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
