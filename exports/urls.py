from django.urls import path

from . import views

app_name = "exports"

urlpatterns = [
    path("", views.job_list, name="list"),
    path("start/<slug:kind>/", views.start_view, name="start"),
    path("<int:pk>/", views.job_detail, name="job"),
    path("<int:pk>/download/", views.download, name="download"),
]
