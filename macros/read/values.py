"""Walking a value read from YAML."""


def walk(value, path=()):
    """Every (path, value) pair inside a value, the value itself first; list positions are ints."""
    yield path, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from walk(child, path + (key,))


def as_list(value):
    """The value if it is a list, else an empty one: rules run on data the schema may have refused."""
    return value if isinstance(value, list) else []
