from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("heartbeat/", views.heartbeat, name="heartbeat"),
    path("heartbeat/check/", views.attention_check, name="attention_check"),
    path("heartbeat/video/", views.video_report, name="video_report"),
    path("live/<int:session_id>/join/", views.live_join, name="live_join"),
]
