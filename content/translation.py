"""Translations through wagtail-localize from texts we already have.

The demo's data files carry every text in kk, ru and en. Rather than copying
the Kazakh page and overwriting its fields (which leaves wagtail-localize
unaware of the copy), the Kazakh page becomes a ``TranslationSource``, each
target language a ``Translation`` with its strings imported as a PO file, and
wagtail-localize writes the translated page itself. So "Sync translated pages"
works on the demo as on content a methodologist translates in the admin.
"""

from collections import defaultdict

import polib
from wagtail.models import DraftStateMixin
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings(instance):
    """The instance's translatable strings, as wagtail-localize stores them, by path."""
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings


def translation_po(source_object, translated):
    """A PO file that translates ``source_object``'s strings into those of
    ``translated``: an unsaved instance of the same model built from the same
    data in the target language, so each path holds the same number of strings."""
    po = polib.POFile()
    theirs = _strings(translated)
    for path, strings in _strings(source_object).items():
        if len(theirs[path]) != len(strings):
            raise ValueError(
                f"{source_object!r}: {path} has {len(strings)} text(s) in the source "
                f"and {len(theirs[path])} in the translation"
            )
        for msgid, msgstr in zip(strings, theirs[path], strict=True):
            po.append(polib.POEntry(msgid=msgid, msgctxt=path, msgstr=msgstr))
    return po


def translate(source_object, translated, locale, **fields):
    """Create ``source_object``'s translation into ``locale`` through
    wagtail-localize, with the texts of ``translated``; set ``fields`` that are
    not translated strings (a unit's topics) and publish. Return the translation."""
    source, _ = TranslationSource.get_or_create_from_instance(source_object)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    translation.import_po(translation_po(source_object, translated))
    drafts = isinstance(source_object, DraftStateMixin)
    # Pages are saved as a draft here and published below, at once: wagtail-localize
    # publishes on commit, which is too late for the rest of seed_demo's transaction.
    translation.save_target(publish=not drafts)
    target = translation.get_target_instance()
    if fields:
        for name, value in fields.items():
            setattr(target, name, value)
        if drafts:
            target.save_revision()
        else:
            target.save()
    if drafts:
        target.get_latest_revision().publish()
    return target
