"""The static members of the ECMAScript built-in objects, and the global names, as V8 reports them.

Generated (not written by hand) with Node 20.20 from a fresh `vm` context, which holds the language's
built-ins and none of Node's: for each global whose name starts with a capital and whose value is an
object or a function, `Object.getOwnPropertyNames(value)` less `length`, `name`, `prototype`,
`caller`, `arguments` and names that are not identifiers (RegExp's legacy `$1`...). The generic
name resolver (fixers/resolver.py) reads `floor` as a candidate for `Math.floor` from here, without
running Node.

"""

from __future__ import annotations

# fmt: off
_STATICS = {
    "Array": "from isArray of",
    "ArrayBuffer": "isView",
    "Atomics": "add and compareExchange exchange isLockFree load notify or store sub wait waitAsync xor",
    "BigInt": "asIntN asUintN",
    "BigInt64Array": "BYTES_PER_ELEMENT",
    "BigUint64Array": "BYTES_PER_ELEMENT",
    "Date": "UTC now parse",
    "Error": "captureStackTrace stackTraceLimit",
    "Float32Array": "BYTES_PER_ELEMENT",
    "Float64Array": "BYTES_PER_ELEMENT",
    "Int16Array": "BYTES_PER_ELEMENT",
    "Int32Array": "BYTES_PER_ELEMENT",
    "Int8Array": "BYTES_PER_ELEMENT",
    "Intl": "Collator DateTimeFormat DisplayNames ListFormat Locale NumberFormat PluralRules RelativeTimeFormat Segmenter getCanonicalLocales supportedValuesOf",
    "JSON": "parse stringify",
    "Math": "E LN10 LN2 LOG10E LOG2E PI SQRT1_2 SQRT2 abs acos acosh asin asinh atan atan2 atanh cbrt ceil clz32 cos cosh exp expm1 floor fround hypot imul log log10 log1p log2 max min pow random round sign sin sinh sqrt tan tanh trunc",
    "Number": "EPSILON MAX_SAFE_INTEGER MAX_VALUE MIN_SAFE_INTEGER MIN_VALUE NEGATIVE_INFINITY NaN POSITIVE_INFINITY isFinite isInteger isNaN isSafeInteger parseFloat parseInt",
    "Object": "assign create defineProperties defineProperty entries freeze fromEntries getOwnPropertyDescriptor getOwnPropertyDescriptors getOwnPropertyNames getOwnPropertySymbols getPrototypeOf hasOwn is isExtensible isFrozen isSealed keys preventExtensions seal setPrototypeOf values",
    "Promise": "all allSettled any race reject resolve",
    "Proxy": "revocable",
    "Reflect": "apply construct defineProperty deleteProperty get getOwnPropertyDescriptor getPrototypeOf has isExtensible ownKeys preventExtensions set setPrototypeOf",
    "RegExp": "input lastMatch lastParen leftContext rightContext",
    "String": "fromCharCode fromCodePoint raw",
    "Symbol": "asyncIterator for hasInstance isConcatSpreadable iterator keyFor match matchAll replace search species split toPrimitive toStringTag unscopables",
    "Uint16Array": "BYTES_PER_ELEMENT",
    "Uint32Array": "BYTES_PER_ELEMENT",
    "Uint8Array": "BYTES_PER_ELEMENT",
    "Uint8ClampedArray": "BYTES_PER_ELEMENT",
    "WebAssembly": "CompileError Exception Global Instance LinkError Memory Module RuntimeError Table Tag compile compileStreaming instantiate instantiateStreaming validate",
}
_GLOBALS = ("AggregateError Array ArrayBuffer Atomics BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError FinalizationRegistry Float32Array Float64Array Function Infinity Int16Array Int32Array Int8Array Intl JSON Map Math NaN Number Object Promise Proxy RangeError ReferenceError Reflect RegExp Set SharedArrayBuffer String Symbol SyntaxError TypeError URIError Uint16Array Uint32Array Uint8Array Uint8ClampedArray WeakMap WeakRef WeakSet WebAssembly console decodeURI decodeURIComponent encodeURI encodeURIComponent escape eval globalThis isFinite isNaN parseFloat parseInt undefined unescape")
# fmt: on

GLOBALS = frozenset(_GLOBALS.split())
STATICS: dict[str, frozenset[str]] = {owner: frozenset(names.split()) for owner, names in _STATICS.items()}


def owners_of(member: str) -> list[str]:
    """The built-in objects with a static member of that name, alphabetically (`floor` → [`Math`])."""
    return sorted(owner for owner, names in STATICS.items() if member in names)
