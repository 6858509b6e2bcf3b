"""Every response carries a strict Content-Security-Policy (no inline script,
nothing from elsewhere but embedded videos) and a Permissions-Policy; only the
Wagtail admin, which needs inline scripts, gets a looser script policy."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_the_site_allows_no_inline_script_or_style(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "https://www.youtube-nocookie.com" in csp["frame-src"]
    assert not any("unsafe" in value for values in csp.values() for value in values)


def test_error_pages_and_forms_carry_the_policy_too(client):
    assert directives(client.get("/kk/no-such-page/"))["script-src"] == ["'self'"]
    assert directives(client.get("/ru/accounts/login/"))["form-action"] == ["'self'"]


def test_the_admin_alone_may_run_inline_scripts(client):
    csp = directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]  # the rest of the strict policy holds


def test_no_page_may_use_the_camera_microphone_or_location(client, home):
    policy = client.get(home.url)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
