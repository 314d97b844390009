"""iCalendar (RFC 5545) files: one event, or a language's whole calendar for subscribers."""

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODUCT_ID = "-//INNOVET LATAM//Consortium website//EN"


def build_calendar(request, events, name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    now = timezone.now()
    for page in events:
        url = request.build_absolute_uri(page.get_url(request))
        event = Event()
        # One UID per event and language, stable across edits.
        event.add("uid", f"{page.translation_key}-{page.locale.language_code}@{request.get_host()}")
        # The time this version of the event was published, not of the request: an unchanged
        # calendar stays byte for byte the same, for caches and subscribers.
        event.add("dtstamp", page.last_published_at or now)
        event.add("dtstart", page.start)
        event.add("dtend", page.end)
        event.add("summary", page.title)
        event.add("description", f"{page.summary}\n\n{url}")
        event.add("url", url)
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        location = ", ".join(part for part in [page.venue_name, page.venue_address] if part)
        if location:
            event["location"] = vText(" ".join(location.split()))
        if page.organiser:
            event.add("x-organiser-name", page.organiser)
        calendar.add_component(event)
    return calendar


def calendar_response(request, events, name, filename):
    calendar = build_calendar(request, events, name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
