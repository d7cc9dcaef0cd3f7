"""An instance passed whole into its own class's field slot (fixers/type_self_passed.py).

Every example is synthetic (none is a dev case): a class's method builds a new instance of the class
and passes `self` where its constructor stores a field of another kind."""

from __future__ import annotations

from .fixer_helpers import type_error_candidates as _candidates

NOTE = """
    class Note:
        NAMES = ("C", "D", "E", "F", "G", "A", "B")

        def __init__(self, pitch, octave=4):
            self.pitch = pitch
            self.octave = octave

        def up(self, octaves):
            return Note(self, self.octave + octaves)

        def name(self):
            return self.NAMES[self.pitch]
    """


def test_it_passes_the_field_where_a_method_passed_self_into_its_own_class(project):
    candidates = _candidates(
        project,
        {"music/note.py": NOTE},
        "tuple indices must be integers or slices, not Note",
        ("music/note.py", "return self.NAMES[self.pitch]"),
    )
    assert candidates[0].description == "pass self.pitch, not self itself, as the new Note's pitch"
    assert "return Note(self.pitch, self.octave + octaves)" in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_self_passed_into_a_slot_the_constructor_converts_before_storing(project):
    source = NOTE.replace("self.pitch = pitch", "self.pitch = int(pitch)")
    candidates = _candidates(
        project,
        {"music/note.py": source},
        "tuple indices must be integers or slices, not Note",
        ("music/note.py", "return self.NAMES[self.pitch]"),
    )
    assert not any("not self itself" in c.description for c in candidates)


TREE = """
    class Node:
        def __init__(self, parent, label):
            self.parent = parent
            self.label = label
            self.children = []

        def add(self, label):
            child = Node(self, label)
            self.children.append(child)
            return child

        def depth(self):
            return 0 if self.parent is None else self.parent.depth() + 1

        def ordered(self):
            return sorted(self.children)
    """


def test_it_leaves_self_passed_into_a_slot_that_holds_an_instance_of_the_class(project):
    # `self.parent.depth()`: the class reads the field as one of its own instances, so passing
    # `self` there is the design (a child's parent), not an instance passed for its field.
    candidates = _candidates(
        project,
        {"tree/node.py": TREE},
        "'<' not supported between instances of 'Node' and 'Node'",
        ("tree/node.py", "return sorted(self.children)"),
    )
    assert not any("not self itself" in c.description for c in candidates)


def test_it_leaves_self_passed_into_a_slot_annotated_with_the_class(project):
    source = TREE.replace("self.parent.depth() + 1", "1").replace(
        "def __init__(self, parent, label)", 'def __init__(self, parent: "Node | None", label)'
    )
    candidates = _candidates(
        project,
        {"tree/node.py": source},
        "'<' not supported between instances of 'Node' and 'Node'",
        ("tree/node.py", "return sorted(self.children)"),
    )
    assert not any("not self itself" in c.description for c in candidates)
