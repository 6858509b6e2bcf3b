"""Who is asking, for registrants without an account.

Opening the signed link from a letter proves the mailbox; the address is
then kept in the visitor's session so that the session page can offer
check-in on the same device. Nothing else is trusted: a typed e-mail
address never identifies anyone.
"""

SESSION_KEY = "academy_email"


def remember(request, email):
    request.session[SESSION_KEY] = email.lower()


def remembered_email(request):
    return request.session.get(SESSION_KEY)


def person(request):
    """``(user or None, e-mail or None)`` for ``services.registrations_of``."""
    user = request.user if request.user.is_authenticated else None
    return user, remembered_email(request)
