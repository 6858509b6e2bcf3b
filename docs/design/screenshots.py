"""Screenshots for docs/design.md, against the seeded demo (``make run``).

``.venv/bin/python docs/design/screenshots.py [http://127.0.0.1:8000]``: each
key page at 360 and 1366 px, the first screen (and the whole home page on a phone), reduced to 256 colours
so that the folder stays small. Signed-in pages get a session made here,
no password needed.
"""

import os
import sys
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from PIL import Image  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

OUT = Path(__file__).resolve().parent
WIDTHS = {360: 740, 1366: 768}


def session_for(email):
    from users.models import User

    user = User.objects.get(email=email)
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return store.session_key


def shots():
    """``(name, path, e-mail, then)``: ``then`` is None (the first screen),
    "full" (the whole page, phone only), "menu" (the menu open, phone only)
    or a function that acts on the page before the picture."""
    from django.utils import timezone

    from academy.models import Registration
    from academy.views.manage import in_scope
    from certificates.models import Certificate
    from courses.models import CoursePage, LessonPage
    from users.models import User

    course = CoursePage.objects.live().filter(locale__language_code="kk").first()
    lesson = LessonPage.objects.live().descendant_of(course).first()
    code = Certificate.objects.first().code
    teacher, parent = "teacher@demo.bilim.kz", "parent@demo.bilim.kz"
    coordinator = "coordinator@demo.bilim.kz"
    session = (
        in_scope(User.objects.get(email=coordinator))
        .filter(registrations__status=Registration.Status.CONFIRMED, starts_at__lte=timezone.now())
        .order_by("-starts_at")
        .first()
    )

    def to_outline(page):
        page.locator(".outline").scroll_into_view_if_needed()

    def to_next_lesson(page):
        page.locator(".step--current a").first.click()
        page.wait_for_load_state()

    def to_marks(page):
        page.evaluate(
            "window.scrollBy(0, document.querySelector('.door-list').getBoundingClientRect().top - 72)"
        )

    def send_empty(page):
        page.locator("form[action$='/accounts/signup/'] > button[type=submit]").click()
        page.wait_for_load_state()

    return [
        ("home", "/kk/", None, None),
        ("home-full", "/kk/", None, "full"),
        ("menu", "/kk/", None, "menu"),
        ("course", course.url, teacher, None),
        ("outline", course.url, teacher, to_outline),
        ("lesson", lesson.url, teacher, None),
        ("lesson-next", course.url, teacher, to_next_lesson),
        ("my-learning", "/kk/me/", teacher, None),
        ("academy", "/kk/academy/", parent, None),
        ("register", f"/kk/academy/manage/sessions/{session.pk}/", coordinator, to_marks),
        ("signup-errors", "/kk/accounts/signup/", None, send_empty),
        ("verify", f"/kk/certificates/verify/{code}/", None, None),
    ]


def save(png, path):
    image = Image.open(BytesIO(png)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        for name, path, email, then in shots():
            for width, height in WIDTHS.items():
                if then in ("menu", "full") and width > 360:
                    continue  # the menu open, and the whole home page, on a phone only
                context = browser.new_context(viewport={"width": width, "height": height})
                if email:
                    context.add_cookies(
                        [
                            {
                                "name": settings.SESSION_COOKIE_NAME,
                                "value": session_for(email),
                                "url": base,
                            }
                        ]
                    )
                page = context.new_page()
                page.goto(base + path)
                if then == "menu":
                    page.locator(".header-menu summary").click()
                elif callable(then):
                    then(page)
                save(page.screenshot(full_page=then == "full"), OUT / f"{name}-{width}.png")
                context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
