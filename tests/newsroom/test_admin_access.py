"""Every admin URL, for each role: reporters, photo editors, editors and administrators.

ADMIN_URLS classifies each route under /admin/ (from Django's URL resolver) with the roles that
may open it: r reporter, p photo editor, e editor, a administrator; `-` nobody (the route needs an
object this paper never has); `*` anyone, signed in or not (login, password reset); `skip` for the
deliberate error page. A route missing from the table fails the test until it is classified.
Whoever is not listed must be refused: 403, a 404 for what they may not see, or Wagtail's redirect
to the dashboard with "you do not have permission". Nobody ever gets a server error.
"""

import re
from urllib.parse import urlencode

import pytest
from django.db.models import Model

from tests.newsroom.admin_world import ROLES, admin_routes, make_world

pytestmark = pytest.mark.django_db

ADMIN_URLS = r"""
rpea  admin/
*     admin/test404/
rpea  admin/api/main/^pages/
rea   admin/api/main/^pages/<int:pk>/  pk=story
rea   admin/api/main/^pages/<int:pk>/  pk=draft
rea   admin/api/main/^pages/find/  html_path=/news/
rpea  admin/api/main/^pages/<int:pk>/action/<str:action_name>/  pk=story action_name=publish
rpea  admin/api/main/^documents/
rpea  admin/api/main/^documents/<int:pk>/  pk=document
-     admin/api/main/^documents/find/
rpea  admin/api/main/^images/
rpea  admin/api/main/^images/<int:pk>/  pk=photo
-     admin/api/main/^images/find/
skip  admin/failwhale/
rea   admin/pages/
rea   admin/pages/<int:parent_page_id>/  parent_page_id=section
rea   admin/pages/<int:parent_page_id>/results/  parent_page_id=section
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtailcore model_name=page action=delete id=story
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtailcore model_name=page action=delete id=draft
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtailcore model_name=page action=publish id=draft
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtailcore model_name=page action=unpublish id=story
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtailcore model_name=page action=move id=draft
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=photos model_name=photo action=delete id=photo
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=wagtaildocs model_name=document action=delete id=document
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=webhooks model_name=webhook action=delete id=webhook
rpea  admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=people model_name=person action=delete id=person
a     admin/bulk/<str:app_label>/<str:model_name>/<str:action>/  app_label=auth model_name=user action=delete id=reporter
rea   admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/  content_type_app_name=articles content_type_model_name=articlepage parent_page_id=section
ea    admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/  content_type_app_name=articles content_type_model_name=sectionpage parent_page_id=home
rea   admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/preview/  content_type_app_name=articles content_type_model_name=articlepage parent_page_id=section
rea   admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/  content_type_app_name=articles content_type_model_name=articlepage
rpea  admin/pages/create/<slug:app_label>/<slug:model_name>  app_label=articles model_name=articlepage
rea   admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/results/  content_type_app_name=articles content_type_model_name=articlepage
ea    admin/pages/<int:page_id>/usage/  page_id=story
ea    admin/pages/<int:page_id>/edit/  page_id=story
ea    admin/pages/<int:page_id>/edit/  page_id=scheduled
rea   admin/pages/<int:page_id>/edit/  page_id=draft
ea    admin/pages/<int:page_id>/edit/preview/  page_id=story
rea   admin/pages/<int:page_id>/edit/preview/  page_id=draft
ea    admin/pages/<int:page_id>/view_draft/  page_id=story
rea   admin/pages/<int:page_id>/view_draft/  page_id=draft
rea   admin/pages/<int:parent_page_id>/add_subpage/  parent_page_id=section
rea   admin/pages/<int:parent_page_id>/add_subpage/  parent_page_id=home
ea    admin/pages/<int:page_id>/delete/  page_id=story
ea    admin/pages/<int:page_id>/delete/  page_id=scheduled
rea   admin/pages/<int:page_id>/delete/  page_id=draft
ea    admin/pages/<int:page_id>/unpublish/  page_id=story
-     admin/pages/<int:page_id>/convert_alias/  page_id=story
rea   admin/pages/search/  q=story
rea   admin/pages/search/results/  q=story
ea    admin/pages/<int:page_to_move_id>/move/  page_to_move_id=story
rea   admin/pages/<int:page_to_move_id>/move/  page_to_move_id=draft
ea    admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/  page_to_move_id=story destination_id=section
rpea  admin/pages/<int:page_to_move_id>/set_position/  page_to_move_id=story
ea    admin/pages/<int:page_id>/copy/  page_id=story
rea   admin/pages/<int:page_id>/copy/  page_id=draft
ea    admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/  page_id=submitted action_name=approve task_state_id=task_state
ea    admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/<int:task_state_id>/  page_id=submitted action_name=reject task_state_id=task_state
rpea  admin/pages/workflow/confirm_cancellation/<int:page_id>/  page_id=submitted
ea    admin/pages/workflow/preview/<int:page_id>/<int:task_id>/  page_id=submitted task_id=task
ea    admin/pages/<int:page_id>/privacy/  page_id=story
rpea  admin/pages/<int:page_id>/lock/  page_id=story
rpea  admin/pages/<int:page_id>/unlock/  page_id=story
rpea  admin/pages/<int:page_id>/revisions/  page_id=story
rpea  admin/pages/<int:page_id>/revisions/  page_id=draft
ea    admin/pages/<int:page_id>/revisions/<int:revision_id>/view/  page_id=story revision_id=story_revision
rea   admin/pages/<int:page_id>/revisions/<int:revision_id>/view/  page_id=draft revision_id=draft_revision
ea    admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/  page_id=story revision_id=story_revision
rea   admin/pages/<int:page_id>/revisions/<int:revision_id>/revert/  page_id=draft revision_id=draft_revision
ea    admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/  page_id=scheduled revision_id=scheduled_revision
ea    admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$  pk=story revision_id_a=live revision_id_b=latest
rea   admin/pages/^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$  pk=draft revision_id_a=earliest revision_id_b=latest
rea   admin/pages/<int:page_id>/workflow_history/  page_id=submitted
rea   admin/pages/<int:page_id>/workflow_history/detail/<int:workflow_state_id>/  page_id=submitted workflow_state_id=workflow_state
ea    admin/pages/<int:page_id>/history/  page_id=story
rea   admin/pages/<int:page_id>/history/  page_id=draft
ea    admin/pages/<int:page_id>/history/results/  page_id=story
rpea  admin/choose-page/
rpea  admin/choose-page/<int:parent_page_id>/  parent_page_id=section
rpea  admin/choose-page/search/  q=story
rpea  admin/choose-page/chosen-multiple/  id=story
rpea  admin/choose-external-link/
rpea  admin/choose-email-link/
rpea  admin/choose-phone-link/
rpea  admin/choose-anchor-link/
rpea  admin/tag-autocomplete/  term=po
rpea  admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/  app_name=taggit model_name=tag term=po
a     admin/collections/
a     admin/collections/add/
-     admin/collections/<int:pk>/  pk=collection
-     admin/collections/<int:pk>/delete/  pk=collection
a     admin/collections/<int:collection_id>/privacy/  collection_id=collection
a     admin/workflows/list/
a     admin/workflows/list/results/
a     admin/workflows/add/
rpea  admin/workflows/enable/<int:pk>/  pk=workflow
a     admin/workflows/disable/<int:pk>/  pk=workflow
a     admin/workflows/edit/<int:pk>/  pk=workflow
a     admin/workflows/usage/<int:pk>/  pk=workflow
a     admin/workflows/usage/<int:pk>/results/  pk=workflow
rpea  admin/workflows/remove/<int:page_pk>/  page_pk=home
rpea  admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/  page_pk=home workflow_pk=workflow
a     admin/workflows/tasks/add/<str:app_label>/<str:model_name>/  app_label=wagtailcore model_name=groupapprovaltask
a     admin/workflows/tasks/select_type/
a     admin/workflows/tasks/index/
a     admin/workflows/tasks/index/results/
a     admin/workflows/tasks/edit/<int:pk>/  pk=task
a     admin/workflows/tasks/disable/<int:pk>/  pk=task
rpea  admin/workflows/tasks/enable/<int:pk>/  pk=task
rpea  admin/workflows/task_chooser/
rpea  admin/workflows/task_chooser/results/
rpea  admin/workflows/task_chooser/create/
rpea  admin/workflows/task_chooser/<int:task_id>/  task_id=task
ea    admin/reports/locked/
ea    admin/reports/locked/results/
rea   admin/reports/workflow/
rea   admin/reports/workflow/results/
rea   admin/reports/workflow_tasks/
rea   admin/reports/workflow_tasks/results/
rpea  admin/reports/site-history/
rpea  admin/reports/site-history/results/
rea   admin/reports/aging-pages/
rea   admin/reports/aging-pages/results/
rea   admin/reports/page-types-usage/
rea   admin/reports/page-types-usage/results/
rpea  admin/account/
rpea  admin/logout/
rpea  admin/dismissibles/
rpea  admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/  app_label=wagtailcore model_name=page object_id=story session_id=editing_session
rpea  admin/editing-sessions/release/<int:session_id>/  session_id=editing_session
-     admin/block-preview/
rea   admin/liveblogs/
rea   admin/liveblogs/<int:pk>/  pk=live_blog
rpea  admin/liveblogs/entries/<int:pk>/publish/  pk=live_entry
rpea  admin/liveblogs/entries/<int:pk>/withdraw/  pk=live_entry
rpea  admin/liveblogs/entries/<int:pk>/delete/  pk=live_entry
rea   admin/liveblogs/entries/<int:pk>/edit/  pk=live_entry
rpea  admin/liveblogs/entries/<int:pk>/edit/publish/  pk=live_entry
rpea  admin/liveblogs/entries/<int:pk>/edit/discard/  pk=live_entry
ea    admin/stories/<int:pk>/notes/  pk=story
rea   admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/<int:parent_page_id>/  content_type_app_name=liveblogs content_type_model_name=liveblogpage parent_page_id=section
ea    admin/trash/
rpea  admin/trash/<int:pk>/restore/  pk=trash_item
a     admin/trash/<int:pk>/delete/  pk=trash_item
a     admin/trash/empty/
ea    admin/editions/
rpea  admin/editions/plan/
ea    admin/editions/<int:pk>/  pk=edition
rpea  admin/editions/<int:pk>/change/  pk=edition
ea    admin/editions/<int:pk>/progress/  pk=edition
ea    admin/newsletter/issues/<int:pk>/  pk=issue
ea    admin/newsletter/issues/<int:pk>/preview/  pk=issue
ea    admin/newsletter/issues/<int:pk>/test-send/  pk=issue
ea    admin/newsletter/issues/<int:pk>/progress/  pk=issue
ea    admin/newsletter/build/
rpea  admin/newsletter/issues/<int:pk>/send-now/  pk=issue
rpea  admin/newsletter/issues/<int:pk>/hold/  pk=issue
a     admin/newsletter/subscribers/<int:pk>/erase/  pk=subscriber
ea    admin/settings/<slug:app_name>/<slug:model_name>/  app_name=paper model_name=papersettings
ea    admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/  app_name=paper model_name=papersettings pk=site
ea    admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/  app_name=distribution model_name=distributionsettings pk=site
ea    admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/  app_name=newsletter model_name=newslettersettings pk=site
ea    admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/  app_name=editions model_name=editionsettings pk=site
-     admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/  app_name=paper model_name=papersettings pk=site
rea   admin/forms/
rea   admin/forms/results/
-     admin/forms/submissions/<int:page_id>/  page_id=story
-     admin/forms/submissions/<int:page_id>/results/  page_id=story
-     admin/forms/submissions/<int:page_id>/delete/  page_id=story
a     admin/redirects/
a     admin/redirects/results/
a     admin/redirects/add/
a     admin/redirects/<int:redirect_id>/  redirect_id=redirect
a     admin/redirects/<int:redirect_id>/delete/  redirect_id=redirect
a     admin/redirects/import/
a     admin/redirects/import/process/
rpea  admin/embeds/chooser/
rpea  admin/embeds/chooser/upload/
-     admin/snippets/
a     admin/documents/
a     admin/documents/results/
a     admin/documents/add/
a     admin/documents/edit/<int:document_id>/  document_id=document
a     admin/documents/delete/<int:document_id>/  document_id=document
a     admin/documents/multiple/add/
rpea  admin/documents/multiple/<int:doc_id>/  doc_id=document
rpea  admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/  uploaded_file_id=9999
rpea  admin/documents/multiple/<int:doc_id>/delete/  doc_id=document
rpea  admin/documents/multiple/delete_upload/<int:uploaded_file_id>/  uploaded_file_id=9999
a     admin/documents/usage/<int:document_id>/  document_id=document
rpea  admin/images/
rpea  admin/images/results/
pea   admin/images/<int:image_id>/  image_id=photo
pea   admin/images/<int:image_id>/delete/  image_id=photo
-     admin/images/<int:image_id>/generate_url/  image_id=photo
-     admin/images/<int:image_id>/generate_url/output/  image_id=photo
pea   admin/images/<int:image_id>/preview/<str:filter_spec>/  image_id=photo filter_spec=max-165x165
rpea  admin/images/add/
pea   admin/images/usage/<int:image_id>/  image_id=photo
rpea  admin/images/multiple/add/
rpea  admin/images/multiple/<int:image_id>/  image_id=photo
rpea  admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/  uploaded_file_id=uploaded_image
rpea  admin/images/multiple/<int:image_id>/delete/  image_id=photo
rpea  admin/images/multiple/delete_upload/<int:uploaded_file_id>/  uploaded_file_id=uploaded_image
rea   admin/snippets/people/person/
rea   admin/snippets/people/person/results/
ea    admin/snippets/people/person/add/
ea    admin/snippets/people/person/edit/<int:pk>/  pk=person
a     admin/snippets/people/person/delete/<int:pk>/  pk=person
ea    admin/snippets/people/person/usage/<int:pk>/  pk=person
ea    admin/snippets/people/person/history/<int:pk>/  pk=person
ea    admin/snippets/people/person/history-results/<int:pk>/  pk=person
ea    admin/snippets/people/person/copy/<int:pk>/  pk=person
rpea  admin/snippets/choose/people/person/
rpea  admin/snippets/choose/people/person/results/
rpea  admin/snippets/choose/people/person/chosen/<str:pk>/  pk=person
rpea  admin/snippets/choose/people/person/chosen-multiple/  id=person
ea    admin/snippets/choose/people/person/create/
rea   admin/import-page/
rea   admin/import-page/<int:pk>/  pk=draft
ea    admin/import-page/<int:pk>/  pk=story
ea    admin/wires/
ea    admin/wires/items/<int:pk>/  pk=wire_item
ea    admin/wires/items/<int:pk>/publish/  pk=wire_item
ea    admin/wires/items/<int:pk>/spike/  pk=wire_item
ea    admin/wires/quarantine/
ea    admin/wires/quarantine/<int:pk>/retry/  pk=quarantined
ea    admin/snippets/wires/agency/
ea    admin/snippets/wires/agency/results/
ea    admin/snippets/wires/agency/add/
ea    admin/snippets/wires/agency/edit/<int:pk>/  pk=agency
ea    admin/snippets/wires/agency/delete/<int:pk>/  pk=agency
ea    admin/snippets/wires/agency/usage/<int:pk>/  pk=agency
ea    admin/snippets/wires/agency/history/<int:pk>/  pk=agency
ea    admin/snippets/wires/agency/history-results/<int:pk>/  pk=agency
ea    admin/snippets/wires/agency/copy/<int:pk>/  pk=agency
ea    admin/snippets/choose/wires/agency/
ea    admin/snippets/choose/wires/agency/results/
ea    admin/snippets/choose/wires/agency/chosen/<str:pk>/  pk=agency
ea    admin/snippets/choose/wires/agency/chosen-multiple/  id=agency
ea    admin/snippets/choose/wires/agency/create/
ea    admin/snippets/paper/banner/
ea    admin/snippets/paper/banner/results/
ea    admin/snippets/paper/banner/add/
ea    admin/snippets/paper/banner/edit/<int:pk>/  pk=banner
ea    admin/snippets/paper/banner/delete/<int:pk>/  pk=banner
ea    admin/snippets/paper/banner/usage/<int:pk>/  pk=banner
ea    admin/snippets/paper/banner/history/<int:pk>/  pk=banner
ea    admin/snippets/paper/banner/history-results/<int:pk>/  pk=banner
ea    admin/snippets/paper/banner/copy/<int:pk>/  pk=banner
ea    admin/snippets/choose/paper/banner/
ea    admin/snippets/choose/paper/banner/results/
ea    admin/snippets/choose/paper/banner/chosen/<str:pk>/  pk=banner
ea    admin/snippets/choose/paper/banner/chosen-multiple/  id=banner
ea    admin/snippets/choose/paper/banner/create/
ea    admin/snippets/webhooks/webhook/
ea    admin/snippets/webhooks/webhook/results/
ea    admin/snippets/webhooks/webhook/add/
ea    admin/snippets/webhooks/webhook/edit/<int:pk>/  pk=webhook
ea    admin/snippets/webhooks/webhook/delete/<int:pk>/  pk=webhook
ea    admin/snippets/webhooks/webhook/usage/<int:pk>/  pk=webhook
ea    admin/snippets/webhooks/webhook/history/<int:pk>/  pk=webhook
ea    admin/snippets/webhooks/webhook/history-results/<int:pk>/  pk=webhook
ea    admin/snippets/webhooks/webhook/copy/<int:pk>/  pk=webhook
ea    admin/snippets/choose/webhooks/webhook/
ea    admin/snippets/choose/webhooks/webhook/results/
ea    admin/snippets/choose/webhooks/webhook/chosen/<str:pk>/  pk=webhook
ea    admin/snippets/choose/webhooks/webhook/chosen-multiple/  id=webhook
ea    admin/snippets/choose/webhooks/webhook/create/
ea    admin/snippets/webhooks/delivery/
ea    admin/snippets/webhooks/delivery/results/
-     admin/snippets/webhooks/delivery/add/
-     admin/snippets/webhooks/delivery/edit/<int:pk>/  pk=delivery
-     admin/snippets/webhooks/delivery/delete/<int:pk>/  pk=delivery
-     admin/snippets/webhooks/delivery/usage/<int:pk>/  pk=delivery
-     admin/snippets/webhooks/delivery/history/<int:pk>/  pk=delivery
-     admin/snippets/webhooks/delivery/history-results/<int:pk>/  pk=delivery
-     admin/snippets/webhooks/delivery/copy/<int:pk>/  pk=delivery
ea    admin/snippets/webhooks/delivery/inspect/<int:pk>/  pk=delivery
ea    admin/snippets/choose/webhooks/delivery/
ea    admin/snippets/choose/webhooks/delivery/results/
ea    admin/snippets/choose/webhooks/delivery/chosen/<str:pk>/  pk=delivery
ea    admin/snippets/choose/webhooks/delivery/chosen-multiple/  id=delivery
-     admin/snippets/choose/webhooks/delivery/create/
ea    admin/newsletter/issues/
ea    admin/newsletter/issues/results/
a     admin/newsletter/issues/new/
ea    admin/newsletter/issues/edit/<int:pk>/  pk=issue
a     admin/newsletter/issues/delete/<int:pk>/  pk=issue
ea    admin/newsletter/issues/history/<int:pk>/  pk=issue
ea    admin/newsletter/issues/history-results/<int:pk>/  pk=issue
ea    admin/newsletter/issues/usage/<int:pk>/  pk=issue
ea    admin/newsletter/subscribers/
ea    admin/newsletter/subscribers/results/
a     admin/newsletter/subscribers/new/
a     admin/newsletter/subscribers/edit/<int:pk>/  pk=subscriber
a     admin/newsletter/subscribers/delete/<int:pk>/  pk=subscriber
a     admin/newsletter/subscribers/history/<int:pk>/  pk=subscriber
a     admin/newsletter/subscribers/history-results/<int:pk>/  pk=subscriber
a     admin/newsletter/subscribers/usage/<int:pk>/  pk=subscriber
a     admin/sites/
a     admin/sites/results/
a     admin/sites/new/
a     admin/sites/edit/<int:pk>/  pk=site
a     admin/sites/delete/<int:pk>/  pk=site
a     admin/sites/history/<int:pk>/  pk=site
a     admin/sites/history-results/<int:pk>/  pk=site
a     admin/sites/usage/<int:pk>/  pk=site
a     admin/sites/copy/<int:pk>/  pk=site
a     admin/users/
a     admin/users/results/
a     admin/users/new/
a     admin/users/edit/<int:pk>/  pk=reporter
a     admin/users/delete/<int:pk>/  pk=reporter
a     admin/users/history/<int:pk>/  pk=reporter
a     admin/users/history-results/<int:pk>/  pk=reporter
a     admin/users/usage/<int:pk>/  pk=reporter
a     admin/users/copy/<int:pk>/  pk=reporter
a     admin/groups/
a     admin/groups/results/
a     admin/groups/new/
a     admin/groups/edit/<int:pk>/  pk=group
a     admin/groups/delete/<int:pk>/  pk=group
a     admin/groups/history/<int:pk>/  pk=group
a     admin/groups/history-results/<int:pk>/  pk=group
a     admin/groups/usage/<int:pk>/  pk=group
rpea  admin/documents/chooser/
rpea  admin/documents/chooser/results/
a     admin/documents/chooser/chosen/<str:pk>/  pk=document
rpea  admin/documents/chooser/chosen-multiple/  id=document
a     admin/documents/chooser/create/
rpea  admin/images/chooser/
rpea  admin/images/chooser/results/
rpea  admin/images/chooser/chosen/<str:pk>/  pk=photo
rpea  admin/images/chooser/chosen-multiple/  id=photo
rpea  admin/images/chooser/create/
rpea  admin/images/chooser/<int:image_id>/select_format/  image_id=photo
*     admin/sprite/
*     admin/login/
*     admin/password_reset/
*     admin/password_reset/done/
*     admin/password_reset/confirm/<uidb64>/<token>/  uidb64=MQ token=set-password
*     admin/password_reset/complete/
*     admin/jsi18n/
-     admin/^.*/$  url=/admin/no-such-screen/
"""


