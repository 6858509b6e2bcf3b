"""Small server-rendered SVG charts: no JavaScript, a few hundred bytes, and
a data table behind each so screen readers get the figures."""

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def bar_chart(points, title, width=600, height=160):
    """``points``: list of (label, value). Returns an accessible inline SVG."""
    if not points:
        return ""
    top = max(value for _label, value in points) or 1
    gap = 2
    bar = max(2, (width - gap * len(points)) // len(points))
    bars = []
    for index, (label, value) in enumerate(points):
        h = round((height - 20) * value / top)
        x = index * (bar + gap)
        bars.append(
            f'<rect x="{x}" y="{height - 20 - h}" width="{bar}" height="{h}" fill="#0b5394">'
            f"<title>{escape(label)}: {value}</title></rect>"
        )
    labels = (
        f'<text x="0" y="{height - 5}" font-size="11">{escape(points[0][0])}</text>'
        f'<text x="{width}" y="{height - 5}" font-size="11" text-anchor="end">'
        f"{escape(points[-1][0])}</text>"
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg">{}{}</svg>',
        width,
        height,
        title,
        mark_safe("".join(bars)),  # noqa: S308 - built from escaped parts above
        mark_safe(labels),  # noqa: S308
    )
