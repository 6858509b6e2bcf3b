from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.lookup, name="lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<str:code>/download/", views.download, name="download"),
]
