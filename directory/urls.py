"""JSON lists for the school picker, under ``/<language>/directory/``."""

from django.urls import path

from . import views

app_name = "directory"

urlpatterns = [
    path("districts/", views.districts, name="districts"),
    path("schools/", views.schools, name="schools"),
]
