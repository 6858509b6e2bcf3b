from django.urls import path

from . import views

app_name = "privacy"
urlpatterns = [
    path("agree/", views.agree, name="agree"),
    path("my-data/", views.my_data, name="my_data"),
    path("my-data/choices/", views.choose, name="choose"),
    path("my-data/guest/<str:token>/", views.guest_data, name="guest_data"),
    path("my-data/guest/<str:token>/choices/", views.guest_choose, name="guest_choose"),
    path("my-data/download/<str:token>/", views.download, name="download"),
    path("close/", views.close_account, name="close"),
    path("keep/", views.keep_account, name="keep"),
    path("forget/<str:token>/", views.guest_forget, name="guest_forget"),
]
