"""From a classified failure to its candidate edits: which fixer, with which of the failure's facts.

`candidates_for` is what the language plug-in calls for every failure it works
on; the candidates still have to pass the checks in the sandbox. Test files are
never edited: a failure located in a test gets no candidates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from healer.engine.javascript import suspects
from healer.engine.javascript.classify import NOT_DEFINED, Repository
from healer.engine.javascript.fixers import (
    ambient_exports,
    asi_hazards,
    builtins,
    bundler_imports,
    callback_values,
    called_values,
    class_members,
    commonjs_exports,
    computed_specifiers,
    date_strings,
    declared_contracts,
    downlevel,
    export_names,
    field_initialisers,
    foreign_names,
    frozen,
    generic_search,
    import_assignments,
    import_misnames,
    imports,
    iterable_arguments,
    lint,
    logic,
    logic_constants,
    logic_intent,
    made_kinds,
    made_lists,
    made_values,
    missing_returns,
    name_search,
    node_arguments,
    node_buffers,
    origins,
    overwritten_properties,
    preconditions,
    prototype_copies,
    resolver,
    static_private,
    syntax,
    ts_codefixes,
    tsc_excess,
    tsc_implements,
    tsc_iterables,
    tsc_meanings,
    tsc_types,
    tsc_unions,
    tsc_widening,
    type_disguises,
    type_errors,
    type_shapes,
    unbound_methods,
    uncalled,
    weak_collections,
    weaker_programs,
)
from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.type_imports import TYPE_ONLY_VALUE
from healer.engine.javascript.modules import resolve
from healer.engine.javascript.syntax import node_text, parse, walk
from healer.engine.types import BugType, Failure

CANNOT_FIND_NAME = re.compile(r"Cannot find name '(?P<name>[\w$]+)'")
NO_EXPORT = re.compile(r"has no exported member(?: named)? '(?P<name>[\w$]+)'")
# tsc's TS1192: "Module '"./m"' has no default export." (a default import of a module with named exports).
NO_DEFAULT = re.compile(r"has no default export")
CANNOT_FIND_MODULE = re.compile(r"Cannot find module '(?P<module>[^']+)'")
# tsc's TS2724: "... has no exported member named 'a'. Did you mean 'b'?"
DID_YOU_MEAN = re.compile(r"Did you mean '(?P<name>[\w$]+)'\?")
ESLINT_UNDEF = re.compile(r"^'(?P<name>[\w$]+)' is not defined")


def candidates_for(
    failure: Failure,
    *,
    repo: Repository,
    module_type: str = "commonjs",
    suspicious: Sequence[tuple[str, int, float]] = (),
) -> list[Candidate]:
    """Candidate edits for one failure, best first. `suspicious`: Ochiai's ranking for LOGIC."""
    return _stronger(
        _with_codefixes(failure, repo=repo, module_type=module_type, suspicious=suspicious), repo=repo
    )


def _stronger(found: list[Candidate], *, repo: Repository) -> list[Candidate]:
    """Without the candidates that make a weaker program (a function whose body only throws added, a
    type test taken out: weaker_programs), whichever family or quick fix wrote them."""
    refusers: dict[str, Callable[[str], str]] = {}
    kept = []
    for candidate in found:
        if candidate.file not in refusers:
            refusers[candidate.file] = weaker_programs.refuser(
                repo.read(candidate.file) or "", candidate.file
            )
        if not refusers[candidate.file](candidate.text):
            kept.append(candidate)
    return kept


def _with_codefixes(
    failure: Failure,
    *,
    repo: Repository,
    module_type: str,
    suspicious: Sequence[tuple[str, int, float]],
) -> list[Candidate]:
    found = _candidates_for(failure, repo=repo, module_type=module_type, suspicious=suspicious)
    fixes = failure.extra.get("ts_codefixes")
    if not fixes or not failure.file:
        return found

    # TypeScript's own code fixes at a tsc finding (fixers/ts_codefixes.py): those that repair with
    # what exists (a spelling in the checker's scope, an import, `this.`, `await`) go before the families',
    # those that declare something new for a missing name after them (the name was usually meant to be
    # another), each only once.
    def editable(file: str) -> bool:
        return file in repo.files and not repo.is_test(file) and not file.startswith("node_modules/")

    def ours(wanted: bool) -> list[Candidate]:
        return ts_codefixes.codefix_candidates(
            [f for f in fixes if f.declaring is wanted],
            message=f"{failure.message}\n{failure.extra.get('tsc_finding', {}).get('message', '')}",
            failure_file=failure.file,
            failure_line=failure.line,
            read=repo.read,
            editable=editable,
        )

    # The same finding at other uses too: the families' edit of the declaration or import goes first.
    if failure.extra.get("ts_codefixes_repeated"):
        ordered = [*found, *ours(False), *ours(True)]
    else:
        ordered = [*ours(False), *found, *ours(True)]
    merged, seen = [], set()
    for candidate in ordered:
        if (candidate.file, candidate.text) not in seen:
            seen.add((candidate.file, candidate.text))
            merged.append(candidate)
    return merged


