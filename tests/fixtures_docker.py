"""Docker fixtures (owned by the sandbox work; see sandbox/)."""
