"""The admin API's delete action, moving the page to the trash like the delete view does."""

from django.core.exceptions import PermissionDenied
from rest_framework import status
from rest_framework.response import Response
from wagtail.admin.api.actions.delete import DeletePageAPIAction

from . import trash


class TrashPageAPIAction(DeletePageAPIAction):
    def execute(self, instance, data):
        if not instance.permissions_for_user(self.request.user).can_delete() or trash.in_trash(
            instance
        ):
            raise PermissionDenied
        trash.move_to_trash(instance, user=self.request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