def _candidates_for(
    failure: Failure,
    *,
    repo: Repository,
    module_type: str,
    suspicious: Sequence[tuple[str, int, float]],
) -> list[Candidate]:
    if failure.bug_type is BugType.LOGIC:
        return _logic(failure, repo=repo, suspicious=suspicious)
    if not failure.file:
        return []
    text = repo.read(failure.file)
    if text is None:
        return []
    if repo.is_test(failure.file):
        return _in_test(failure, text, repo=repo, module_type=module_type)
    if failure.bug_type is BugType.LINTING or (
        "eslint" in failure.extra
        and (
            failure.bug_type is BugType.INDENTATION or failure.extra["eslint"].rule.endswith("no-unused-vars")
        )
    ):
        message = failure.extra["eslint"]
        # An unused declaration may be one another module imports: lint_exports needs the project.
        wider = message.rule.endswith("no-unused-vars")
        return lint.eslint_candidates(
            text, failure.file, message=message, sources=_sources(repo) if wider else None, files=repo.files
        )
    if failure.bug_type is BugType.SYNTAX:
        column = failure.extra.get("column", 0)
        return syntax.syntax_candidates(
            text, failure.file, line=failure.line, column=column, sources=_sources(repo), tests=_tests(repo)
        )
    if failure.bug_type is BugType.INDENTATION:
        return syntax.indentation_candidates(text, failure.file, mismatch=failure.extra.get("mismatch"))
    if failure.bug_type is BugType.IMPORT:
        return _imports(failure, text, repo=repo, module_type=module_type)
    return _type_error(failure, text, repo=repo)


def _in_test(failure: Failure, text: str, *, repo: Repository, module_type: str) -> list[Candidate]:
    """A failure located in a test file (never edited): only edits of the code under test that its
    message points to. A named import the project's barrel does not provide (fixers/barrels, the module
    that should export it), a value the test iterates whose class names its iterator method by a string
    (class_members): the same repairs as from a source file, in the module the test imports."""
    if failure.bug_type is BugType.IMPORT:
        found = _imports(failure, text, repo=repo, module_type=module_type)
    elif failure.bug_type is BugType.TYPE_ERROR:
        message = (
            failure.message.split(": ", 1)[-1] if failure.message.startswith("TypeError") else failure.message
        )
        found = class_members.iteration_protocol_candidates(
            _sources(repo), message=message, is_test=repo.is_test
        )
        # A required module that assigns `exports`, not `module.exports` (commonjs_exports).
        found += commonjs_exports.module_exports_candidates(
            {**_sources(repo), failure.file: text}, file=failure.file, message=message
        )
        # An iterator whose next() returns bare values, found from the test that consumed it (made_values).
        found += made_values.made_value_candidates(
            text,
            failure.file,
            line=failure.line,
            message=message,
            sources=_sources(repo),
            is_test=repo.is_test,
        )
    else:
        found = []
    return [c for c in found if not repo.is_test(c.file)]


def _imports(failure: Failure, text: str, *, repo: Repository, module_type: str) -> list[Candidate]:
    """The families' candidates, then the generic resolver's (resolver.py) that none of them wrote: tried
    only once every family's has failed."""
    found = _family_imports(failure, text, repo=repo, module_type=module_type)
    seen = {c.text for c in found}
    return found + [c for c in generic_import_candidates(failure, text, repo=repo) if c.text not in seen]


def generic_import_candidates(failure: Failure, text: str, *, repo: Repository) -> list[Candidate]:
    """The generic resolver alone for an IMPORT failure: the missing module or name replaced by the
    nearest thing that exists (measure.py also runs it with the families switched off)."""
    module = failure.extra.get("module", "")
    if not module and (match := CANNOT_FIND_MODULE.search(failure.message)):
        module = match["module"]
    if module and not (failure.extra.get("export") or NO_EXPORT.search(failure.message)):
        return resolver.module_candidates(
            text, failure.file, specifier=module, line=failure.line, files=repo.files, packages=repo.packages
        )
    name = failure.extra.get("name") or _undefined_name(failure.message)
    if not name or module:
        return []
    found = resolver.name_candidates(text, failure.file, name=name, line=failure.line)
    # The other side of the binding, after the use's respellings: a binding nothing reads renamed or
    # read, a destructuring that leaves the name out, a type parameter never declared, an undeclared
    # assignment, another language's literal (name_search.py).
    seen = {c.text for c in found}
    searched = name_search.name_search_candidates(
        text, failure.file, name=name, line=failure.line, sources=_sources(repo)
    )
    return found + [c for c in searched if c.text not in seen]


