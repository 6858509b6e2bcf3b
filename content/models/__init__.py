"""Site content models, split by meaning: images, pages, snippets, settings.

Re-exported here so that Django and Wagtail find them as ``content.<Model>``.
"""

from .images import CustomImage, CustomRendition
from .pages import HelpPage, HomePage, StandardPage
from .settings import OrganisationSettings
from .snippets import CallCentre

__all__ = [
    "CallCentre",
    "CustomImage",
    "CustomRendition",
    "HelpPage",
    "HomePage",
    "OrganisationSettings",
    "StandardPage",
]
