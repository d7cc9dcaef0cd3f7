"""Git hosting integration (GitHub first): credentials, push auth, pull requests, CI monitoring, webhooks.

Django app label `hosting`. Providers implement `runs.hosting.base.HostingProvider`;
`runs.hosting.integration` is what the execution service calls, and it does
nothing for runs that have no hosting credential (local paths, anonymous https).
"""
