from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("courses/", views.course_report, name="courses"),
    path("courses/learners/", views.learner_export, name="learners"),
    path("academy/", views.academy_report, name="academy"),
    path("refresh/", views.refresh, name="refresh"),
]
