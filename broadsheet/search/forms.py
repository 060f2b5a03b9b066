"""The search form: what a reader may ask for, checked before any query runs."""

from datetime import date

from django import forms

from .query import MAX_QUERY_LENGTH

SORT_CHOICES = [("relevance", "Best match"), ("date", "Newest first")]


class DatePickerInput(forms.DateInput):
    """A date picker that shows a date it cannot read as empty: HTML allows only YYYY-MM-DD."""

    input_type = "date"

    def format_value(self, value):
        if isinstance(value, str):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                return None
        return value.isoformat() if isinstance(value, date) else super().format_value(value)


class SearchForm(forms.Form):
    q = forms.CharField(label="Search for", required=False, max_length=MAX_QUERY_LENGTH, strip=True)
    section = forms.ChoiceField(label="Section", required=False)
    author = forms.ChoiceField(label="Author", required=False)
    since = forms.DateField(label="From", required=False, widget=DatePickerInput)
    until = forms.DateField(label="To", required=False, widget=DatePickerInput)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORT_CHOICES)

    def __init__(self, data, *, sections, authors):
        super().__init__(data)
        self.fields["section"].choices = [("", "All sections")] + [
            (section.slug, section.title) for section in sections
        ]
        self.fields["author"].choices = [("", "All authors")] + [
            (person.slug, person.name) for person in authors
        ]

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            raise forms.ValidationError("The ‘From’ date must not be after the ‘To’ date.")
        return cleaned