def _family_imports(failure: Failure, text: str, *, repo: Repository, module_type: str) -> list[Candidate]:
    module = failure.extra.get("module", "")
    export = failure.extra.get("export", "")
    message = failure.message
    if not module and (match := CANNOT_FIND_MODULE.search(message)):
        module = match["module"]
    if not export and (match := NO_EXPORT.search(message)):
        export = match["name"]
        module = module or _specifier_on_line(text, failure.file, failure.line)
    if not export and NO_DEFAULT.search(message):
        export = "default"
        module = module or _specifier_on_line(text, failure.file, failure.line)
    if not module and (suggested := imports.suggested_specifier_candidates(
        text, failure.file, line=failure.line, message=message
    )):  # fmt: skip
        return suggested
    if not module and (extended := imports.extension_candidates(
        text, failure.file, line=failure.line, message=message, files=repo.files
    )):  # fmt: skip
        return extended
    if module and export:
        suggested = DID_YOU_MEAN.search(message)
        target = resolve(failure.file, module, repo.files)
        target_text = repo.read(target) if target else None
        # The module exports by `module.exports` although the package loads it as an ES module: its
        # export declarations (commonjs_exports), before the importer's edits.
        converted = (
            commonjs_exports.esm_export_candidates(target_text, target)
            if target and target_text is not None and module_type == "module" and not repo.is_test(target)
            else []
        )
        # An enum the module declares ambient (`export declare enum`): tsc emits nothing for it, so the
        # importer cannot link; the enum made an ordinary one (ambient_exports).
        if target and target_text is not None and not repo.is_test(target):
            converted += ambient_exports.ambient_enum_candidates(target_text, target, name=export)
        return converted + imports.export_candidates(
            text, failure.file, specifier=module, name=export, files=repo.files, read=repo.read,
            is_test=repo.is_test, suggested=suggested["name"] if suggested else "",
        )  # fmt: skip
    if module and (bundled := bundler_imports.vite_client_candidates(
        text, failure.file, specifier=module, files=repo.files, packages=repo.packages
    )):  # fmt: skip
        # A vite query or asset import tsc has no types for: vite's declarations (bundler_imports).
        return bundled
    if module:
        # A path computed at run time (`import(`./src/${x}.js`)`, `__dirname + 'a.json'`) that names no
        # file: its written parts edited until it can (computed_specifiers), before the import table's.
        computed = computed_specifiers.computed_specifier_candidates(text, failure.file, files=repo.files)
        # Python's `math` imported as a package: the global that holds its functions (foreign_names).
        computed[:0] = foreign_names.foreign_module_candidates(
            text, failure.file, specifier=module, line=failure.line
        )
        return computed + imports.module_candidates(
            text, failure.file, specifier=module, line=failure.line, files=repo.files,
            packages=repo.packages, read=repo.read, is_test=repo.is_test,
        )  # fmt: skip
    name = failure.extra.get("name") or _undefined_name(message)
    if not name:
        return []
    if name in ("module", "exports") and (module_type == "module" or failure.file.endswith(".mjs")):
        # CommonJS exports written in an ES module: its export declarations (commonjs_exports).
        converted = commonjs_exports.esm_export_candidates(text, failure.file)
        if converted:
            return converted
    # ESLint's `'structuredClone' is not defined` at a copy whose methods are called next: the copy
    # that keeps the class (prototype_copies), before the name's imports and respellings.
    copies = prototype_copies.copy_candidates_for_global(
        text, failure.file, name=name, line=failure.line, sources=_sources(repo)
    )
    # Another language's name with a JavaScript counterpart (`Integer.parseInt`, an `f` tag): before the
    # imports and respellings, which find no name near it (foreign_names).
    copies += name_search.foreign_name_candidates(text, failure.file, name=name, line=failure.line)
    # An export list naming what the module never declares: the declared name the importers take
    # (export_names, round 55), before the respellings that go by spelling alone.
    copies += export_names.demanded_export_candidates(
        text, failure.file, name=name, line=failure.line, sources={**_tests(repo), **_sources(repo)}
    )
    # An unread binding its module does not export, where the module exports the name read: the binding
    # renamed, before the imports that add the name beside it (import_misnames, round 52).
    copies += import_misnames.misnamed_binding_candidates(
        text, failure.file, name=name, files=repo.files, read=repo.read
    )
    return copies + imports.undefined_name_candidates(
        text,
        failure.file,
        name=name,
        line=failure.line,
        files=repo.files,
        read=repo.read,
        module_type=module_type,
    )


def _undefined_name(message: str) -> str:
    text = message.split(": ", 1)[-1] if message.startswith("ReferenceError") else message
    for pattern in (NOT_DEFINED, CANNOT_FIND_NAME, ESLINT_UNDEF, TYPE_ONLY_VALUE):
        match = pattern.search(text)
        if match:
            return match["name"]
    return ""


def _specifier_on_line(text: str, path: str, line: int) -> str:
    found = [ref for ref in imports.imports(text, path) if ref.line == line]
    return found[0].specifier if found else ""


def _tests(repo: Repository) -> dict[str, str]:
    """The repository's test files (read for what they import, never edited)."""
    return {f: t for f in repo.files if repo.is_test(f) and (t := repo.read(f)) is not None}


def _sources(repo: Repository) -> dict[str, str]:
    """The repository's code under repair: every readable file that is not a test."""
    return {f: t for f in repo.files if not repo.is_test(f) and (t := repo.read(f)) is not None}


