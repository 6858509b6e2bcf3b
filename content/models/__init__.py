"""Site content models, split by meaning: images, pages, snippets.

Re-exported here so that Django and Wagtail find them as ``content.<Model>``.
"""

from .images import CustomImage, CustomRendition

__all__ = ["CustomImage", "CustomRendition"]
