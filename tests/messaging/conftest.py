"""The fake SMSC gateway for every messaging test (tests/fakes/sms.py)."""

from tests.fakes.sms import smsc_gateway  # noqa: F401 - a fixture
