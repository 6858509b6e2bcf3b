"""Blocks of the teacher course: the lesson body (the shared blocks plus
video, reflection, practical task, a live session and a link to a test)
and the questions of a test.

Question and option identity comes from Wagtail's block ids, which stay the
same across revisions and translations, so an attempt keeps meaning what it
meant when a methodologist later fixes a typo or reorders options.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from content.blocks import BaseStreamBlock

PLAIN = ["bold", "italic", "link"]


LANGUAGE_CHOICES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]


class CaptionsBlock(blocks.StructBlock):
    """One WebVTT captions file and its language: a video may carry captions
    in each language, and the player offers them all (the page's own first)."""

    language = blocks.ChoiceBlock(label=_("Language"), choices=LANGUAGE_CHOICES, default="kk")
    file = DocumentChooserBlock(label=_("Captions file (WebVTT, .vtt)"))


class VideoFileBlock(blocks.StructBlock):
    """An uploaded video. Its duration, entered by the methodologist, is what
    the server measures the learner's playback against (``courses.playback``)
    and what the hours policy counts (``courses.policy``). A video stored
    before these fields existed has no duration: it plays as before, and
    neither holds back the lesson nor counts as evidence until a
    methodologist enters its duration (the editor then asks for it)."""

    video = DocumentChooserBlock(label=_("Video file (MP4 or WebM)"))
    duration = blocks.IntegerBlock(
        label=_("Duration (seconds)"),
        min_value=1,
        max_value=6 * 3600,
        help_text=_("The video's length in seconds: 12 min 30 s is 750."),
    )
    required = blocks.BooleanBlock(
        label=_("Must be watched to complete the lesson"),
        required=False,
        default=True,
        help_text=_("Before the lesson can be done, the video must be played to at least 90%."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    captions = blocks.ListBlock(CaptionsBlock(), label=_("Captions"), default=[], collapsed=True)
    transcript = blocks.RichTextBlock(label=_("Transcript"), required=False, features=PLAIN)

    class Meta:
        icon = "media"
        template = "blocks/video_file.html"
        label = _("Uploaded video")
        description = _(
            "A video uploaded as a document, with its duration, captions and a transcript."
        )


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.RichTextBlock(label=_("Question for reflection"), features=PLAIN)

    class Meta:
        icon = "edit"
        template = "blocks/reflection.html"
        label = _("Reflection task")
        description = _("The learner writes an answer, which is kept.")
        preview_value = {"prompt": "<p>Сіздің мектебіңізде буллингке қалай әрекет етеді?</p>"}


class PracticalTaskBlock(blocks.StructBlock):
    """A task the learner does and submits as text; evidence of the hours
    (``courses.policy``) for its expected minutes. Checked on submission
    ("auto": long enough and not another learner's text) or by a reviewer
    (``courses.services.practical``). The lesson is done only once every task
    is accepted."""

    AUTO = "auto"
    REVIEWED = "reviewed"

    instructions = blocks.RichTextBlock(label=_("Instructions"), features=[*PLAIN, "ol", "ul"])
    minutes = blocks.IntegerBlock(
        label=_("Expected time (minutes)"),
        min_value=1,
        max_value=600,
        help_text=_("How long the task takes; counted as evidence of study."),
    )
    min_words = blocks.IntegerBlock(
        label=_("Least number of words in an answer"), min_value=1, max_value=2000, default=50
    )
    check = blocks.ChoiceBlock(
        label=_("How it is checked"),
        choices=[
            (AUTO, _("Automatically: accepted when long enough and not a copy")),
            (REVIEWED, _("By a reviewer, who accepts it or returns it with a comment")),
        ],
        default=REVIEWED,
    )

    class Meta:
        icon = "tasks"
        template = "blocks/practical_task.html"
        label = _("Practical task")
        description = _("The learner does a task and submits a written answer, which is checked.")
        preview_value = {
            "instructions": "<p>Мектебіңіздегі буллингтің алдын алу жоспарын жазыңыз.</p>",
            "minutes": 30,
            "min_words": 100,
            "check": "reviewed",
        }


class LiveSessionBlock(blocks.StructBlock):
    """A live session (webinar with a trainer) the lesson asks for. Its dates
    are not content: staff schedule them (``LiveSession``, keyed by the
    lesson's translation key and this block's id, the same in every
    translation), learners register on the lesson page, and the facilitator
    marks who was present. Its minutes count as evidence of the course's
    hours (``courses.policy``) when attending is required."""

    topic = blocks.CharBlock(
        label=_("What the session is about"),
        max_length=200,
        help_text=_("One line: learners see it above the dates."),
    )
    minutes = blocks.IntegerBlock(
        label=_("Length (minutes)"),
        min_value=1,
        max_value=8 * 60,
        help_text=_("How long each session of this block lasts: 90 for a double class."),
    )
    required = blocks.BooleanBlock(
        label=_("Attending is required to complete the lesson"),
        required=False,
        default=True,
        help_text=_(
            "The lesson can be done only once the facilitator has marked the learner present."
        ),
    )

    class Meta:
        icon = "group"
        template = "blocks/live_session.html"
        label = _("Live session")
        description = _("A webinar with a trainer: staff schedule its dates, learners register.")
        preview_value = {
            "topic": "Буллингке қалай әрекет етеміз: тренермен талқылау",
            "minutes": 90,
            "required": True,
        }


class TestLinkBlock(blocks.StructBlock):
    test = blocks.PageChooserBlock(label=_("Test"), page_type="courses.AssessmentPage")
    text = blocks.CharBlock(label=_("Text"), required=False)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/test_link.html"
        label = _("Test")
        description = _("A link to a module or final test.")


class LessonStreamBlock(BaseStreamBlock):
    video_file = VideoFileBlock()
    reflection = ReflectionBlock()
    practical_task = PracticalTaskBlock()
    live_session = LiveSessionBlock()
    test = TestLinkBlock()


class ChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Option"))
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class _QuestionBase(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Question"), features=PLAIN)
    explanation = blocks.RichTextBlock(
        label=_("Explanation shown after submission"), required=False, features=PLAIN
    )


class SingleChoiceBlock(_QuestionBase):
    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, label=_("Options"))

    class Meta:
        icon = "radio-full"
        label = _("Single choice")


class MultipleChoiceBlock(_QuestionBase):
    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, label=_("Options"))

    class Meta:
        icon = "list-ul"
        label = _("Multiple choice")


class TrueFalseBlock(_QuestionBase):
    answer = blocks.BooleanBlock(label=_("The statement is true"), required=False)

    class Meta:
        icon = "help"
        label = _("True or false")


class MatchingPairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Item"))
    right = blocks.CharBlock(label=_("Its match"))


class MatchingBlock(_QuestionBase):
    pairs = blocks.ListBlock(MatchingPairBlock(), min_num=2, label=_("Pairs"))

    class Meta:
        icon = "arrows-up-down"
        label = _("Matching")


class QuestionStreamBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    matching = MatchingBlock()
