# English pages are read in Kazakhstan, where 12/07/2026 reads as 12 July and
# 07/12/2026 as 7 December in other places: English dates name the month,
# day first, as CLDR's en-GB medium date does (7 Dec 2026), and the time is
# on the 24-hour clock like every other time on the site and in Almaty
# (7 Dec 2026, 14:30, not 2:30 p.m.). The site uses DATE_FORMAT,
# DATETIME_FORMAT and TIME_FORMAT only (lms.dates; docs/design.md, "Dates");
# numbers and the rest are Django's English.
DATE_FORMAT = "j M Y"
SHORT_DATE_FORMAT = DATE_FORMAT
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
TIME_FORMAT = "H:i"
