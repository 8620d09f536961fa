"""Where the generated pages go in the site navigation (plain Python on MkDocs' nav list).

mkdocs.yml names each section once, e.g. `- Rounds: rounds/index.md`; the pages of
that section's records are added under it here, so a new record needs no other edit.

Every page carries the whole navigation, so a navigation listing every record makes
each page, and the build, grow with the square of the data. A section with more than
NAV_LIMIT records therefore lists only its index page, which links to all of them.
"""

NAV_LIMIT = 100


def expand(nav, specs, indexes):
    """nav with each generated section filled in; a section absent from nav is appended."""
    nav = list(nav)
    group_indexes = {
        i.group: i.src_uri for i in indexes if i.group
    }  # a subsection opens its own index
    for index in (i for i in indexes if not i.group):
        pages = [s for s in specs if s.section == index.section]
        entries = [index.src_uri] + (
            _grouped(pages, group_indexes) if len(pages) <= NAV_LIMIT else []
        )
        at = next(
            (i for i, item in enumerate(nav) if isinstance(item, dict) and index.section in item),
            None,
        )
        if at is None:
            nav.append({index.section: entries})
        else:
            nav[at] = {index.section: entries}
    return nav


def _grouped(specs, group_indexes):
    """Pages in order; those with a group go into one subsection per group, in first-seen order,
    each led by the group's index page where it has one (navigation.indexes: its title opens it)."""
    entries, groups = [], {}
    for spec in specs:
        if not spec.group:
            entries.append(spec.src_uri)
            continue
        if spec.group not in groups:
            groups[spec.group] = [group_indexes[spec.group]] if spec.group in group_indexes else []
            entries.append({spec.group: groups[spec.group]})
        groups[spec.group].append(spec.src_uri)
    return entries
