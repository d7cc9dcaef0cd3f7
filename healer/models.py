"""No models: this module exists so `migrate` sends the project app its post_migrate signal
(healer.apps creates the database cache table then)."""
