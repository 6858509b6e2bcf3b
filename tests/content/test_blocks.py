"""The shared body blocks: each declares how it looks, and renders accessibly."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.template.loader import get_template
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.embeds.exceptions import EmbedNotFoundException

from content.blocks import BaseStreamBlock
from content.models import CustomImage, StandardPage

pytestmark = pytest.mark.django_db


def test_every_block_declares_icon_and_template():
    for name, block in BaseStreamBlock().child_blocks.items():
        assert block.meta.icon != "placeholder", name
        assert block.meta.template.startswith("blocks/"), name
        get_template(block.meta.template)
        assert block.get_description() or block.get_preview_value(), name


@pytest.mark.parametrize("name", ["heading", "paragraph", "quote", "callout"])
def test_previews_render(name):
    block = BaseStreamBlock().child_blocks[name]

    html = block.render(block.get_preview_value())

    assert html.strip()


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "#0b4f6c").save(buffer, "PNG")
    return ImageFile(buffer, name="lesson.png")


def render_page(client, site_tree, body):
    about = site_tree["kk"]["about"]
    about.body = body
    about.save_revision().publish()
    response = client.get("/kk/about/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".stream")


def test_image_has_alt_text_caption_and_sizes(client, site_tree):
    image = CustomImage.objects.create(title="Сынып", file=png())

    stream = render_page(
        client,
        site_tree,
        [
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Сыныптағы балалар", "caption": "Сабақ"},
            }
        ],
    )

    img = stream.select_one("figure.figure img")
    assert img["alt"] == "Сыныптағы балалар"
    assert "srcset" in img.attrs
    assert stream.select_one("figure.figure figcaption").get_text() == "Сабақ"


def test_document_links_to_the_file_with_its_label(client, site_tree):
    document = get_document_model().objects.create(
        title="Әдістемелік ұсынымдар", file=ContentFile(b"%PDF-1.4 test", name="guide.pdf")
    )

    stream = render_page(
        client,
        site_tree,
        [{"type": "document", "value": {"document": document.pk, "label": ""}}],
    )

    link = stream.select_one(".document a")
    assert link["href"] == document.url
    assert link.get_text() == "Әдістемелік ұсынымдар"
    assert "PDF" in stream.select_one(".document__meta").get_text()


def test_video_falls_back_to_a_link_when_the_embed_cannot_be_fetched(
    client, site_tree, monkeypatch
):
    def not_found(*args, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", not_found)
    url = "https://www.youtube.com/watch?v=abc"

    stream = render_page(
        client,
        site_tree,
        [{"type": "embed", "value": {"video": url, "caption": "Кибербуллинг туралы"}}],
    )

    assert stream.select_one("figure.embed a")["href"] == url
    assert stream.select_one("figure.embed figcaption").get_text() == "Кибербуллинг туралы"


def test_heading_level_is_respected(client, site_tree):
    stream = render_page(
        client,
        site_tree,
        [{"type": "heading", "value": {"text": "Белгілер", "level": "h3"}}],
    )

    assert stream.find("h3").get_text() == "Белгілер"
    assert stream.find("h2") is None


def test_pages_are_searchable_by_body():
    indexed = {field.field_name for field in StandardPage.search_fields}
    assert {"title", "intro", "body"} <= indexed
