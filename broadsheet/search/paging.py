"""What the two ranked searches share: being paged by Django's Paginator one slice at a time."""


class RankedIds:
    """Articles in rank order, as a sequence: subclasses give count() and ids(offset, limit).

    A slice costs the ids of that slice plus one query for its articles (with what `listing`
    adds to them), so a page of results never loads the rest.
    """

    def listing(self, queryset):
        return queryset

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start = key.start or 0
        stop = key.stop if key.stop is not None else self.count()
        ids = self.ids(start, stop - start)
        by_id = self.listing(self.articles.filter(pk__in=ids)).in_bulk()
        return [by_id[pk] for pk in ids if pk in by_id]
