"""Who may do what with the trash, in one place for the views, the menu and the hooks."""

from wagtail.permissions import page_permission_policy


def can_open_trash(user):
    """Editors and administrators see the trash; reporters never do."""
    return page_permission_policy.user_has_permission(user, "publish")


def can_restore(user, item):
    """An editor who may publish where the page was may put it back there."""
    if user.is_active and user.is_superuser:
        return True
    return item.parent is not None and item.parent.permissions_for_user(user).can_publish()


def can_purge(user):
    """Only administrators delete for good."""
    return user.is_active and user.is_superuser
