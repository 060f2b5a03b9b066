"""The newsroom's roles as Wagtail groups, and the review workflow every story passes through.

Reporter: writes stories and edits their own drafts, submits them for review; never publishes.
Editor: edits any story, approves, publishes, schedules, unpublishes, moves to and restores from
the trash, and changes the paper's settings.
Photo editor: uploads, edits and deletes photos.
Administrators are superusers: everything, including emptying the trash.
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

# Wagtail's "add" alone lets a reporter edit and delete only the pages they own and that are
# not live; "change" would open everyone's stories to them.
PAGE_PERMISSIONS = {
    REPORTERS: ["add_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Wagtail checks image permissions under wagtailimages.*_image even with a custom image model
# (wagtail.images.get_permission_policy), so these are the grants that open the Images menu.
# Its policy counts deleting a photo as changing it: editors, who fix captions, may delete too.
IMAGE_PERMISSIONS = {
    REPORTERS: ["add_image", "choose_image"],
    EDITORS: ["add_image", "change_image", "choose_image"],
    PHOTO_EDITORS: ["add_image", "change_image", "choose_image", "delete_image"],
}
MODEL_PERMISSIONS = {
    REPORTERS: ["wagtailadmin.access_admin", "people.view_person", "liveblogs.add_liveblogentry"],
    EDITORS: [
        "wagtailadmin.access_admin",
        "people.view_person",
        "people.add_person",
        "people.change_person",
        "liveblogs.add_liveblogentry",
        "liveblogs.change_liveblogentry",
        "liveblogs.delete_liveblogentry",
        "paper.change_papersettings",
        "paper.view_banner",
        "paper.add_banner",
        "paper.change_banner",
        "paper.delete_banner",
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
        "wires.view_wireitem",
        "wires.change_wireitem",
        "wires.view_agency",
        "wires.add_agency",
        "wires.change_agency",
        "wires.delete_agency",
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
    """Create the groups and the review workflow on `home_page`, or bring them up to date.

    On the home page and the root collection each role gets exactly the grants above: one it no
    longer has (an old install's reporter `change_page`, photo grants Wagtail never reads) is
    taken away, so running this again is how an existing install gets today's roles.
    """
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}
    for name, codenames in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*[permission(codename) for codename in codenames])
    for name, group in groups.items():
        page_grants = [
            permission(codename, "wagtailcore") for codename in PAGE_PERMISSIONS.get(name, [])
        ]
        GroupPagePermission.objects.filter(group=group, page=home_page).exclude(
            permission__in=page_grants
        ).delete()
        for grant in page_grants:
            GroupPagePermission.objects.get_or_create(group=group, page=home_page, permission=grant)
    root_collection = Collection.get_first_root_node()
    for name, group in groups.items():
        image_grants = [
            permission(codename, "wagtailimages") for codename in IMAGE_PERMISSIONS.get(name, [])
        ]
        GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exclude(
            permission__in=image_grants
        ).delete()
        for grant in image_grants:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=grant
            )

    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task, _ = GroupApprovalTask.objects.get_or_create(name="Editor sign-off")
    task.groups.set([groups[EDITORS]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    return groups
