"""Template filters of the publication page."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

# A hyphenated word short enough to keep on one line even at 320 px ("2-WAY", "e-learning");
# longer ones ("lanbide-heziketarako") may still break at their hyphen.
HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")
MAX_UNBROKEN = 14


@register.filter
def keep_hyphenated(text):
    """The text, escaped, with each short hyphenated word in a span that does not wrap: the
    line never breaks inside "2-WAY", and the word is still copied and found as typed."""

    def wrap(match):
        word = match[0]
        if len(word) > MAX_UNBROKEN:
            return word
        return f'<span class="nobreak">{word}</span>'

    return mark_safe(HYPHENATED.sub(wrap, str(conditional_escape(text))))  # noqa: S308
