from django.urls import path

from lms import replica

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", replica.reads(views.lookup), name="lookup"),
    path("verify/<str:code>/", replica.reads(views.verify), name="verify"),
    path("<str:code>/download/", views.download, name="download"),
]
