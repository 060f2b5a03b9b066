"""The admin's account forms, with the paper's own sender on their mail."""

from wagtail.admin.forms.auth import PasswordResetForm

from broadsheet.paper.mail import sender


class PaperPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset, sent from the paper rather than from DEFAULT_FROM_EMAIL's name."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, *args, **kwargs
    ):
        super().send_mail(
            subject_template_name, email_template_name, context, sender(), *args, **kwargs
        )
