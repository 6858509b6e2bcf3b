# The English pages are read in Kazakhstan: short dates as on the Kazakh and
# Russian pages (06.12.2026, not 12/06/2026, which reads as 12 June there).
# Everything else is Django's English.
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
