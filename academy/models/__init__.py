"""Parents' Academy models, split by meaning: ``pages`` (the programme that
methodologists author in the CMS, translated), ``sessions`` (what schools
schedule and what parents do: plain rows, the same in every language) and
``accounts`` (accounts made to hold a guest's certificate).

Re-exported here so that Django and Wagtail find them as ``academy.<Model>``.
"""

from .accounts import GuestAccount
from .pages import ProgrammePage, TopicPage
from .sessions import Attendance, Registration, Session, with_marks

__all__ = [
    "Attendance",
    "GuestAccount",
    "ProgrammePage",
    "Registration",
    "Session",
    "TopicPage",
    "with_marks",
]
