"""Admin forms that keep the directory's derived values right.

``School.region`` copies the district's region so reports can filter by one
index; if an editor moves a school to another district, the copy must follow.
A district's code is a slug nobody should have to invent, so a blank one is
made the same way the importer makes it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .codes import district_code


class DistrictAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].required = False
        self.fields["code"].help_text = _("Leave empty to make one from the region and the name.")

    def clean(self):
        cleaned_data = super().clean()
        region, name_kk = cleaned_data.get("region"), cleaned_data.get("name_kk")
        if not cleaned_data.get("code") and region and name_kk:
            cleaned_data["code"] = district_code(region.code, name_kk)
        return cleaned_data


class SchoolAdminForm(WagtailAdminModelForm):
    def save(self, commit=True):
        school = super().save(commit=False)
        school.region_id = school.district.region_id
        if commit:
            school.save()
            self.save_m2m()
        return school
