"""Parents' Academy models, split by meaning: ``pages`` (the programme that
methodologists author in the CMS, translated) and ``sessions`` (what schools
schedule and what parents do: plain rows, the same in every language).

Re-exported here so that Django and Wagtail find them as ``academy.<Model>``.
"""

from .pages import ProgrammePage, TopicPage
from .sessions import Attendance, Registration, Session

__all__ = ["Attendance", "ProgrammePage", "Registration", "Session", "TopicPage"]
