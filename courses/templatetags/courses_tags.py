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