def _type_error(failure: Failure, text: str, *, repo: Repository) -> list[Candidate]:
    message = (
        failure.message.split(": ", 1)[-1] if failure.message.startswith("TypeError") else failure.message
    )
    sources = _sources(repo)
    code = {
        f: t
        for f, t in sources.items()
        if f.endswith((".js", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".jsx"))
    }
    methods, properties = type_errors.repository_names(code)
    # A write into a frozen object (V8's "object is not extensible"): into a copy instead (frozen.py).
    found = (
        frozen.copy_on_write_candidates(text, failure.file, line=failure.line)
        if frozen.FROZEN_WRITE.search(message)
        else []
    )
    # An in-place sort/reverse of a frozen array: on a copy (frozen.sorted_copy_candidates).
    found += frozen.sorted_copy_candidates(text, failure.file, line=failure.line, message=message)
    # `x instanceof this`: the class named instead of the instance (weaker_programs).
    found += weaker_programs.instanceof_candidates(text, failure.file, line=failure.line, message=message)
    # A literal passed where a built-in calls a function (`Array.from(xs, 0)`): `() => 0` (callback_values).
    found += callback_values.callback_value_candidates(text, failure.file, line=failure.line, message=message)
    # `this.#x` of a static private field in a static method called through a subclass (static_private).
    found += static_private.static_private_candidates(text, failure.file, line=failure.line, message=message)
    # An imported variable assigned by its importer (TS2632, or V8's constant assignment): written
    # through the function its own module exports for that (import_assignments).
    found += import_assignments.import_assignment_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    # A value made wrong before the crash (an iterator's bare next() result, a primitive where the next
    # lines write properties, a value named as a type, another object's private member): where it is
    # made (made_values).
    found += made_values.made_value_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources, is_test=repo.is_test
    )
    # A method called on a copy that dropped its prototype (`structuredClone(horse)`): the copy made
    # with the class's own copy method where it is made (prototype_copies).
    found += prototype_copies.copy_candidates_for_call(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    # Promise.all given its promises as separate arguments, a Map given a plain list: the one
    # iterable the built-in takes (iterable_arguments).
    found += iterable_arguments.iterable_argument_candidates(
        text, failure.file, line=failure.line, message=message
    )
    # A value used with another kind's shape: an iterator given Array methods, a class instance
    # destructured with an array pattern, objects where numbers are wanted (type_shapes, round 55).
    found += type_shapes.iterator_helper_candidates(text, failure.file, line=failure.line, message=message)
    found += type_shapes.object_pattern_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    found += type_shapes.field_argument_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    found += type_shapes.pattern_default_candidates(text, failure.file, line=failure.line, message=message)
    # A Number method on text a double assertion (`as unknown as number`) made: converted where made.
    found += type_shapes.cast_conversion_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    # A possibly null value destructured or spread (`const [, h] = re.exec(s)`): checked or defaulted
    # (tsc_iterables, PAR's null checker).
    found += tsc_iterables.runtime_not_iterable_candidates(
        text, failure.file, line=failure.line, message=message
    )
    # A Node API that refused an argument's type (ERR_INVALID_ARG_TYPE, Invalid URL): the argument
    # given the type it asks for at the line that passed it (node_arguments).
    found += node_arguments.node_argument_candidates(text, failure.file, line=failure.line, message=message)
    # A function stored where its result was meant, or called where it was to be passed (called_values).
    found += called_values.called_value_candidates(text, failure.file, line=failure.line, message=message)
    # An optional member called as always there, an abstract class constructed, a last condition
    # tsc cannot see always holds: the edit that keeps what the declarations say (declared_contracts).
    found += declared_contracts.contract_candidates(
        text, failure.file, line=failure.line, message=message, sources=sources
    )
    checker = failure.extra.get("checker") if failure.source != "tsc" else None
    if failure.source == "tsc" or isinstance(checker, dict):
        # The expression tsc points at, edited by the two types it names, first (tsc_types.py);
        # also for a runtime TypeError tsc diagnosed at the same line (classify.Classified.add).
        # tsc's whole message: "No overload matches this call." says which argument is wrong on the
        # lines below it (classify keeps only the first line as the failure's message).
        whole = getattr(failure.extra.get("tsc"), "message", "") or message
        typed = (
            checker
            if isinstance(checker, dict)
            else {"message": whole, "column": failure.extra.get("column")}
        )
        # A diagnostic that says what would be right (TS2447's suggested operator, TS2341's private
        # member read through the class's public accessor): its own edit first (tsc_meanings).
        # TS2420, a class member named unlike its interface's: renamed to the contract's (tsc_implements).
        found += tsc_implements.implements_candidates(text, failure.file, message=whole, sources=sources)
        # TS2339 on a union some of whose members lack the property: the test that narrows it (tsc_unions).
        found += tsc_unions.union_candidates(
            text, failure.file, line=failure.line, message=whole, sources=sources
        )
        # TS2353, an object literal's key its declared type lacks: the one property the literal misses (tsc_excess).
        found += tsc_excess.excess_property_candidates(
            text, failure.file, line=failure.line, message=whole, sources=sources
        )
        found += tsc_meanings.tsc_meaning_candidates(
            text, failure.file, line=failure.line, message=whole, sources=sources
        )
        found += tsc_types.tsc_type_candidates(
            text, failure.file, line=failure.line, column=typed.get("column", 0) or 0,
            message=str(typed.get("message", "")), sources=sources,
        )  # fmt: skip
        # A literal widened by the unannotated variable the line uses: the variable typed where it is
        # made (tsc_widening).
        found += tsc_widening.widened_literal_candidates(
            text, failure.file, line=failure.line, message=str(typed.get("message", ""))
        )
    # tsc's templates found where the value is made (another line, not a guard): every edit at this
    # use, of any template below too, is then a fix only when its failing tests pass (tsc_types).
    made_elsewhere = any(c.line != failure.line and not c.guard for c in found)
    # A method the built-in receiver lacks: the members of the sandbox's own Node (languages/javascript.py's
    # prepare), before the templates that only know method names by spelling.
    checked = str(checker.get("message", "")) if isinstance(checker, dict) else ""
    # An empty `{}`/`[]` called with a Map's/Set's methods: made that collection where it is made, before
    # the crash line's edits, which serve only the one call that crashed.
    found += [
        Candidate(failure.file, new, line, description)
        for line, new, description in origins.collection_origins(
            text, failure.file, line=failure.line, message=message
        )
    ]
    for said in dict.fromkeys(m for m in (message, checked) if m):
        found += type_errors.map_call_candidates(text, failure.file, line=failure.line, message=said)
    # A string used as a list (`extras.map`, TS2339 on 'string'): split where the function that made
    # it returns it, before the use-site spread into characters (made_lists, round 54).
    found += made_lists.split_where_made_candidates(
        text, failure.file, line=failure.line, messages=[m for m in (message, checked) if m], sources=sources
    )
    # A field the project's code or tests fill with separated text (`toppings: 'cream,jam'`): split at
    # the use, and never spread into characters below (made_lists, round 56).
    texts = made_lists.text_receivers(
        text, failure.file, line=failure.line, messages=[m for m in (message, checked) if m],
        evidence={**_tests(repo), **sources},
    )  # fmt: skip
    found += made_lists.split_at_use_candidates(text, failure.file, line=failure.line, receivers=texts)
    # A method read but not called one step earlier in the chain (`name.trim.toLowerCase()`): the
    # value is wrong where it is made, before the edits of the missing method's name (uncalled.py).
    found += uncalled.uncalled_method_candidates(
        text, failure.file, line=failure.line, message=message, table=failure.extra.get("builtins"),
        methods=methods,
    )  # fmt: skip
    # A built-in newer than the sandbox's Node (`Object.groupBy` on Node 20): the same value from the
    # older calls that specify it, before the renames that only stop the crash (downlevel.py).
    found += downlevel.downlevel_candidates(text, failure.file, line=failure.line, message=failure.message)
    for said in dict.fromkeys(m for m in (message, checked) if m):
        found += builtins.builtin_member_candidates(
            text, failure.file, line=failure.line, message=said, table=failure.extra.get("builtins")
        )
    found += type_errors.type_error_candidates(
        text, failure.file, line=failure.line, message=message, methods=methods, properties=properties,
        arities=type_errors.method_arities(code), shapes=type_errors.object_shapes(code),
        texts=frozenset(texts),
    )  # fmt: skip
    if "Expected" in message and "argument" in message:
        found += _arguments(failure, text, sources)
    if failure.source != "tsc":
        # A guard where the value is used hides the crash at its symptom; the edits where the value
        # is made (origins) go first, the use-site guard is the last resort (root cause before
        # symptom, as Monperrus's "symptom vs. root cause" critique of crash repair asks).
        guards = [c for c in found if c.guard]
        found = [c for c in found if not c.guard] + _origins(failure, text, message, sources) + guards
        # `x.localeCompare(y)` on a value that is no string: the same three-way answer for numbers,
        # `x - y`, before the edits that make the value text or reach where it is made (type_disguises).
        found = (
            type_disguises.comparator_candidates(text, failure.file, line=failure.line, message=message)
            + found
        )
        # A field no code sets, read where a literal of the object spells it alike: the literal is the
        # one place that disagrees, before any edit at the crash (fixers/origins.misnamed_keys).
        found = [
            Candidate(file, new, line, description)
            for file, line, new, description in origins.misnamed_keys(
                {**sources, failure.file: text}, file=failure.file, line=failure.line, message=message
            )
        ] + found
        # An in-place method's result stored over its receiver (`list = list.push(x)`, a number now)
        # where the value that crashed was defined: the call kept, the assignment dropped (origins).
        callers = _callers(failure, sources)
        found = [
            Candidate(file, new, line, description)
            for file, line, new, description in origins.mutator_results(
                {**sources, failure.file: text}, file=failure.file, line=failure.line, message=message,
                frames=callers,
            )
        ] + found  # fmt: skip
        # A Date read with a String method where the value was made by `new Date` (date_strings).
        found = (
            date_strings.date_string_candidates(
                {**sources, failure.file: text},
                file=failure.file,
                line=failure.line,
                message=message,
                frames=callers,
            )
            + found
        )
        # `this` undefined inside a method: the method was passed on without its object; the place
        # that detached it is the fix, before any edit inside the method (fixers/unbound_methods).
        found = [
            Candidate(file, new, line, description)
            for file, line, new, description in unbound_methods.unbound_method_candidates(
                {**sources, failure.file: text}, file=failure.file, line=failure.line, message=message
            )
        ] + found
    if made_elsewhere:
        found = [c if c.guard or c.line != failure.line else replace(c, guard=True) for c in found]
    # A field declared without its value (TS2564, or undefined read at run time): its empty value where
    # it is declared, before the edits of the crash line, which only serve the one use (field_initialisers).
    found = (
        field_initialisers.field_initialiser_candidates(
            text, failure.file, line=failure.line, message=message
        )
        + found
    )
    # A property a later spread always overwrites (tsc TS2783): moved after it, or dropped (overwritten_properties).
    found = (
        overwritten_properties.overwritten_property_candidates(
            text, failure.file, line=failure.line, message=message
        )
        + found
    )
    # A function that declares a value but drops the one its last statement computes (tsc TS2355,
    # TS7030): `return` before it (missing_returns); also the crash reading the `undefined` a call to
    # such a function gave (round 50, npm24), edited in the callee.
    found = (
        missing_returns.missing_return_candidates(text, failure.file, line=failure.line, message=message)
        + missing_returns.called_undefined_candidates(
            text, failure.file, line=failure.line, message=message, sources=sources
        )
        + found
    )
    # A line read as the one before it continued (`max(...xs)` then `[a, b] = f()`), or a `return` whose
    # value is on the next line: the `;` or the joined value, which no code means otherwise (asi_hazards).
    found = (
        asi_hazards.hazard_candidates(
            text, failure.file, lines=(failure.line - 2, failure.line - 1, failure.line)
        )
        + found
    )
    # A built-in's precondition on an argument that the message names (a non-global RegExp for matchAll,
    # a descriptor that is no object, apply's arguments not in one array): the argument given it where
    # it is made, before any edit that only steers around the call (preconditions).
    found = (
        preconditions.precondition_candidates(text, failure.file, line=failure.line, message=message) + found
    )
    # A module that assigns `exports` (a local) instead of `module.exports`: its importers' names are
    # undefined; the module's assignment is the fix, before any edit at the importer (commonjs_exports).
    found = (
        commonjs_exports.module_exports_candidates(
            {**sources, failure.file: text}, file=failure.file, message=message
        )
        + found
    )
    # A file read without an encoding (a Buffer) used as a string: the read given 'utf8' where the
    # value is made, before the edits of the String methods called on it (node_buffers).
    found = (
        node_buffers.buffer_read_candidates(text, failure.file, line=failure.line, message=message)
        # A String method called on split's array: called on each element (node_buffers).
        + node_buffers.element_method_candidates(text, failure.file, line=failure.line, message=message)
        + found
    )
    # A Date.parse number stored where a Date is used, one table entry a number among strings: the
    # store given the kind its readers use, before the conversions at the use (made_kinds).
    found = made_kinds.made_kind_candidates(text, failure.file, message=message, sources=sources) + found
    # A primitive key for a WeakMap/WeakSet: the strong collection where the receiver was made (weak_collections).
    found = (
        weak_collections.weak_collection_candidates(text, failure.file, line=failure.line, message=message)
        + found
    )
    # A class whose iterator method is named by a string (`*iterator()`): the value is iterable once the
    # method has the well-known symbol's key, before edits that iterate something else (class_members).
    found = (
        class_members.iteration_protocol_candidates(sources, message=message, is_test=repo.is_test) + found
    )
    if failure.source != "tsc":
        # Past every family: the generic one-line mutation space at the crash line and where its values
        # are assigned, each edit a guard (a fix only when the failure's tests pass; generic_search).
        found += generic_search.generic_candidates(
            text, failure.file, line=failure.line, table=failure.extra.get("builtins")
        )
    return _distinct(found)


ORIGIN_LINES = 6


def _callers(failure: Failure, sources: dict[str, str]) -> list[tuple[str, int]]:
    """The stack frames outside the crash's, innermost first, in the code under repair."""
    frames = [tuple(f) for f in failure.extra.get("frames", ())]
    at = next(
        (i for i, (file, line) in enumerate(frames) if (file, line) == (failure.file, failure.line)), None
    )
    return [(file, line) for file, line in frames[at + 1 :] if file in sources] if at is not None else []


def _origins(failure: Failure, text: str, message: str, sources: dict[str, str]) -> list[Candidate]:
    """After the crash line's templates: LOGIC mutations where the value that crashed was defined
    (fixers/origins.py), interleaved across those places nearest first as `_logic` does for tied
    lines. The fix is reported at the line it edits, as a TYPE_ERROR."""
    callers = _callers(failure, sources)
    places = origins.origin_places(
        {**sources, failure.file: text}, file=failure.file, line=failure.line, message=message, frames=callers
    )[:ORIGIN_LINES]
    # A parameter the crash read through, defaulted where it is declared: first, the one edit at the
    # definition site that a caller leaving the argument out asks for; a method that lost its `this`,
    # bound again where it was passed on.
    defaults = [
        Candidate(failure.file, new, line, description, guard=True)
        for line, new, description in origins.parameter_defaults(
            text, failure.file, line=failure.line, message=message
        )
    ]
    defaults += [
        Candidate(file, new, line, description, guard=True)
        for file, line, new, description in origins.detached_methods(
            {**sources, failure.file: text},
            file=failure.file,
            line=failure.line,
            message=message,
            frames=callers,
        )
    ]
    # A lookup by a computed key that missed, falling back on the key the object literal passed defines.
    defaults += [
        Candidate(file, new, line, description)
        for file, line, new, description in origins.fallback_keys(
            {**sources, failure.file: text},
            file=failure.file,
            line=failure.line,
            message=message,
            frames=callers,
        )
    ]
    # A whole object passed where the parameter wants one of its fields, at the caller.
    defaults += [
        Candidate(file, new, line, description, guard=guard)
        for file, line, new, description, guard in origins.field_arguments(
            {**sources, failure.file: text},
            file=failure.file,
            line=failure.line,
            message=message,
            frames=callers,
        )
    ]
    for file in dict.fromkeys(f for f, _ in places):
        lines = [line for f, line in places if f == file]
        defaults += [
            Candidate(file, new, line, description, guard=True)
            for line, new, description in origins.default_edits(
                sources.get(file, text), file, lines=lines, message=message
            )
        ]
    per_line = []
    for file, line in places:
        old = sources.get(file, text)
        # Away from the crash, "the test got further" is weak evidence: the crash may only have been
        # steered around (another node unlinked, another field read). These edits must make their
        # targeted tests pass (issue 11's rule of a fix), like a guard.
        # A name put in place of another in a call's arguments makes the value from something else so
        # that its kind changes: the crash is silenced, not repaired (type_disguises, round 52). At a
        # caller's frame the argument is the crashed parameter's value itself, and a wrong one is the bug.
        crash = failure.line if file == failure.file else 0
        mutations = [
            replace(c, guard=True)
            for c in logic.logic_candidates(old, file, line=line)
            if (file, line) in callers or not type_disguises.retypes_argument(old, c.text, file, line=crash)
        ]
        per_line.append(sorted(mutations, key=lambda c, old=old: _edits_target(old, c.text)))
    return defaults + [c for round_ in itertools.zip_longest(*per_line) for c in round_ if c is not None]


def _distinct(found: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for candidate in found:
        if (candidate.file, candidate.text) not in seen:
            seen.add((candidate.file, candidate.text))
            kept.append(candidate)
    return kept


ASSIGNMENT = re.compile(r"(?<![=!<>+\-*/%&|^?])=(?![=>])")


def _edits_target(old: str, new: str) -> bool:
    """Whether the edit changes what a line assigns to rather than the value it assigns: the value
    is where a wrong definition usually goes wrong, so those edits come later."""
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    start = old.rfind("\n", 0, at) + 1
    line = old[start : old.find("\n", at) if old.find("\n", at) >= 0 else len(old)]
    equals = ASSIGNMENT.search(line)
    return equals is not None and at - start < equals.start()


def _arguments(failure: Failure, text: str, sources: dict[str, str]) -> list[Candidate]:
    """tsc TS2554 at a call: the callee's parameters, from its definition in the repository."""
    tree = parse(text, failure.file)
    calls = [
        n for n in walk(tree.root_node) if tree is not None and n.type in type_errors.CALLS and n.start_point.row == failure.line - 1
    ] if tree is not None else []  # fmt: skip
    counts = type_errors.ARG_COUNT.search(failure.message)
    found: list[Candidate] = []
    for call in calls:
        function = call.child_by_field_name("function") or call.child_by_field_name("constructor")
        callee = node_text(function).split(".")[-1] if function is not None else ""
        for path, source in sources.items():
            parameters = type_errors.function_parameters(source, path, callee)
            if parameters is not None:
                types = type_errors.function_parameter_types(source, path, callee) or ()
                found += type_errors.argument_candidates(
                    text, failure.file, line=failure.line, callee=callee, parameters=parameters, types=types
                )
                break
        else:
            if counts is not None and int(counts["got"]) > int(counts["most"] or counts["want"]):
                # A callee the repository does not define (a built-in, a package): tsc's count is all
                # there is, enough to merge or drop the surplus arguments (nothing to add them from).
                takes = ("",) * int(counts["most"] or counts["want"])
                found += type_errors.argument_candidates(
                    text, failure.file, line=failure.line, callee=callee, parameters=takes
                )
    return found


LOGIC_LINES = 25
# Lines whose Ochiai score is within this factor of the best line of their group tie with it. V8's
# block coverage has no counter per statement: after a call that threw, the lines up to the end of
# the enclosing block still count as run (the continuation counter of the `if` before them was
# reached), so a passing test that threw early "covers" the rest of the function and puts those
# lines a little below the loop body after them — a near tie, not evidence.
NEAR_TIE = 0.9


def _logic(
    failure: Failure, *, repo: Repository, suspicious: Sequence[tuple[str, int, float]]
) -> list[Candidate]:
    """Mutations at the most suspicious lines. Lines with the same score (within NEAR_TIE) are tried
    together: their candidates are interleaved (the first of each line, then the second...), so the
    cheap likely edits on every tied line come before the exotic ones on the first; the boundary
    flips of every tied line (`<` for `<=`: logic.BOUNDARY_FLIPS) and its other edits that go first
    (logic.goes_first) come before all of them, then the
    edits of a tied line whose condition repeats its loop's (logic.redundant_condition)."""
    places = list(suspicious[: 2 * LOGIC_LINES]) or [(failure.file, failure.line, 1.0)]
    groups = _asserted_first(_near_ties(places), failure, suspicious=suspicious, repo=repo)
    groups = _with_default_headers(groups, repo=repo)
    found: list[Candidate] = []
    sources = _sources(repo)
    fields = logic.repository_fields(sources)
    # The sandbox Node's own built-ins (languages/javascript.py's `prepare`), for the sibling methods.
    table = failure.extra.get("builtins")
    for index, group in enumerate(_lines_kept(groups, repo=repo)):
        texts = {file: repo.read(file) if file and not repo.is_test(file) else None for file, _, _ in group}
        lines = [(file, line, texts[file]) for file, line, _ in group if texts[file] is not None]
        per_line = [
            logic.logic_candidates(text, file, line=line, fields=fields, table=table)
            for file, line, text in lines
        ]
        found += [c for line in per_line for c in line if logic.goes_first(c)]
        if index == 0:
            # A contract violation anywhere in the first group's modules (logic.contract_candidates):
            # after the group's own first edits, before its plain mutations.
            for file, text in texts.items():
                if text is not None:
                    own = frozenset(line for where, line, _ in lines if where == file)
                    found += logic.contract_candidates(text, file, skip=own)
                    # and in the modules it imports (a shared constant the spectrum cannot rank).
                    found += logic.imported_contract_candidates(text, file, sources=sources)
        rest = [[c for c in line if not logic.goes_first(c)] for line in per_line]
        # A line whose condition only repeats its loop's gets its edits tried before its ties': evidence
        # in the code itself, as the Python LOGIC fixer's priors (logic.redundant_condition).
        redundant = [logic.redundant_condition(text, file, line=line) for file, line, text in lines]
        found += [c for edits, flagged in zip(rest, redundant, strict=True) if flagged for c in edits]
        rest = [edits for edits, flagged in zip(rest, redundant, strict=True) if not flagged]
        for round_ in itertools.zip_longest(*rest):
            found += [c for c in round_ if c is not None]
    # A once-read module constant's use rewritten: the same rewrite at its definition first (logic_constants).
    found = logic_constants.definitions_first(found, repo.read)
    # A constant whose comment states its value keeps it (round 49, npm23): fallout otherwise.
    found = logic_constants.keeping_stated(found, repo.read)
    # A shared constant's definition edited only after every use's edit (round 54, npm28).
    return _distinct(logic_constants.shared_definitions_last(found, repo.read))


# At most this many suspicious lines of the asserted function join the first group (V8 counts a
# function's header and closing brace as run too); a larger function is no sharper than the
# spectrum's own order.
ASSERTED_LINES = 20


def _asserted_first(
    groups: list[list[tuple[str, int, float]]],
    failure: Failure,
    *,
    suspicious: Sequence[tuple[str, int, float]],
    repo: Repository,
) -> list[list[tuple[str, int, float]]]:
    """The suspicious lines of the function whose result the failed assertion compares
    (suspects.asserted_functions) join the spectrum's first group, ahead of its lines: a bug that
    only some inputs reach (two shifts on one day) ranks its function below the functions only the
    failing tests run, though the wrong value is made there. Joined, not put before the group: when
    the function only passes on a value made elsewhere, its edits delay the group's by one turn each."""
    frames = [
        (frame.get("file", ""), frame.get("line", 0))
        for frame in failure.extra.get("frames", ())
        if isinstance(frame, dict)
    ]
    spans = suspects.asserted_functions(frames, repo=repo)
    inside = [
        place
        for place in suspicious
        if any(place[0] == file and first <= place[1] <= last for file, first, last in spans)
    ]
    if not inside or len(inside) > ASSERTED_LINES or not groups:
        return groups
    # The module's constants those lines read, which the spectrum cannot rank (suspects.module_constants).
    known = {place[:2] for place in inside}
    inside += [
        (file, line, inside[0][2])
        for file, first, last in spans
        for line in suspects.module_constants(file, first, last, repo=repo)
        if (file, line) not in known
    ]
    first = {place[:2] for place in inside}
    rest = [[place for place in group if place[:2] not in first] for group in groups]
    # Alternated, the spectrum's best line first: the group's lines of its best line's function come
    # first (_lines_kept), and a cut at LOGIC_LINES keeps lines of both.
    merged = [p for pair in itertools.zip_longest(rest[0], inside) for p in pair if p is not None]
    return [merged, *(group for group in rest[1:] if group)]


def _with_default_headers(
    groups: list[list[tuple[str, int, float]]], *, repo: Repository
) -> list[list[tuple[str, int, float]]]:
    """Each function's header line that defaults a parameter or option to a boolean joins its group
    after the first of its body's lines there (logic_intent.default_headers): V8 counts the header
    with the range around the function, so the default every caller that omits the option gets is
    never ranked beside the body it steers. At most one header per function, only where the
    body ranks; the header's own edits are few (the default flipped, the plain literal ones)."""
    headers: dict[str, dict[int, tuple[int, int]]] = {}
    seen: set[tuple[str, int]] = {place[:2] for group in groups for place in group}
    widened = []
    for group in groups:
        out = []
        for place in group:
            out.append(place)
            file, line, score = place
            if file not in headers:
                text = repo.read(file) if file and not repo.is_test(file) else None
                headers[file] = logic_intent.default_headers(text, file) if text is not None else {}
            for header, (first, last) in headers[file].items():
                if first <= line <= last and (file, header) not in seen:
                    seen.add((file, header))
                    out.append((file, header, score))
        widened.append(out)
    return widened


def _near_ties(places: Sequence[tuple[str, int, float]]) -> list[list[tuple[str, int, float]]]:
    """Consecutive places (best first) grouped while their score stays within NEAR_TIE of the group's first."""
    groups: list[list[tuple[str, int, float]]] = []
    for place in places:
        if groups and place[2] >= NEAR_TIE * groups[-1][0][2]:
            groups[-1].append(place)
        else:
            groups.append([place])
    return groups


def _lines_kept(
    groups: list[list[tuple[str, int, float]]], *, repo: Repository
) -> list[list[tuple[str, int, float]]]:
    """The first LOGIC_LINES lines of the groups, the lines of the function around each group's best
    line first among their ties: Ochiai ties lines of many functions that every failing test runs
    (constructors, lookups), and the line order alone then cut d44's faulty line, in the function
    of the most suspicious lines, from the 25 lines tried."""
    kept: list[list[tuple[str, int, float]]] = []
    left = LOGIC_LINES
    for group in groups:
        file, line, _ = group[0]
        text = repo.read(file) if file and not repo.is_test(file) else None
        span = logic.function_span(text, file, line=line) if text is not None else None
        ordered = (
            sorted(
                group, key=lambda place, span=span: not (place[0] == file and span[0] <= place[1] <= span[1])
            )
            if span is not None
            else group
        )
        kept.append(ordered[:left])
        left -= len(kept[-1])
        if left <= 0:
            break
    return kept
