"""wagtail-localize's URLs that workflow/views.py narrows to the user's languages.

Included in config/urls.py ahead of the admin, at the same paths, so wagtail-localize's own
links (reverse("wagtail_localize:…")) reach these views.
"""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from workflow import translator_actions, views

urlpatterns = [
    path("submit/page/<int:page_id>/", views.SubmitPageTranslationView.as_view()),
    path(
        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        views.SubmitSnippetTranslationView.as_view(),
    ),
    path("update/<int:translation_source_id>/", views.UpdateTranslationsView.as_view()),
    path("translate/<int:translation_id>/machine_translate/", views.machine_translate),
    path("translate/<int:translation_id>/disable/", translator_actions.stop_translation),
    path("page/<int:page_id>/convert_to_alias/", translator_actions.convert_to_alias),
]

# Wagtail's page deletion, which refuses without saying why: the reason comes first.
page_urlpatterns = [path("<int:page_id>/delete/", translator_actions.delete_page)]

# Like every admin URL: signed-in users with admin access only.
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
page_urlpatterns = decorate_urlpatterns(page_urlpatterns, require_admin_access)
