from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("heartbeat/", views.heartbeat, name="heartbeat"),
    path("heartbeat/check/", views.attention_check, name="attention_check"),
]
