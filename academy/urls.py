"""The academy under ``/<language>/academy/``: public pages, the parent's
own pages, and the coordinator's pages under ``manage/``."""

from django.urls import path

from messaging.views.reach import reach

from .views import manage, parents, public

app_name = "academy"

urlpatterns = [
    path("", public.index, name="index"),
    path("school/<str:code>/", public.school, name="school"),
    path("session/<int:pk>/", public.session_detail, name="session"),
    path("session/<int:pk>/calendar.ics", public.calendar, name="calendar"),
    path("join/<str:token>/", public.join, name="join"),
    path("my/", parents.my_academy, name="my"),
    path("registrations/<str:token>/", parents.registrations, name="registrations"),
    path("code/<str:token>/", manage.facilitator_code, name="facilitator_code"),
    path("manage/", manage.dashboard, name="manage"),
    path("manage/rates/", manage.rates, name="manage_rates"),
    path("manage/reach/", reach, name="manage_reach"),
    path("manage/sessions/new/", manage.create, name="manage_create"),
    path("manage/sessions/<int:pk>/", manage.register, name="manage_register"),
    path("manage/sessions/<int:pk>/edit/", manage.edit, name="manage_edit"),
    path("manage/sessions/<int:pk>/cancel/", manage.cancel, name="manage_cancel"),
    path("manage/sessions/<int:pk>/code/", manage.code, name="manage_code"),
    path("manage/sessions/<int:pk>/mark/", manage.mark, name="manage_mark"),
    path("manage/sessions/<int:pk>/undo/", manage.undo, name="manage_undo"),
    path(
        "manage/sessions/<int:pk>/remove/<int:registration_pk>/",
        manage.remove,
        name="manage_remove",
    ),
    path(
        "manage/sessions/<int:pk>/register.csv",
        manage.export,
        {"extension": "csv"},
        name="manage_export_csv",
    ),
    path(
        "manage/sessions/<int:pk>/register.xlsx",
        manage.export,
        {"extension": "xlsx"},
        name="manage_export_xlsx",
    ),
]
