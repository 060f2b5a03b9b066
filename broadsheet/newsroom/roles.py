"""The newsroom's roles as Wagtail groups, and the review workflow every story passes through.

Reporter: writes and edits stories, submits them for review, cannot publish.
Editor: everything a reporter does, plus approving, publishing, scheduling and unpublishing.
Photo editor: uploads and edits photos.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REPORTERS = "Reporters"
EDITORS = "Editors"
PHOTO_EDITORS = "Photo editors"
REVIEW_WORKFLOW = "Desk review"

PAGE_PERMISSIONS = {
    REPORTERS: ["add_page", "change_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page"],
}
IMAGE_PERMISSIONS = {
    REPORTERS: ["add_photo", "choose_photo"],
    EDITORS: ["add_photo", "change_photo", "choose_photo"],
    PHOTO_EDITORS: ["add_photo", "change_photo", "choose_photo", "delete_photo"],
}
MODEL_PERMISSIONS = {
    REPORTERS: ["wagtailadmin.access_admin", "people.view_person"],
    EDITORS: [
        "wagtailadmin.access_admin",
        "people.view_person",
        "people.add_person",
        "people.change_person",
        "paper.change_papersettings",
        "editions.change_edition",
        "editions.change_editionsettings",
        "newsletter.change_newslettersettings",
        "newsletter.view_issue",
        "newsletter.change_issue",
        "newsletter.view_subscriber",
        "distribution.change_distributionsettings",
        "webhooks.view_webhook",
        "webhooks.add_webhook",
        "webhooks.change_webhook",
        "webhooks.delete_webhook",
        "webhooks.view_delivery",
    ],
    PHOTO_EDITORS: ["wagtailadmin.access_admin"],
}


def permission(codename, app_label=None):
    if app_label is None:
        app_label, codename = codename.split(".")
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist:
        raise Permission.DoesNotExist(f"No permission {app_label}.{codename}") from None


@transaction.atomic
def set_up_roles(home_page):
    """Create or update the groups and the review workflow on `home_page` and below."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, codenames in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*[permission(codename) for codename in codenames])
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=home_page, permission=permission(codename, "wagtailcore")
            )
    root_collection = Collection.get_first_root_node()
    for name, codenames in IMAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=permission(codename, "photos"),
            )

    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task, _ = GroupApprovalTask.objects.get_or_create(name="Editor sign-off")
    task.groups.set([groups[EDITORS]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    return groups
