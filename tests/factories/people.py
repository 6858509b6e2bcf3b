"""People and places: districts, schools, users."""

import factory
from django.contrib.auth import get_user_model

from directory.models import District, Region, School


class DistrictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = District

    region = factory.LazyFunction(
        lambda: (
            Region.objects.order_by("sort_order").first()
            or Region.objects.create(code="test-region", name_kk="Сынақ облысы", name_ru="Тест")
        )
    )
    code = factory.Sequence(lambda n: f"district-{n}")
    name_kk = factory.Sequence(lambda n: f"Аудан {n}")
    name_ru = factory.Sequence(lambda n: f"Район {n}")
    name_en = factory.Sequence(lambda n: f"District {n}")


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School

    district = factory.SubFactory(DistrictFactory)
    region = factory.SelfAttribute("district.region")
    code = factory.Sequence(lambda n: f"SCH{n:05d}")
    name_kk = factory.Sequence(lambda n: f"№ {n} мектеп-гимназия")
    name_ru = factory.Sequence(lambda n: f"Школа-гимназия № {n}")
    name_en = factory.Sequence(lambda n: f"School-gymnasium No. {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.kz")
    last_name = "Сәрсенбаева"
    first_name = "Әйгерім"
    patronymic = "Қайратқызы"
    role = "teacher"
    school = factory.SubFactory(SchoolFactory)
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        """Users made by the factory have a confirmed primary e-mail unless told not to."""
        if not create:
            return
        self.save()
        if extracted is False:
            return
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )
