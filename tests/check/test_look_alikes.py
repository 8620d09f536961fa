from macros.check.rules import look_alikes

from .records import dataset, problems


def test_names_that_read_the_same_are_reported():
    cyrillic_a = "Vl\u0430dimir Medinsky"
    data = dataset(actors=[{"id": "vladimir-medinsky", "name": "Vladimir Medinsky"},
                           {"id": "medinsky-2", "name": cyrillic_a}])
    assert problems(look_alikes.RULE, data) == [
        f"data/actors/medinsky-2.yaml:2: name: '{cyrillic_a}' reads the same as 'Vladimir Medinsky' of vladimir-medinsky "
        "(data/actors/vladimir-medinsky.yaml:1); expected a name that readers can tell apart; if it is the same one, "
        "use that record, and type every letter in one alphabet"]


def test_aliases_and_ids_count_and_one_record_may_repeat_itself():
    data = dataset(actors=[{"id": "kyiv", "name": "Kyiv", "aliases": ["KYIV", "Kiev"]},
                           {"id": "kiev-city", "name": "Kiev City", "aliases": ["Κiev"]}])  # a Greek capital kappa
    assert [p.split(": ")[1] for p in problems(look_alikes.RULE, data)] == ["aliases[0]"]


def test_names_in_other_scripts_and_other_collections_are_not_look_alikes():
    data = dataset(actors=[{"id": "a", "name": "Medinsky", "native_name": "Мединский"}, {"id": "b", "name": "Umerov"}],
                   issues=[{"id": "a", "name": "Medinsky"}])
    assert problems(look_alikes.RULE, data) == []
    assert look_alikes.skeleton("Ｍedinsky  ") == look_alikes.skeleton("medinsky")
