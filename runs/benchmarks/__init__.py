"""Benchmarks, kept out of the runs core (an import contract checks it): they drive it, it never needs them.

corpus.py  `manage.py healbench`: heal every case of a corpus, score checks, bugs matched, time
load.py    `manage.py loadbench`: throughput, queue wait and worker memory of a scratch deployment
"""
