"""Git hosting integration (GitHub first): credentials, push auth, pull requests, CI monitoring, webhooks.

Django app label `hosting`. Providers implement `runs.hosting.base.HostingProvider`
(registered in `runs.hosting.providers.PROVIDERS`); `runs.hosting.hooks.HostingHooks`
plugs the app into a run through runs.hooks (setting HEALER_RUN_HOOKS) and does
nothing for runs that have no hosting credential (local paths, anonymous https).
The runs core never imports this app.
"""
