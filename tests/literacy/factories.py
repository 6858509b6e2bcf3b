"""Factories for media-literacy topics and units."""

import factory
import wagtail_factories
from wagtail.models import Locale

from literacy.models import Topic, UnitPage


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("locale", "slug")

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="kk"))
    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class UnitPageFactory(wagtail_factories.PageFactory):
    """A live unit; ``topics=[...]`` sets its topics, ``plan_text`` its lesson plan."""

    class Meta:
        model = UnitPage
        skip_postgeneration_save = True

    class Params:
        plan_text = "Оқушылар үш жаңалықты салыстырады."

    title = factory.Sequence(lambda n: f"Бөлім {n:02d}")
    slug = factory.Sequence(lambda n: f"unit-{n}")
    grade_from = 7
    grade_to = 8
    intro = "Сабақтың қысқаша сипаттамасы."
    objectives = factory.LazyFunction(
        lambda: [{"type": "objective", "value": "Фейктің белгілерін атайды."}]
    )
    lesson_plan = factory.LazyAttribute(
        lambda o: [
            {"type": "heading", "value": {"text": "Кіріспе", "level": "h3"}},
            {"type": "paragraph", "value": f"<p>{o.plan_text}</p>"},
        ]
    )
    activities = factory.LazyFunction(
        lambda: [
            {
                "type": "activity",
                "value": {
                    "title": "Фейкті тап",
                    "duration": 15,
                    "description": "<p>Топтарда жұмыс.</p>",
                },
            }
        ]
    )
    parents_note = "<p>Балаңызбен бірге жаңалықты тексеріңіз.</p>"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics = list(extracted)
            self.save()
