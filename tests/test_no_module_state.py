"""No mutable state at module level in `src/`: what a classroom shows is held by its owner (the
classroom, `model/classroom.py`, and the command line's options) and passed in.

The check reads every module's syntax tree and fails on:

- a `global` statement (a function rebinding a module's name);
- a name bound at a module's top level that code then changes in place: item assignment or
  deletion (`NAME[key] = …`, `NAME[:] = …`, `del NAME[key]`), an augmented assignment, an
  attribute assignment (`NAME.attr = …`), or a call of a method that changes a dict, list, set
  or OrderedDict (`.append`, `.update`, `.clear`, `.pop`, `.setdefault`, `.move_to_end` …).

Allowed, and why:

- constants: names bound once and never changed (tables, compiled regexes, frozensets, tuples);
- caches made by `functools` (`@cache`, `@lru_cache`): a function of its arguments, computed
  once — the shipped font registered with Qt or matplotlib, Qt's accessibility factory (one a
  process, as Qt's is), text layouts — with nothing a caller sets;
- a lock (`threading.Lock`): it orders work (matplotlib's, one a process), it holds no value;
- the entries of `ALLOWED` below, each with its reason: what is left is named, not hidden.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "awareness_app"

MUTATORS = frozenset(
    {
        "append", "extend", "insert", "pop", "popitem", "remove", "clear", "update",
        "setdefault", "add", "discard", "sort", "reverse", "move_to_end", "__setitem__",
        "__delitem__", "difference_update", "intersection_update", "symmetric_difference_update",
    }
)  # fmt: skip

# module (relative to src/awareness_app) and name: why it may change
ALLOWED = {
    ("surfaces.py", "SURFACES"): "the registry of views, filled while their modules are "
    "imported (each view class's `@surface` decorator) and never changed after",
    ("i18n.py", "_state"): "per-thread scopes of `temporary_language` and `readings`, each "
    "restored when its `with` block ends (and Qt's installed translator, Qt's own state)",
    ("i18n.py", "_app_language"): "gettext's current language, which `_()` reads at call time "
    "in every layer; only the classroom's state and the command line set it (issue 25 point 1: "
    "still to be passed in)",
    ("i18n.py", "_catalogues"): "the loaded catalogues, by language (a cache)",
    ("i18n.py", "_broken"): "what loading a catalogue found broken, by language (a cache)",
    ("i18n.py", "_broken_ruby"): "what loading a catalogue found broken, by language (a cache)",
}


def _root(node: ast.expr) -> ast.expr:
    """`a` of `a.b[c].d`."""
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node


def module_state(source: str) -> list[tuple[int, str, str]]:
    """(line, name, what) for each `global` statement and each change in place of a name the
    module binds at its top level."""
    tree = ast.parse(source)
    names: set[str] = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    found: list[tuple[int, str, str]] = []

    def changed(target: ast.expr, line: int, what: str) -> None:
        if isinstance(target, ast.Attribute | ast.Subscript):
            root = _root(target)
            if isinstance(root, ast.Name) and root.id in names:
                found.append((line, root.id, what))

    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found += [(node.lineno, name, "global statement") for name in node.names]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for part in target.elts if isinstance(target, ast.Tuple) else [target]:
                    changed(part, node.lineno, "assigned in place")
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            changed(node.target, node.lineno, "assigned in place")
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                changed(target, node.lineno, "deleted from")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in MUTATORS
        ):
            root = _root(node.func.value)
            if isinstance(root, ast.Name) and root.id in names:
                found.append((node.lineno, root.id, f".{node.func.attr}()"))
    return found


def test_no_module_of_src_holds_mutable_state() -> None:
    problems = []
    allowed_seen = set()
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        for line, name, what in module_state(path.read_text(encoding="utf-8")):
            if (module, name) in ALLOWED:
                allowed_seen.add((module, name))
                continue
            problems.append(f"{module}:{line}: {name}: {what}")
    assert not problems, "module state (hold it in its owner and pass it in):\n" + "\n".join(
        problems
    )
    assert allowed_seen == set(ALLOWED), f"allowed but gone (remove): {set(ALLOWED) - allowed_seen}"


def test_the_check_finds_each_kind_of_module_state() -> None:
    source = """
_setting = ["elementary"]
_cache = {}
_seen = set()
_renderer = None
LIMIT = 3
TABLE = {"a": 1}

def set_setting(value):
    _setting[0] = value

def remember(key, value):
    _cache.update({key: value})
    _seen.add(key)
    del _cache[key]

def renderer():
    global _renderer
    return _renderer

def reads():
    return TABLE["a"] + LIMIT
"""
    found = {(name, what) for _line, name, what in module_state(source)}
    assert found == {
        ("_setting", "assigned in place"),
        ("_cache", ".update()"),
        ("_seen", ".add()"),
        ("_cache", "deleted from"),
        ("_renderer", "global statement"),
    }
