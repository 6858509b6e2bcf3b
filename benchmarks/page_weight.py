"""Bytes a first visit transfers for the key pages: HTML + CSS + JS, gzipped.

Run against the seeded demo (``make seed``):
``.venv/bin/python benchmarks/page_weight.py``. The HTML is gzipped at level 6
(a reverse proxy's default), the static files at level 9 (as WhiteNoise
compresses them). The budget is 40 KB per page (docs/design.md).
"""

import gzip
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.test import Client  # noqa: E402

BUDGET = 40 * 1024
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script[^>]* src)="/static/([^"?]+)"')


def pages():
    from certificates.models import Certificate
    from courses.models import CoursePage, LessonPage
    from users.models import User

    course = CoursePage.objects.live().filter(locale__language_code="kk").first()
    lesson = LessonPage.objects.live().descendant_of(course).first()
    teacher = User.objects.get(email="teacher@demo.bilim.kz")
    parent = User.objects.get(email="parent@demo.bilim.kz")
    certificate = Certificate.objects.first()
    return [
        ("home", "/kk/", None),
        ("course", course.url, teacher),
        ("lesson", lesson.url, teacher),
        ("my learning", "/kk/me/", teacher),
        ("academy", "/kk/academy/", parent),
        ("verify", f"/kk/certificates/verify/{certificate.code}/", None),
    ]


def weigh(client, url):
    response = client.get(url, HTTP_HOST="localhost", follow=True)
    assert response.status_code == 200, (url, response.status_code)
    html = response.content
    sizes = {"html": len(gzip.compress(html, 6))}
    for name in ASSET.findall(html.decode()):
        with open(finders.find(name), "rb") as asset:
            sizes[name] = len(gzip.compress(asset.read(), 9))
    return len(html), sizes


def main():
    print("| page | HTML (raw) | HTML gz | CSS+JS gz | total gz |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, url, person in pages():
        client = Client()
        if person is not None:
            client.force_login(person)
        raw, sizes = weigh(client, url)
        assets = sum(v for k, v in sizes.items() if k != "html")
        total = sizes["html"] + assets
        flag = "" if total <= BUDGET else " over budget"
        print(
            f"| {label} | {raw / 1024:.1f} KB | {sizes['html'] / 1024:.1f} KB "
            f"| {assets / 1024:.1f} KB | {total / 1024:.1f} KB{flag} |"
        )


if __name__ == "__main__":
    main()
