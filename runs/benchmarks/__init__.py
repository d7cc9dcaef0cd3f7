"""Benchmarks, kept out of the runs core (an import contract checks it): they drive it, it never needs them.

corpus.py     `manage.py healbench CORPUS_DIR`: heal every case of a corpus, score checks, bugs matched, time
mutants.py    bugs injected by a third-party mutation tool (cosmic-ray), as plain text edits
mutate.py     `healbench --mutate PATH`: heal killed mutants of any passing project, one and K at a time
realset.py    pinned real PyPI projects (lists only, downloaded at benchmark time), a development
              and a held-out half; `healbench --realset HALF`, `--realset-check HALF`
realcases.py  hand-written multi-bug cases in those projects, run through the corpus healbench
cli.py        what each mode of `healbench` runs (the command only parses and prints)
load.py       `manage.py loadbench`: throughput, queue wait and worker memory of a scratch deployment
"""
