from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)


@register.filter
def divide(value, divisor):
    """Whole quotient, for seconds → minutes."""
    try:
        return int(value) // int(divisor)
    except (TypeError, ValueError, ZeroDivisionError):
        return 0


@register.filter
def academic_hours(hours):
    """``2.5`` → "2,5 академического часа" in Russian, and so on."""
    from courses.hours import academic_hours as words

    return words(hours)
