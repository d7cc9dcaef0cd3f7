"""Hand-written development sets for the engine (not collected: no test_*.py names inside)."""
