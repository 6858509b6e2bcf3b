from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [path("agree/", views.agree, name="agree")]
