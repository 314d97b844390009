import datetime
import json

import pytest
from django.utils import timezone
from icalendar import Calendar

from events.models import PAST_EVENTS_PER_PAGE, EventPage
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home)


def days(number):
    return timezone.now() + datetime.timedelta(days=number)


def test_upcoming_events_first_then_past_events(event_index, client):
    EventPageFactory(parent=event_index, title="Later", start=days(60))
    EventPageFactory(parent=event_index, title="Sooner", start=days(5))
    EventPageFactory(parent=event_index, title="Last year", start=days(-365))
    EventPageFactory(parent=event_index, title="Last month", start=days(-30))
    document = soup(client.get(event_index.url))
    upcoming = [
        h.get_text(strip=True) for h in document.select("#upcoming-title + ul .card__title")
    ]
    past = [h.get_text(strip=True) for h in document.select("#past-title + ul .card__title")]
    assert upcoming == ["Sooner", "Later"]
    assert past == ["Last month", "Last year"]


def test_past_events_are_paginated(event_index, client):
    for number in range(PAST_EVENTS_PER_PAGE + 2):
        EventPageFactory(parent=event_index, start=days(-10 - number))
    first = soup(client.get(event_index.url)).select("#past-title + ul li")
    last = soup(client.get(event_index.url + "?page=abc")).select("#past-title + ul li")
    second = soup(client.get(event_index.url + "?page=2")).select("#past-title + ul li")
    assert len(first) == len(last) == PAST_EVENTS_PER_PAGE
    assert len(second) == 2


def test_event_is_shown_in_its_own_time_zone(event_index, client):
    zone = datetime.timezone(datetime.timedelta(hours=-6))  # Guatemala, no summer time
    event = EventPageFactory(
        parent=event_index,
        start=datetime.datetime(2027, 3, 9, 9, 0, tzinfo=zone),
        end=datetime.datetime(2027, 3, 11, 13, 0, tzinfo=zone),
        time_zone="America/Guatemala",
    )
    when = soup(client.get(event.url)).select_one(".event__facts dd")
    times = when.select("time")
    assert times[0]["datetime"] == "2027-03-09T09:00:00-06:00"
    assert "09:00" in times[0].get_text() and "13:00" in times[1].get_text()
    assert when.select_one("abbr")["title"] == "America/Guatemala"


def test_event_json_ld(event_index, client):
    event = EventPageFactory(parent=event_index, title="SECOVE network event")
    data = json.loads(
        soup(client.get(event.url)).select_one('script[type="application/ld+json"]').string
    )
    assert data["@type"] == "Event"
    assert data["name"] == "SECOVE network event"
    assert data["location"] == {
        "@type": "Place",
        "name": "Politeknika Txorierri",
        "address": "Derio, Bizkaia",
    }
    assert datetime.datetime.fromisoformat(data["startDate"]) == event.start


def test_event_ics_is_valid_icalendar(event_index, client):
    event = EventPageFactory(parent=event_index, title="Derio")
    response = client.get(f"{event.url}ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Derio"
    assert vevent.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert vevent.decoded("DTEND") == event.end.replace(microsecond=0)
    assert vevent["UID"] and vevent["DTSTAMP"]
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert "Politeknika Txorierri" in str(vevent["LOCATION"])


def test_calendar_feed_holds_every_event(event_index, client):
    for number in range(3):
        EventPageFactory(parent=event_index, start=days(number * 10 - 10))
    response = client.get(f"{event_index.url}ical/")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    assert len({str(vevent["UID"]) for vevent in events}) == 3
    link = soup(client.get(event_index.url)).select_one('link[type="text/calendar"]')
    assert link["href"] == f"{event_index.url}ical/"


def test_event_times_are_typed_in_the_events_time_zone(event_index, admin_client):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", event_index.pk])
    data = nested_form_data(
        {
            "title": "Guatemala meeting",
            "slug": "guatemala-meeting",
            "start": "2027-03-09 09:00",
            "end": "2027-03-11 13:00",
            "time_zone": "America/Guatemala",
            "summary": "Partners meet in Guatemala City.",
            "agenda": streamfield([]),
            "related_partner_links": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="guatemala-meeting")
    assert event.local_start.strftime("%Y-%m-%d %H:%M") == "2027-03-09 09:00"
    assert event.start.astimezone(datetime.UTC).hour == 15
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert b"2027-03-09 09:00" in edit.content


def test_event_cannot_end_before_it_starts(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(start=days(2), end=days(1))
    with pytest.raises(ValidationError):
        event.clean()


def test_an_unknown_time_zone_is_refused(event_index):
    from django.core.exceptions import ValidationError

    event = EventPageFactory.build(time_zone="Mars/Olympus_Mons")
    with pytest.raises(ValidationError) as error:
        event.clean_fields(exclude=["path", "depth", "content_type", "locale", "translation_key"])
    assert "time_zone" in error.value.message_dict
