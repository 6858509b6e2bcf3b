"""Data built once per test module, as Django's ``TestCase.setUpTestData``
does: made inside a transaction that is rolled back when the module ends,
while each test runs in a savepoint of it (pytest-django's ``django_db``),
so what a test adds or changes is undone before the next one.

    @pytest.fixture(scope="module")
    def country(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), rolled_back():
            yield build_it()
"""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def rolled_back():
    atomic = transaction.atomic()
    atomic.__enter__()
    try:
        yield
    finally:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
