"""Walking a value read from YAML."""


def walk(value, path=()):
    """Every (path, value) pair inside a value, the value itself first; list positions are ints."""
    found, waiting = [], [(path, value)]
    while waiting:  # a list of what is still to walk, not recursion: any depth the reader allows
        path, value = waiting.pop()
        found.append((path, value))
        children = value.items() if isinstance(value, dict) else enumerate(as_list(value))
        waiting += reversed([(path + (key,), child) for key, child in children])
    return found


def as_list(value):
    """The value if it is a list, else an empty one: rules run on data the schema may have refused."""
    return value if isinstance(value, list) else []
