"""Hand-written bugs for the LOGIC development set: realistic slips, one case each.

Written as a developer would get the code wrong (copy-paste, forgotten step, boundary,
swapped operands, wrong branch), independently of the fixer's own candidate lists.
Each entry: program, a short note, and the (old, new) text replacements that inject the bug.
"""

HAND_BUGS = [
    ("binsearch", "upper index one too far", [("lo, hi = 0, len(items) - 1", "lo, hi = 0, len(items)")]),
    (
        "binsearch",
        "lower_bound skips the middle",
        [
            (
                "            hi = mid\n    return lo\n\n\ndef upper",
                "            hi = mid - 1\n    return lo\n\n\ndef upper",
            )
        ],
    ),
    ("sorting", "copy-paste index in merge", [("merged.extend(right[j:])", "merged.extend(right[i:])")]),
    (
        "sorting",
        "partitions include the pivot",
        [
            ("v for v in values[1:] if v < pivot", "v for v in values if v < pivot"),
            ("v for v in values[1:] if v >= pivot", "v for v in values if v >= pivot"),
        ],
    ),
    (
        "minheap",
        "overwrites the root before reading it",
        [
            (
                "        smallest = self.items[0]\n        self.items[0] = last\n",
                "        self.items[0] = last\n        smallest = self.items[0]\n",
            )
        ],
    ),
    ("graphs", "path returned backwards", [("return path[::-1]", "return path")]),
    ("graphs", "queue used as a stack", [("node = ready.pop(0)", "node = ready.pop()")]),
    ("dijkstra", "path never reversed", [("    path.reverse()\n", "")]),
    ("strings", "lower-case letters shifted into upper case", [('% 26 + ord("a")', '% 26 + ord("A")')]),
    (
        "numtheory",
        "square of a prime passes the test",
        [("while divisor * divisor <= n:", "while divisor * divisor < n:")],
    ),
    ("numtheory", "remainder of the wrong operands", [("a, b = b, a % b", "a, b = b, b % a")]),
    (
        "matrix",
        "inner dimension taken from the wrong matrix",
        [("for k in range(len(b)):", "for k in range(len(a)):")],
    ),
    (
        "intervals",
        "intervals merged in input order",
        [("for start, end in sorted(intervals):", "for start, end in intervals:")],
    ),
    ("dynprog", "row starts at zero", [("current = [i]", "current = [0]")]),
    ("knapsack", "a coin equal to the total is skipped", [("if coin <= total:", "if coin < total:")]),
    (
        "rpn",
        "operands passed in the wrong order",
        [("stack.append(apply(token, left, right))", "stack.append(apply(token, right, left))")],
    ),
    (
        "rpn",
        "right associative by mistake",
        [("PRECEDENCE[ops[-1]] >= PRECEDENCE[token]", "PRECEDENCE[ops[-1]] > PRECEDENCE[token]")],
    ),
    (
        "bits",
        "bits written least significant first",
        [("for position in range(width - 1, -1, -1):", "for position in range(width):")],
    ),
    (
        "linkedlist",
        "checks fast.next before fast",
        [
            (
                "while fast is not None and fast.next is not None:\n        slow = slow.next\n        fast = fast.next.next\n    return",
                "while fast.next is not None and fast is not None:\n        slow = slow.next\n        fast = fast.next.next\n    return",
            )
        ],
    ),
    (
        "bst",
        "search goes the wrong way",
        [("node = node[1] if key < node[0] else node[2]", "node = node[2] if key < node[0] else node[1]")],
    ),
    (
        "bst",
        "height of the shorter subtree",
        [
            (
                "return 1 + max(depth(node[1]), depth(node[2]))",
                "return 1 + min(depth(node[1]), depth(node[2]))",
            )
        ],
    ),
    (
        "textwrap2",
        "separator counted for the first word",
        [("extra = len(word) if not current else len(word) + 1", "extra = len(word) + 1")],
    ),
    (
        "textwrap2",
        "padding sides swapped",
        [
            (
                "return fill * left + text + fill * (total - left)",
                "return fill * (total - left) + text + fill * left",
            )
        ],
    ),
    (
        "stats",
        "sample and population swapped",
        [("(len(values) - 1 if sample else len(values))", "(len(values) if sample else len(values) - 1)")],
    ),
    (
        "stats",
        "largest mode on a tie",
        [("return min(value for value, count", "return max(value for value, count")],
    ),
    (
        "stats",
        "rank used as an index",
        [("return ordered[min(rank, len(ordered)) - 1]", "return ordered[min(rank, len(ordered))]")],
    ),
    (
        "baseconv",
        "digits never reversed",
        [('return sign + "".join(reversed(digits))', 'return sign + "".join(digits)')],
    ),
    (
        "selection",
        "equal part not skipped",
        [
            (
                "return kth_smallest(above, k - len(below) - len(equal))",
                "return kth_smallest(above, k - len(below))",
            )
        ],
    ),
    (
        "combinatorics",
        "remaining keeps the item",
        [("remaining = items[:index] + items[index + 1 :]", "remaining = items[:index] + items[index:]")],
    ),
    (
        "combinatorics",
        "recursion on the whole list",
        [("return with_first + combinations(rest, size)", "return with_first + combinations(items, size)")],
    ),
    (
        "sequences",
        "one pair too many",
        [
            (
                "row[i] + row[i + 1] for i in range(len(row) - 1)",
                "row[i] + row[i + 1] for i in range(len(row))",
            )
        ],
    ),
    (
        "lru",
        "a read does not refresh the key",
        [("        self.hits += 1\n        self.entries.move_to_end(key)\n", "        self.hits += 1\n")],
    ),
    (
        "lru",
        "evicts one entry early",
        [("if len(self.entries) > self.capacity:", "if len(self.entries) >= self.capacity:")],
    ),
    (
        "unionfind",
        "returns the last node walked",
        [
            (
                "            self.parent[element], element = root, self.parent[element]\n        return root",
                "            self.parent[element], element = root, self.parent[element]\n        return element",
            )
        ],
    ),
    (
        "anagrams",
        "copy-paste of the first word",
        [('clean_b = b.replace(" ", "").lower()', 'clean_b = a.replace(" ", "").lower()')],
    ),
    (
        "windows",
        "compares indexes instead of values",
        [("while window and values[window[-1]] <= value:", "while window and window[-1] <= value:")],
    ),
    (
        "windows",
        "a repeat before the window still moves it",
        [("if ch in last_seen and last_seen[ch] >= start:", "if ch in last_seen:")],
    ),
    ("calendar2", "months counted from zero", [("for m in range(1, month):", "for m in range(month):")]),
    (
        "listutils",
        "rotates left instead of right",
        [("return items[-steps:] + items[:-steps]", "return items[steps:] + items[:steps]")],
    ),
    (
        "listutils",
        "tail of the second list lost",
        [("return out + a[shorter:] + b[shorter:]", "return out + a[shorter:]")],
    ),
    (
        "brackets",
        "closing bracket on an empty stack",
        [("if not stack or stack.pop() != PAIRS[ch]:", "if stack.pop() != PAIRS[ch]:")],
    ),
    (
        "wordstats",
        "divides by the text length",
        [("return sum(len(w) for w in found) / len(found)", "return sum(len(w) for w in found) / len(text)")],
    ),
    ("inventory", "restocks only what is in stock", [("for sku in self.prices:", "for sku in self.stock:")]),
    (
        "geometry",
        "hull repeats the turning point",
        [("return lower[:-1] + upper[:-1]", "return lower + upper[:-1]")],
    ),
    ("geometry", "index typo in the cross product", [("* (b[0] - o[0])", "* (b[0] - o[1])")]),
]
