# Russian dates as the Kazakh pages write them, numeric: 07.12.2026 and
# 07.12.2026, 14:30 (Django's and CLDR's ru short date; CLDR's ru "{1}, {0}"
# joins date and time). Django's long ru DATE_FORMAT, "7 декабря 2026 г.",
# would make a date read two ways on the site. The site uses DATE_FORMAT,
# DATETIME_FORMAT and TIME_FORMAT only (lms.dates; docs/design.md, "Dates");
# numbers and the rest are Django's Russian.
DATE_FORMAT = "d.m.Y"
SHORT_DATE_FORMAT = DATE_FORMAT
DATETIME_FORMAT = "d.m.Y, H:i"
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
TIME_FORMAT = "H:i"
