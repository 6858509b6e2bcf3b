# Kazakh number formats (Django ships none for kk): 2,5 and 12 500.
# Everything not set here falls back to the project settings.
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
