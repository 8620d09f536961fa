"""Walking a value read from YAML."""


def walk(value, path=()):
    """Every (path, value) pair inside a value, the value itself first; list positions are ints."""
    found = []
    _walk_into(found, value, path)
    return found


def _walk_into(found, value, path):
    """walk's work: a list filled in place costs less than nested generators, one per level."""
    found.append((path, value))
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        _walk_into(found, child, path + (key,))


def as_list(value):
    """The value if it is a list, else an empty one: rules run on data the schema may have refused."""
    return value if isinstance(value, list) else []
