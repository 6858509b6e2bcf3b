"""Views of the academy, thin: the rules are in ``academy.services`` and
``academy.attendance``. ``public``: anyone; ``parents``: a registrant (by
account or signed link); ``manage``: school coordinators, within their school."""
