# Kazakh formats (Django ships none for kk): 2,5 and 12 500. Dates are
# numeric, as Kazakh official documents and CLDR's kk short date write them
# (07.12.2026), which also spares the genitive month names; a date with a time
# joins them with a comma as CLDR's kk "{1}, {0}" does: 07.12.2026, 14:30.
# The site uses DATE_FORMAT, DATETIME_FORMAT and TIME_FORMAT only (lms.dates;
# docs/design.md, "Dates"); the SHORT_ ones are the same, for whatever else
# (Django, Wagtail) asks for them.
DATE_FORMAT = "d.m.Y"
SHORT_DATE_FORMAT = DATE_FORMAT
DATETIME_FORMAT = "d.m.Y, H:i"
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
