"""The coordinator's page "Reach by channel" (the sessions of their school;
all of them for a superuser), beside the attendance rates."""

from django.shortcuts import render

from academy.views.manage import coordinator_required, in_scope

from .. import reach as counts


@coordinator_required
def reach(request):
    return render(
        request, "academy/manage/reach.html", {"reach": counts.by_channel(in_scope(request.user))}
    )
