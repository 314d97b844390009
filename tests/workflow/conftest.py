import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from core.models import StandardPage
from workflow.roles import EDITORS, MODERATORS, translators_group_name


def member_of(django_user_model, username, group_name, admin_language="en"):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    return user


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def spanish_translator(demo, django_user_model):
    return member_of(django_user_model, "ane-es", translators_group_name("es"))


@pytest.fixture
def basque_translator(demo, django_user_model):
    return member_of(django_user_model, "miren-eu", translators_group_name("eu"), "eu")


@pytest.fixture
def editor(demo, django_user_model):
    return member_of(django_user_model, "eider-editor", EDITORS)


@pytest.fixture
def moderator(demo, django_user_model):
    return member_of(django_user_model, "jon-moderator", MODERATORS)


PARAGRAPHS = [f"Paragraph number {n} about vocational training." for n in range(1, 11)]


def publish_english(page, paragraphs):
    page.body = [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]
    page.save_revision().publish()


@pytest.fixture
def ten_paragraphs(demo):
    page = StandardPage(title="Ten paragraphs", slug="ten-paragraphs", introduction="Intro.")
    demo.add_child(instance=page)
    publish_english(page, PARAGRAPHS)
    return page
