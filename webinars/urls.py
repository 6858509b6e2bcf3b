"""Webinars under ``/<language>/webinars/``; BigBlueButton's end callback is
outside the language prefix (``lms.urls``)."""

from django.urls import path

from . import views

app_name = "webinars"

urlpatterns = [
    path("start/<int:pk>/", views.start, name="start"),
]
