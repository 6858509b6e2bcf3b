"""A person's own channels, under ``/<language>/messages/``: signed in, or
through the signed link of a guest's letters."""

from django.urls import path

from .views import channels

app_name = "messaging"

urlpatterns = [
    path("telegram/link/", channels.telegram_link, name="telegram_link"),
    path("phone/", channels.phone, name="phone"),
    path("phone/code/", channels.phone_code, name="phone_code"),
    path("phone/code/again/", channels.phone_resend, name="phone_resend"),
    path("first/", channels.first, name="first"),
    path("unlink/<int:pk>/", channels.unlink, name="unlink"),
    path("guest/<str:token>/telegram/link/", channels.telegram_link, name="guest_telegram_link"),
    path("guest/<str:token>/phone/", channels.phone, name="guest_phone"),
    path("guest/<str:token>/phone/code/", channels.phone_code, name="guest_phone_code"),
    path("guest/<str:token>/phone/code/again/", channels.phone_resend, name="guest_phone_resend"),
    path("guest/<str:token>/first/", channels.first, name="guest_first"),
    path("guest/<str:token>/unlink/<int:pk>/", channels.unlink, name="guest_unlink"),
]