def table_rows():
    for line in ADMIN_URLS.strip().splitlines():
        allowed, route, *params = line.split()
        yield allowed, route, dict(param.split("=", 1) for param in params)


LITERAL_PARAMS = {
    "action",
    "action_name",
    "app_label",
    "app_name",
    "content_type_app_name",
    "content_type_model_name",
    "filter_spec",
    "html_path",
    "model_name",
    "q",
    "revision_id_a",
    "revision_id_b",
    "term",
    "token",
    "uidb64",
}


def resolve(name, value, world):
    """Give a parameter its value: the id of the world's object of that name, or the text."""
    if name in LITERAL_PARAMS:
        return value
    found = getattr(world, value, value)
    return found.pk if isinstance(found, Model) else found


def build_url(route, params, world):
    """Fill the route's parameters from the world's objects; the rest go in the query string."""
    params = dict(params)
    if "url" in params:
        return params["url"]
    url, query = route, {}
    for name, value in params.items():
        pattern = re.compile(rf"<(?:\w+:)?{name}>|\(\?P<{name}>[^)]*\)")
        if pattern.search(url):
            url = pattern.sub(str(resolve(name, value, world)), url)
        else:
            query[name] = resolve(name, value, world)
    url = url.replace("^", "").replace("$", "").replace("\\.", ".")
    return "/" + url + ("?" + urlencode(query) if query else "")


def refused(response):
    if response.status_code in (403, 404):
        return True
    if response.status_code == 302:
        said = getattr(response.wsgi_request, "_messages", None)
        return any("permission" in str(m) for m in getattr(said, "_queued_messages", []))
    return False


def test_every_admin_route_is_classified(db):
    classified = {route for _, route, _ in table_rows()}
    assert admin_routes() - classified == set(), "classify these routes in ADMIN_URLS"
    assert classified - admin_routes() == set(), "these routes are gone: drop them"


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_opens_only_its_own_screens(client, role):
    world = make_world()
    user = getattr(world, ROLES[role])
    wrong = []
    for allowed, route, params in table_rows():
        if allowed == "skip":
            continue
        url = build_url(route, params, world)
        client.force_login(user)
        response = client.get(url)
        assert response.status_code < 500, f"{url}: {response.status_code}"
        if allowed == "*":
            continue
        if refused(response) == (role in allowed):
            wrong.append(f"{url} ({allowed}): {response.status_code}")
    assert wrong == [], f"{ROLES[role]} allowed/refused wrongly:\n" + "\n".join(wrong)
